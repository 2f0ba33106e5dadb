/** The `authenticate` hook that signs every attempt of every request with SigV4. */
import { type Authenticator, CredentialsError } from "@cancel/core";
import {
  type AwsCredentials,
  type AwsCredentialsProvider,
  type CredentialSource,
  environmentCredentials,
  providerCredentials,
  staticCredentials,
} from "./credentials.js";
import { SIGNING_NAME } from "./endpoint.js";
import { SigV4Signer } from "./sigv4.js";

export interface SigV4AuthenticatorOptions {
  /** Signing region, e.g. `eu-west-1`. */
  region: string;
  /** Keys or a provider; when absent, `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN`. */
  credentials?: AwsCredentials | AwsCredentialsProvider | undefined;
  /** Signing name. Default `emr-serverless`. */
  service?: string | undefined;
  /** Clock for the signature date and for credential expiry. Default `Date.now`. */
  clock?: (() => number) | undefined;
  /** Provider id for errors. Default `emr-serverless`. */
  provider?: string | undefined;
}

/**
 * An `authenticate` hook for `@cancel/core` clients that signs each attempt afresh (new
 * `X-Amz-Date`, new signature) with AWS Signature Version 4.
 */
export function createSigV4Authenticator(options: SigV4AuthenticatorOptions): Authenticator {
  const providerId = options.provider ?? SIGNING_NAME;
  const clock = options.clock ?? Date.now;
  const source: CredentialSource =
    options.credentials === undefined
      ? environmentCredentials()
      : typeof options.credentials === "function"
        ? providerCredentials(options.credentials, clock)
        : staticCredentials(options.credentials, providerId);
  const signer = new SigV4Signer({
    service: options.service ?? SIGNING_NAME,
    region: options.region,
    clock,
  });

  return async (request, context) => {
    const where = { provider: context.provider, operation: context.operation };
    const pending = source.get(where, request.signal);
    const credentials = pending instanceof Promise ? await pending : pending;
    try {
      await signer.sign(
        {
          method: request.method,
          url: request.url,
          headers: request.headers,
          body: context.body,
        },
        credentials,
      );
    } catch (error) {
      // Only a broken clock gets here (an invalid date); the error names no credential.
      throw new CredentialsError(
        `could not sign the request: ${error instanceof Error ? error.message : "unknown error"}`,
        where,
      );
    }
    return request;
  };
}
