/** What both builds of the OAuth module share (`oauth.ts`, and `oauth-browser.ts` for browsers). */
import { CredentialsError, type ErrorContext } from "@cancel/core";

/** Refresh this long before the token expires (at most half its lifetime). */
export const REFRESH_MARGIN_MS = 60_000;
/** Lifetime assumed when the token endpoint does not say (`expires_in` missing). */
export const DEFAULT_TOKEN_LIFETIME_MS = 5 * 60_000;

/** The token endpoint refused or failed: carries its HTTP status and OAuth error, never a secret. */
export class OAuthTokenError extends CredentialsError {
  override name = "OAuthTokenError";
  /** HTTP status of the token endpoint's answer (undefined when there was none). */
  readonly status: number | undefined;
  /** The OAuth `error` code, e.g. `invalid_client`. */
  readonly code: string | undefined;
  /** The OAuth `error_description` (secrets removed). */
  readonly vendorMessage: string | undefined;

  constructor(
    message: string,
    details: ErrorContext & {
      retryable?: boolean;
      status?: number | undefined;
      code?: string | undefined;
      vendorMessage?: string | undefined;
    },
  ) {
    super(message, details);
    this.status = details.status;
    this.code = details.code;
    this.vendorMessage = details.vendorMessage;
  }
}
