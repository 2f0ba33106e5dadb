import { type ErrorContext, type FetchLike, secretScrubber } from "@cancel/core";
import { DEFAULT_TOKEN_LIFETIME_MS, OAuthTokenError, REFRESH_MARGIN_MS } from "./oauth-common.js";
import {
  checkBearerToken,
  describeError,
  mentionsSecret,
  readLimited,
  untilAborted,
} from "./shared.js";

const MAX_TOKEN_RESPONSE_BYTES = 64 * 1024;

export { DEFAULT_TOKEN_LIFETIME_MS, OAuthTokenError, REFRESH_MARGIN_MS };

/** Why a token could not be had; turned into an OAuthTokenError for each waiting call. */
interface Failure {
  message: string;
  retryable: boolean;
  status?: number | undefined;
  code?: string | undefined;
  vendorMessage?: string | undefined;
  cause?: unknown;
}

type Outcome = { ok: true; token: string; expiresAt: number } | { ok: false; failure: Failure };

export interface TokenSourceOptions {
  /** `{host}/oidc/v1/token`. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  fetch: FetchLike;
  /** Timeout of one token request, in ms. */
  timeoutMs: number;
  /** Current time in ms (tests inject a clock; defaults to Date.now). */
  now?: () => number;
}

export interface TokenSource {
  /** A valid access token: the cached one, or one fresh request shared by every concurrent caller. */
  getToken(context: ErrorContext, signal: AbortSignal | undefined): Promise<string>;
  /** Forgets `token` if it is the cached one (the API refused it). */
  invalidate(token: string): void;
}

const form = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);

/**
 * OAuth 2.0 client credentials against the workspace's `/oidc/v1/token`, with HTTP Basic client
 * authentication and scope `all-apis`, as the Databricks SDKs do. The secret lives only in this
 * closure: it is not a property of any object a caller can inspect.
 */
export function createTokenSource(options: TokenSourceOptions): TokenSource {
  const { tokenUrl, fetch, timeoutMs } = options;
  const now = options.now ?? (() => Date.now());
  // RFC 6749 §2.3.1: id and secret are form-encoded before Basic (as Go's oauth2 does).
  const basic = btoa(`${form(options.clientId)}:${form(options.clientSecret)}`);
  const authorization = `Basic ${basic}`;
  const secrets = [options.clientSecret, basic, form(options.clientSecret)];
  // What an answer that echoes the request could repeat, as sent, JSON-escaped or percent-encoded.
  const scrub = secretScrubber([...secrets, authorization]);
  let cached: { token: string; expiresAt: number; refreshAt: number } | undefined;
  let pending: Promise<Outcome> | undefined;

  async function request(): Promise<Outcome> {
    const startedAt = now();
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetch(tokenUrl, {
        method: "POST",
        headers: {
          authorization,
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
        },
        body: "grant_type=client_credentials&scope=all-apis",
        redirect: "manual",
        signal: timeout,
      });
      text = await readLimited(response, MAX_TOKEN_RESPONSE_BYTES);
    } catch (error) {
      const secretFree = !mentionsSecret(error, secrets);
      return {
        ok: false,
        failure: {
          message: timeout.aborted
            ? `OAuth token request to ${tokenUrl} timed out after ${timeoutMs} ms`
            : `OAuth token request to ${tokenUrl} failed: ${
                secretFree ? describeError(error) : "connection failed"
              }`,
          retryable: true,
          cause: secretFree ? error : undefined,
        },
      };
    }
    const status = response.type === "opaqueredirect" ? 302 : response.status;
    if (status < 200 || status >= 300) return { ok: false, failure: refusal(status, text) };
    return accept(text, startedAt);
  }

  function refusal(status: number, text: string): Failure {
    let code: string | undefined;
    let description: string | undefined;
    try {
      // Scrubbed before parsing (escaped forms) and after (what JSON unescaping revealed).
      const body = JSON.parse(scrub(text)) as { error?: unknown; error_description?: unknown };
      if (typeof body.error === "string") code = scrub(body.error).slice(0, 100);
      if (typeof body.error_description === "string") {
        description = scrub(body.error_description).slice(0, 300);
      }
    } catch {
      // Not the OAuth error envelope (an HTML page, a proxy's answer): no detail is kept.
    }
    const what =
      status >= 300 && status < 400
        ? `HTTP ${status} (a redirect, not followed)`
        : `HTTP ${status}${code ? ` ${code}` : ""}${description ? `: ${description}` : ""}`;
    const hint =
      status === 400 || status === 401
        ? " (check the client id and secret of the service principal, and the workspace host)"
        : "";
    return {
      message: `OAuth token request to ${tokenUrl} was refused: ${what}${hint}`,
      retryable: status === 408 || status === 429 || status >= 500,
      status,
      code,
      vendorMessage: description,
    };
  }

  function accept(text: string, startedAt: number): Outcome {
    // Nothing of a 2xx body is ever quoted: it may hold a token.
    const invalid = (why: string): Outcome => ({
      ok: false,
      failure: {
        message: `OAuth token endpoint ${tokenUrl} answered without a usable access token: ${why}`,
        retryable: false,
        status: 200,
      },
    });
    let body: { access_token?: unknown; token_type?: unknown; expires_in?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return invalid("the body is not JSON");
    }
    if (body === null || typeof body !== "object") return invalid("the body is not a JSON object");
    if (body.access_token === undefined) return invalid("access_token is missing");
    const problem = checkBearerToken(body.access_token);
    if (problem) return invalid(`access_token ${problem}`);
    if (
      body.token_type !== undefined &&
      (typeof body.token_type !== "string" || body.token_type.toLowerCase() !== "bearer")
    ) {
      return invalid("token_type is not Bearer");
    }
    let lifetime = DEFAULT_TOKEN_LIFETIME_MS;
    if (body.expires_in !== undefined) {
      const seconds =
        typeof body.expires_in === "string" ? Number(body.expires_in) : body.expires_in;
      if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds <= 0) {
        return invalid("expires_in is not a positive number of seconds");
      }
      lifetime = seconds * 1000;
    }
    return { ok: true, token: body.access_token as string, expiresAt: startedAt + lifetime };
  }

  function refresh(): Promise<Outcome> {
    if (!pending) {
      pending = request()
        .catch((error: unknown): Outcome => ({
          ok: false,
          failure: {
            message: `OAuth token request to ${tokenUrl} failed`,
            retryable: false,
            cause: mentionsSecret(error, secrets) ? undefined : error,
          },
        }))
        .then((outcome) => {
          pending = undefined;
          if (outcome.ok) {
            const lifetime = outcome.expiresAt - now();
            const margin = Math.min(REFRESH_MARGIN_MS, Math.max(0, lifetime) / 2);
            cached = {
              token: outcome.token,
              expiresAt: outcome.expiresAt,
              refreshAt: outcome.expiresAt - margin,
            };
          }
          return outcome;
        });
    }
    return pending;
  }

  return {
    async getToken(context, signal) {
      if (cached && now() < cached.refreshAt) return cached.token;
      const outcome = await untilAborted(refresh(), signal);
      if (outcome.ok) return outcome.token;
      const { failure } = outcome;
      throw new OAuthTokenError(failure.message, {
        ...context,
        retryable: failure.retryable,
        status: failure.status,
        code: failure.code,
        vendorMessage: failure.vendorMessage,
        cause: failure.cause,
      });
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
  };
}
