/**
 * The umbrella configuration from the command line, in layers: the CLI's own environment variables
 * (Fabric's) › `--config` › flags, each provider's slice under its `CONFIG_KEYS` key. Also the
 * rules that say which flags apply to the targets of a bulk file.
 */
import { readFile } from "node:fs/promises";
import { type CancelClientConfig, type CancelTarget, CONFIG_KEYS } from "@cancel/sdk";
import {
  configFlagsOf,
  PROVIDER_SPECS,
  type ProviderSpec,
  providerSpec,
  UsageError,
} from "./providers.js";

export type Flags = Readonly<Record<string, string | boolean | undefined>>;

/** Provider flags by name, with the providers that take each. */
const PROVIDER_FLAG_OWNERS = new Map<string, ProviderSpec[]>();
for (const spec of PROVIDER_SPECS) {
  for (const name of Object.keys(spec.flags)) {
    PROVIDER_FLAG_OWNERS.set(name, [...(PROVIDER_FLAG_OWNERS.get(name) ?? []), spec]);
  }
}
export const PROVIDER_FLAG_NAMES: readonly string[] = [...PROVIDER_FLAG_OWNERS.keys()];

/** A flag's value as given; an empty one is refused rather than dropped. */
function flagValue(flags: Flags, name: string): string | boolean | undefined {
  const value = flags[name];
  if (value === "") throw new UsageError(`--${name} is empty`);
  return value;
}

/** `90s`, `20m`, `1h`, `1500ms` or plain milliseconds, the value of `flag`. */
export function parseDuration(text: string, flag = "--timeout"): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!match)
    throw new UsageError(`${flag} must look like 90s, 20m or 1h, got ${JSON.stringify(text)}`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? "ms"]!;
  return Math.round(Number(match[1]) * unit);
}

export async function readConfig(path: string | undefined): Promise<CancelClientConfig> {
  if (!path) return {};
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(
      `cannot read --config ${path}: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`--config ${path} is not valid JSON`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new UsageError(`--config ${path} must hold a JSON object`);
  }
  return value as CancelClientConfig;
}

/**
 * `CANCEL_LOG=<level>` turns on the libraries' log; the CLI writes it to stderr, so that stdout
 * stays the command's answer (`--json` output parses whatever the log level).
 */
export function logLayer(io: {
  env: Record<string, string | undefined>;
  stderr: { write(text: string): unknown };
}): CancelClientConfig {
  const level = io.env.CANCEL_LOG;
  if (!level) return {};
  return {
    logLevel: level.toLowerCase() as CancelClientConfig["logLevel"],
    logger: (at, message, fields) => {
      io.stderr.write(`[cancel] ${at} ${message} ${JSON.stringify(fields)}\n`);
    },
  };
}

/** Later layers win; each provider's slice is merged key by key. */
export function mergeConfig(...layers: CancelClientConfig[]): CancelClientConfig {
  const out: Record<string, unknown> = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      const before = out[key];
      out[key] =
        before && typeof before === "object" && value && typeof value === "object"
          ? { ...before, ...value }
          : value;
    }
  }
  return out as CancelClientConfig;
}

/**
 * The options the CLI reads from its own environment variables (only Fabric's: the provider
 * packages read theirs themselves). Every provider given gets a key, so that it counts as
 * configured.
 */
export function envLayer(
  specs: readonly ProviderSpec[],
  env: Record<string, string | undefined>,
): CancelClientConfig {
  const layer: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const slice: Record<string, unknown> = {};
    for (const [, flag] of configFlagsOf(spec)) {
      const value = flag.env === undefined ? undefined : env[flag.env];
      if (value) slice[flag.option!] = value;
    }
    layer[CONFIG_KEYS[spec.id]] = slice;
  }
  return layer as CancelClientConfig;
}

/** The options set by flags, for each provider given (`--insecure-loopback` applies to all). */
export function flagLayer(specs: readonly ProviderSpec[], flags: Flags): CancelClientConfig {
  const layer: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const slice: Record<string, unknown> = {};
    for (const [name, flag] of configFlagsOf(spec)) {
      const value = flagValue(flags, name);
      if (value === undefined || value === false) continue;
      slice[flag.option!] = typeof value === "string" && flag.parse ? flag.parse(value) : value;
    }
    layer[CONFIG_KEYS[spec.id]] = slice;
  }
  return layer as CancelClientConfig;
}

/** Refuses flags that set the same thing twice (`--host` and `--base-url`). */
export function checkExclusions(specs: readonly ProviderSpec[], flags: Flags): void {
  for (const spec of specs) {
    for (const [name, flag] of Object.entries(spec.flags)) {
      if (flags[name] === undefined) continue;
      for (const other of flag.excludes ?? []) {
        if (flags[other] !== undefined) {
          throw new UsageError(
            `--${name} and --${other} both set the ${spec.id} endpoint: pass one`,
          );
        }
      }
    }
  }
}

/**
 * Sets the target fields of the target flags given (`--cluster-id`, `--grace-period`) on a target
 * of their provider that lacks them; a target that has another value is a usage error naming
 * `where` it came from.
 */
export function withFlagFields(
  spec: ProviderSpec,
  target: CancelTarget,
  flags: Flags,
  where: string,
): CancelTarget {
  let out = target as unknown as Record<string, unknown>;
  for (const [name, flag] of Object.entries(spec.flags)) {
    const text = flag.field === undefined ? undefined : flagValue(flags, name);
    if (typeof text !== "string") continue;
    const value = flag.parse ? flag.parse(text) : text;
    const current = out[flag.field!];
    if (current !== undefined && current !== value) {
      throw new UsageError(
        `${where} has ${flag.field} ${JSON.stringify(current)}, but --${name} says ${JSON.stringify(value)}: drop one`,
      );
    }
    out = { ...out, [flag.field!]: value };
  }
  return out as unknown as CancelTarget;
}

/**
 * In bulk mode every flag given must apply to the targets of exactly one provider, or of providers
 * that read its value alike (`--region` for Huawei MRS and DLI): a flag that applies to none, or
 * to providers that would read it differently, is a usage error.
 */
export function checkBulkFlags(flags: Flags, used: readonly ProviderSpec[], source: string): void {
  const holds = `${source} holds only ${used.map((s) => s.id).join(", ")} targets`;
  for (const [name, owners] of PROVIDER_FLAG_OWNERS) {
    if (flags[name] === undefined) continue;
    const applies = used.filter((spec) => name in spec.flags);
    if (applies.length === 0) {
      throw new UsageError(
        `--${name} applies to ${owners.map((s) => s.id).join(", ")} targets, but ${holds}`,
      );
    }
    const clouds = [...new Set(applies.map((s) => s.cloud))];
    if (clouds.length > 1) {
      throw new UsageError(
        `--${name} would apply to ${applies.map((s) => s.id).join(" and ")} targets, whose ${name}s are not the same (${clouds.join(" vs ")}): split ${source} by provider, or set each provider's ${name} in --config`,
      );
    }
  }
  if (flags["base-url"] !== undefined && used.length > 1) {
    throw new UsageError(
      `--base-url would apply to ${used.map((s) => s.id).join(" and ")} targets alike, and one endpoint cannot serve two providers: split ${source} by provider, or set each provider's baseUrl in --config`,
    );
  }
}

/** The spec of each provider in `targets`, in first-seen order. */
export function specsOf(targets: readonly CancelTarget[]): ProviderSpec[] {
  return [...new Set(targets.map((t) => t.provider))].map((id) => providerSpec(id)!);
}
