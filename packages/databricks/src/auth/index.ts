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

/** The adapter's two halves: the per-attempt hook and a fetch that watches for refused tokens. */
export interface DatabricksAuth {
  authenticate: Authenticator;
  fetch: FetchLike;
}

/**
 * Builds the hook for the resolved credentials. `origin` is the workspace (`https://host`): the
 * OAuth token endpoint is `{origin}/oidc/v1/token`.
 */
export function databricksAuth(
  credentials: ResolvedCredentials,
  settings: {
    origin: string;
    fetch: FetchLike;
    timeoutMs: number;
    now?: (() => number) | undefined;
  },
): DatabricksAuth {
  const { fetch } = settings;
  if (credentials.kind === "custom") return { authenticate: credentials.authenticate, fetch };
  if (credentials.kind === "pat") {
    const header = `Bearer ${credentials.token}`;
    return {
      authenticate: (request) => {
        request.headers.set("authorization", header);
      },
      fetch,
    };
  }
  const source = createTokenSource({
    tokenUrl: `${settings.origin}/oidc/v1/token`,
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    fetch,
    timeoutMs: settings.timeoutMs,
    now: settings.now,
  });
  return {
    authenticate: async (request, context) => {
      // Waits for the shared token request, but no longer than this attempt may run.
      const token = await source.getToken(
        { provider: context.provider, operation: context.operation, attempts: context.attempt },
        request.signal,
      );
      request.headers.set("authorization", `Bearer ${token}`);
      return request;
    },
    // A 401 means the workspace no longer accepts the cached token (revoked, rotated): the next
    // attempt or call fetches a new one instead of reusing it until it expires.
    fetch: async (url, init) => {
      const response = await fetch(url, init);
      if (response.status === 401) {
        const sent = new Headers(init.headers).get("authorization");
        if (sent?.startsWith("Bearer ")) source.invalidate(sent.slice(7));
      }
      return response;
    },
  };
}
