/**
 * The `proxy` and `ca` options of the built-in Node sender, as every runtime sees them: the Node
 * runtime (`platform/node/`) checks and uses them; the fetch runtime refuses both, as its `fetch`
 * takes no proxy or CA. Kept small: this much is in every browser bundle.
 */
import { ConfigurationError, type ErrorContext, ProxyError } from "./errors.js";

/** A PEM certificate (or several, concatenated), as text or bytes (e.g. a `Buffer` of a file). */
export type PemInput = string | Uint8Array;

export interface NetworkOptions {
  /**
   * The proxy every request goes through (a CONNECT tunnel), e.g. `http://proxy.example.com:3128`
   * or `http://user:password@proxy:3128`; `false` ignores `HTTPS_PROXY`/`HTTP_PROXY`. Default: the
   * environment's proxy for the base URL, unless `NO_PROXY` lists its host. Node runtime only.
   */
  proxy?: string | false | undefined;
  /**
   * PEM CA certificates trusted besides Node's defaults (its bundled roots and
   * `NODE_EXTRA_CA_CERTS`), for the vendor endpoint and an `https:` proxy. Node runtime only.
   */
  ca?: PemInput | readonly PemInput[] | undefined;
}

/**
 * Refuses `proxy` and `ca` where they cannot apply, rather than ignore them: with a caller's
 * `fetch` (which replaces the built-in sender) and on the fetch runtime.
 */
export function refuseNetworkOptions(options: NetworkOptions, provider?: string): void {
  const subject = options.proxy !== undefined ? "proxy" : options.ca !== undefined ? "ca" : "";
  const problem = "applies to the Node runtime's own sender only, not to fetch";
  if (subject)
    throw new ConfigurationError(`${subject} ${problem}`, { provider, subject, problem });
}

/**
 * A `ProxyError` of the runtime (which knows the proxy, not the call) with the call's context.
 */
export function proxyErrorFor(operation: string, context: ErrorContext, error: ProxyError) {
  return new ProxyError(`${operation}: ${error.message}`, {
    ...context,
    proxy: error.proxy,
    proxyStatus: error.proxyStatus,
    retryable: error.retryable,
    cause: error.cause,
  });
}
