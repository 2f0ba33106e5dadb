import type { Authenticator, FetchLike } from "@cancel/core";
import type { ResolvedCredentials } from "./config.js";
import { createTokenSource } from "./oauth.js";

export {
  type CredentialOptions,
  ENV,
  normaliseHost,
  type ResolvedCredentials,
  resolveCredentials,
} from "./config.js";
export {
  createTokenSource,
  DEFAULT_TOKEN_LIFETIME_MS,
  OAuthTokenError,
  REFRESH_MARGIN_MS,
  type TokenSource,
  type TokenSourceOptions,
} from "./oauth.js";
export { checkBearerToken } from "./shared.js";

/**
 * Builds the per-attempt hook for the resolved credentials. `origin` is the workspace
 * (`https://host`): the OAuth token endpoint is `{origin}/oidc/v1/token`, asked with `fetch`, or
 * else over the client's sender (so on Node the token request takes the client's proxy and CA).
 */
export function databricksAuth(
  credentials: ResolvedCredentials,
  settings: {
    origin: string;
    /** The caller's fetch; without one, the client's own sender (`AuthContext.fetch`). */
    fetch?: FetchLike | undefined;
    timeoutMs: number;
    now?: (() => number) | undefined;
  },
): Authenticator {
  if (credentials.kind === "custom") return credentials.authenticate;
  if (credentials.kind === "pat") {
    const header = `Bearer ${credentials.token}`;
    return (request) => {
      request.headers.set("authorization", header);
    };
  }
  // The client's sender, known from the first attempt's context (one transport per client).
  let clientFetch: FetchLike | undefined;
  const source = createTokenSource({
    tokenUrl: `${settings.origin}/oidc/v1/token`,
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    fetch: settings.fetch ?? ((url, init) => (clientFetch ?? globalThis.fetch)(url, init)),
    timeoutMs: settings.timeoutMs,
    now: settings.now,
  });
  return async (request, context) => {
    clientFetch ??= context.fetch;
    // Waits for the shared token request, but no longer than this attempt may run.
    const token = await source.getToken(
      { provider: context.provider, operation: context.operation, attempts: context.attempt },
      request.signal,
    );
    request.headers.set("authorization", `Bearer ${token}`);
    // A 401 means the workspace no longer accepts the token (revoked, rotated): the next attempt
    // or call fetches a new one instead of reusing it until it expires.
    context.onAnswer?.((answer) => {
      if (answer.status === 401) source.invalidate(token);
    });
    return request;
  };
}
