/**
 * Configuration and credentials problems in command-line words. The libraries word them for
 * `createClient` callers ("set allowInsecureLoopback: true"); their errors also carry the problem,
 * the value at fault and the fixes as fields, which are worded here with each provider's flags.
 */
import type { ConfigurationFix } from "@cancel/core";
import { type CancelClientConfig, type CancelError, CONFIG_KEYS } from "@cancel/sdk";
import type { Flags } from "./config.js";
import { flagForOption, type ProviderSpec, providerSpec } from "./providers.js";

/** What `ConfigurationError` and `CredentialsError` say besides their message. */
interface StructuredProblem {
  name: string;
  problem: string;
  subject?: string | undefined;
  fixes: readonly ConfigurationFix[];
}

/** Where the command line's configuration came from, to say where a bad value was set. */
export interface Origins {
  flags: Flags;
  env: Record<string, string | undefined>;
  fileConfig: CancelClientConfig;
}

// Matched by name and shape, not instanceof: a CLI and a library may bring two copies of core.
function structured(value: unknown): StructuredProblem | undefined {
  const error = value as Partial<StructuredProblem> | null | undefined;
  if (error?.name !== "ConfigurationError" && error?.name !== "CredentialsError") return undefined;
  if (typeof error.problem !== "string" || !Array.isArray(error.fixes)) return undefined;
  return error as StructuredProblem;
}

const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;

/** How a command-line user names an option: its flag, its variable, or its key in --config. */
function nameOf(subject: string, spec: ProviderSpec, origins: Origins): string {
  if (ENV_NAME.test(subject)) return subject;
  const key = CONFIG_KEYS[spec.id];
  const inConfig = `${key}.${subject} in --config`;
  const found = flagForOption(spec, subject);
  if (!found) return inConfig;
  const [name, flag] = found;
  if (origins.flags[name] !== undefined) return `--${name}`;
  const slice = (origins.fileConfig as Record<string, Record<string, unknown> | undefined>)[key];
  if (slice?.[subject] !== undefined) return inConfig;
  if (flag.env !== undefined && origins.env[flag.env]) return flag.env;
  return `--${name}`;
}

/** One way to fix a problem: pass flags, or set variables; `--config` only where neither exists. */
function fixText(fix: ConfigurationFix, spec: ProviderSpec): string {
  const options = fix.options ?? [];
  const flags = options.map((option) => flagForOption(spec, option));
  const env = [...(fix.env ?? [])];
  const ways: string[] = [];
  if (options.length > 0 && flags.every((f) => f !== undefined)) {
    const example = fix.example && options.length === 1 ? ` (e.g. ${fix.example})` : "";
    ways.push(`pass ${flags.map(([name]) => `--${name}`).join(" and ")}${example}`);
    const own = flags.map(([, flag]) => flag.env);
    if (env.length === 0 && own.every((name) => name !== undefined)) env.push(...own);
  }
  if (env.length > 0) ways.push(`set ${env.join(" and ")}`);
  if (ways.length === 0 && options.length > 0) {
    ways.push(
      `set ${options.map((o) => `${CONFIG_KEYS[spec.id]}.${o}`).join(" and ")} in --config`,
    );
  }
  return ways.join(" or ");
}

/** A structured problem in command-line words, e.g. "no AWS Region: pass --region (e.g. …)". */
export function problemText(problem: StructuredProblem, spec: ProviderSpec, origins: Origins) {
  const subject =
    problem.subject === undefined ? undefined : nameOf(problem.subject, spec, origins);
  const text = subject === undefined ? problem.problem : `${subject} ${problem.problem}`;
  const ways = problem.fixes.map((fix) => fixText(fix, spec)).filter((way) => way !== "");
  return ways.length === 0 ? text : `${text}: ${ways.join("; or ")}`;
}

/**
 * The message of a CancelError for the command line: a configuration or credentials problem
 * (the error itself, or its `cause` as the umbrella wraps it) in flags; any other as it is.
 */
export function cliMessage(error: CancelError, origins: Origins): string {
  const problem = structured(error.cause) ?? structured(error);
  const spec = error.provider === undefined ? undefined : providerSpec(error.provider);
  if (problem === undefined || spec === undefined) return error.message;
  return `${spec.id}: ${problemText(problem, spec, origins)}`;
}
