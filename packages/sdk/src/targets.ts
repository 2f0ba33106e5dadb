/** Checks a target once per call: its shape, its provider's adapter and the cancel it selects. */
import {
  type AnyProviderAdapter,
  type ProviderAdapter,
  type ResolvedTarget,
  selectVariant,
} from "./adapter.js";
import { CancelError } from "./errors.js";
import {
  CONFIG_KEYS,
  type CancelTarget,
  PROVIDERS,
  type ProviderId,
  TARGET_FIELDS,
} from "./types.js";

const fieldName = (field: string) => field.replace("?", "");

/** The target fields of a provider: from its adapter's profile, else the registry's. */
function fieldsOf(provider: string, adapter: ProviderAdapter | undefined): readonly string[] {
  if (adapter) {
    return Object.entries(adapter.profile.targetFields).map(([key, required]) =>
      required ? key : `${key}?`,
    );
  }
  return (TARGET_FIELDS as Record<string, readonly string[]>)[provider] ?? [];
}

/** The adapter's name and import, for the "not a provider of this client" error. */
export function notRegistered(provider: string, target?: CancelTarget): CancelError {
  const name = (CONFIG_KEYS as Record<string, string>)[provider] ?? provider;
  return new CancelError(
    `${provider} is not a provider of this client: import { ${name} } from "@cancel/sdk/${provider}" and add it to providers (with its ${name}: {…} options), or use createCancelClient from "@cancel/sdk" for every provider`,
    { kind: "invalid-request", provider: provider as ProviderId, target },
  );
}

export class TargetResolver {
  readonly #adapters: ReadonlyMap<string, ProviderAdapter>;
  /** Every known provider's target fields, to refuse a target that mixes two vendors. */
  readonly #allFields: ReadonlySet<string>;

  constructor(adapters: readonly AnyProviderAdapter[]) {
    this.#adapters = new Map(adapters.map((a) => [a.provider, a as ProviderAdapter]));
    const ids = new Set<string>([...PROVIDERS, ...this.#adapters.keys()]);
    this.#allFields = new Set(
      [...ids].flatMap((p) => fieldsOf(p, this.#adapters.get(p)).map(fieldName)),
    );
  }

  adapter(provider: string): ProviderAdapter | undefined {
    return this.#adapters.get(provider);
  }

  /** The providers of this client, registry order first. */
  get providers(): string[] {
    const known = PROVIDERS.filter((p) => this.#adapters.has(p));
    return [
      ...known,
      ...[...this.#adapters.keys()].filter((p) => !known.includes(p as ProviderId)),
    ];
  }

  /** Why a value is not a usable target of this client, or its resolution. */
  check<T extends CancelTarget>(target: T): ResolvedTarget<T> | CancelError {
    if (target === null || typeof target !== "object" || Array.isArray(target)) {
      return new CancelError("target must be an object with a provider", {
        kind: "invalid-request",
      });
    }
    const provider = (target as { provider?: unknown }).provider;
    const known =
      typeof provider === "string" &&
      ((PROVIDERS as readonly string[]).includes(provider) || this.#adapters.has(provider));
    if (!known) {
      const registered = this.providers;
      return new CancelError(
        `target.provider must be one of ${(registered.length > 0 ? registered : PROVIDERS).join(", ")}, got ${JSON.stringify(provider)}`,
        { kind: "invalid-request" },
      );
    }
    const adapter = this.#adapters.get(provider as string);
    if (!adapter) return notRegistered(provider as string, target);
    const fields = fieldsOf(provider as string, adapter);
    const own = new Set(fields.map(fieldName));
    const record = target as unknown as Record<string, unknown>;
    const foreign = Object.keys(record).filter(
      (key) =>
        key !== "provider" &&
        this.#allFields.has(key) &&
        !own.has(key) &&
        record[key] !== undefined,
    );
    const missing = fields.filter((key) => !key.endsWith("?") && record[key] === undefined);
    const variant =
      foreign.length === 0 && missing.length === 0 ? selectVariant(adapter, target) : undefined;
    if (!variant) {
      const parts = [
        ...(missing.length > 0 ? [`missing ${missing.join(", ")}`] : []),
        ...(foreign.length > 0 ? [`fields of another provider: ${foreign.join(", ")}`] : []),
      ];
      return new CancelError(
        `${provider as string} target: ${parts.join("; ") || "no cancel operation takes these fields"}`,
        {
          kind: "invalid-request",
          provider: provider as ProviderId,
          target,
        },
      );
    }
    return { target, adapter, variant };
  }

  resolve<T extends CancelTarget>(target: T): ResolvedTarget<T> {
    const resolved = this.check(target);
    if (resolved instanceof CancelError) throw resolved;
    return resolved;
  }
}
