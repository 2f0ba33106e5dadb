/** Each provider's client, created on first use from its configuration key (and never before). */
import { attemptLog, type Log } from "@cancel/core";
import type { ProviderAdapter } from "./adapter.js";
import type { CancelClientConfig, SharedClientOptions } from "./config.js";
import { CancelError } from "./errors.js";
import { CONFIG_KEYS, type ProviderId } from "./types.js";

/** A provider's configuration key: the registry's, else the id in camelCase (an added vendor). */
export const configKeyOf = (provider: string): string =>
  (CONFIG_KEYS as Record<string, string>)[provider] ??
  provider.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

export class ProviderClientCache {
  readonly #config: CancelClientConfig;
  /** The umbrella's log: every provider client logs its attempts to it. */
  readonly #log: () => Log | undefined;
  readonly #clients = new Map<string, unknown>();
  readonly #failures = new Map<string, CancelError>();

  constructor(config: CancelClientConfig, log: () => Log | undefined = () => undefined) {
    this.#config = config;
    this.#log = log;
  }

  configured(provider: string): boolean {
    return (this.#config as Record<string, unknown>)[configKeyOf(provider)] !== undefined;
  }

  /** The provider's client; a configuration problem is the same CancelError every time. */
  get(adapter: ProviderAdapter): unknown {
    const { provider } = adapter;
    const existing = this.#clients.get(provider);
    if (existing !== undefined) return existing;
    const failed = this.#failures.get(provider);
    if (failed) throw failed;
    const cfg = this.#config;
    const own = (cfg as Record<string, unknown>)[configKeyOf(provider)];
    try {
      if (own === undefined) {
        throw new CancelError(
          `${provider} is used but not configured: add ${adapter.setupHint} to createCancelClient`,
          { kind: "invalid-request", provider },
        );
      }
      const options = {
        ...cfg.defaults,
        ...(cfg.clock ? { clock: cfg.clock } : {}),
        ...(cfg.random ? { random: cfg.random } : {}),
        ...(own as object),
      } as SharedClientOptions;
      const log = this.#log();
      if (log) {
        const logged = attemptLog(log);
        const observer = options.onAttempt;
        options.onAttempt = observer
          ? (event) => {
              logged(event);
              observer(event);
            }
          : logged;
      }
      const client = adapter.create(options as never);
      this.#clients.set(provider, client);
      return client;
    } catch (error) {
      const failure =
        error instanceof CancelError
          ? error
          : new CancelError(
              `${provider} configuration: ${error instanceof Error ? error.message : String(error)}`,
              { kind: "invalid-request", provider: provider as ProviderId, cause: error },
            );
      this.#failures.set(provider, failure);
      throw failure;
    }
  }
}
