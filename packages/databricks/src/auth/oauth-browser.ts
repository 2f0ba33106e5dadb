/**
 * OAuth M2M in a browser build (the package's `browser` export condition): refused. The client
 * credentials grant "MUST only be used by confidential clients" (RFC 6749 §4.4), and a page is a
 * public client (§2.1): whoever loads it can read a client secret shipped in it. A browser app
 * asks its backend for a token and passes `token`, or adds one in `authenticate`. Server-side
 * runtimes (Node, Deno, Bun, workers) take the full build, with the token source of `oauth.ts`.
 * Same exports as `oauth.ts`, so that the build swaps one module for the other.
 */
import { ConfigurationError } from "@cancel/core";
import type { TokenSource, TokenSourceOptions } from "./oauth.js";

export type { TokenSource, TokenSourceOptions } from "./oauth.js";
export { DEFAULT_TOKEN_LIFETIME_MS, OAuthTokenError, REFRESH_MARGIN_MS } from "./oauth-common.js";

const PROBLEM =
  "OAuth M2M (clientId/clientSecret) is not available in a browser build: the client credentials grant is for confidential clients only (RFC 6749 section 4.4), and a client secret in a web page can be read by everyone who loads it";

/** @throws {ConfigurationError} always: nothing is sent, and the secret is never touched. */
export function createTokenSource(_options: TokenSourceOptions): TokenSource {
  throw new ConfigurationError(
    `${PROBLEM}; get a short-lived token from your backend and pass it as token, or add it in authenticate`,
    {
      provider: "databricks",
      subject: "clientSecret",
      problem: PROBLEM,
      fix: [{ options: ["token"] }, { options: ["authenticate"] }],
    },
  );
}
