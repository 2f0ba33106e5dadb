/**
 * Where the SigV4 signer's credentials come from: options (keys or an async provider such as the
 * AWS SDK's `fromNodeProviderChain()`), else the `AWS_*` environment variables. Nothing here ever
 * puts a key, secret or token into an error message.
 */
import { checkHeaderValue, ConfigurationError, CredentialsError, readEnv } from "@cancel/core";
import type { SigningCredentials } from "./sigv4.js";

/** AWS credentials, shaped like the AWS SDK's `AwsCredentialIdentity`. */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Present with temporary credentials (STS, SSO, IAM roles); sent as `X-Amz-Security-Token`. */
  readonly sessionToken?: string | undefined;
  /** When temporary credentials expire; a provider's result is reused until shortly before. */
  readonly expiration?: Date | undefined;
}

/**
 * A credentials provider, shaped like the AWS SDK's `AwsCredentialIdentityProvider`: any of
 * `fromNodeProviderChain()`, `fromIni()`, `fromSSO()`, `fromTemporaryCredentials()`… fits.
 */
export type AwsCredentialsProvider = () => Promise<AwsCredentials> | AwsCredentials;

/** A provider's credentials are reused until this long before their `expiration`. */
export const REFRESH_BEFORE_EXPIRY_MS = 5 * 60 * 1000;

const ENV_ACCESS_KEY = "AWS_ACCESS_KEY_ID";
const ENV_SECRET_KEY = "AWS_SECRET_ACCESS_KEY";
const ENV_SESSION_TOKEN = "AWS_SESSION_TOKEN";

// An access key id goes into the Authorization header between `Credential=` and `/`.
const ACCESS_KEY_UNSAFE = /[\s,/=;]/;

type Names = { accessKeyId: string; secretAccessKey: string; sessionToken: string };

/**
 * Checks a credentials object and returns its signing part, or a description of what is wrong
 * that names fields, never values.
 */
export function checkCredentials(
  value: unknown,
  names: Names = {
    accessKeyId: "accessKeyId",
    secretAccessKey: "secretAccessKey",
    sessionToken: "sessionToken",
  },
): { credentials: SigningCredentials; expiration: Date | undefined } | { problem: string } {
  if (value === null || typeof value !== "object") {
    return { problem: `are ${value === null ? "null" : typeof value}, not an object` };
  }
  const record = value as Record<string, unknown>;
  const { accessKeyId, secretAccessKey, sessionToken, expiration } = record;
  if (typeof accessKeyId !== "string" || accessKeyId === "") {
    return { problem: `have no ${names.accessKeyId} (a non-empty string is required)` };
  }
  if (checkHeaderValue(accessKeyId) !== undefined || ACCESS_KEY_UNSAFE.test(accessKeyId)) {
    return {
      problem: `have an ${names.accessKeyId} with characters that do not belong in a header (whitespace, control characters, "/", ",", "=" or non-Latin-1)`,
    };
  }
  if (typeof secretAccessKey !== "string" || secretAccessKey === "") {
    return { problem: `have no ${names.secretAccessKey} (a non-empty string is required)` };
  }
  if (checkHeaderValue(secretAccessKey) !== undefined) {
    return {
      problem: `have a ${names.secretAccessKey} with control characters, non-Latin-1 characters or surrounding whitespace (a stray newline?)`,
    };
  }
  if (sessionToken !== undefined && sessionToken !== null && typeof sessionToken !== "string") {
    return { problem: `have a ${names.sessionToken} that is not a string` };
  }
  if (typeof sessionToken === "string" && sessionToken !== "") {
    const problem = checkHeaderValue(sessionToken);
    if (problem) return { problem: `have a ${names.sessionToken} that ${problem}` };
  }
  if (
    expiration !== undefined &&
    expiration !== null &&
    !(expiration instanceof Date && !Number.isNaN(expiration.getTime()))
  ) {
    return { problem: "have an expiration that is not a valid Date" };
  }
  return {
    credentials: {
      accessKeyId,
      secretAccessKey,
      sessionToken:
        typeof sessionToken === "string" && sessionToken !== "" ? sessionToken : undefined,
    },
    expiration: expiration instanceof Date ? expiration : undefined,
  };
}

export interface CredentialSourceContext {
  provider: string;
  operation: string | undefined;
}

/** Supplies the credentials for one attempt. */
export interface CredentialSource {
  /** `options`, `provider` or `environment`, for messages. */
  readonly kind: "options" | "provider" | "environment";
  get(
    context: CredentialSourceContext,
    signal: AbortSignal | undefined,
  ): Promise<SigningCredentials> | SigningCredentials;
}

/** Static keys from options, checked once when the client is created. */
export function staticCredentials(value: unknown, provider: string): CredentialSource {
  const checked = checkCredentials(value);
  if ("problem" in checked) {
    throw new ConfigurationError(`credentials ${checked.problem}`, {
      provider,
      subject: "credentials",
      problem: checked.problem,
    });
  }
  const { credentials } = checked;
  return { kind: "options", get: () => credentials };
}

/** `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN`, read at each attempt. */
export function environmentCredentials(): CredentialSource {
  let last:
    | { id: string; secret: string; token: string | undefined; credentials: SigningCredentials }
    | undefined;
  return {
    kind: "environment",
    get(context) {
      const id = readEnv(ENV_ACCESS_KEY);
      const secret = readEnv(ENV_SECRET_KEY);
      const token = readEnv(ENV_SESSION_TOKEN);
      if (last && last.id === id && last.secret === secret && last.token === token) {
        return last.credentials;
      }
      if (id === undefined && secret === undefined) {
        throw new CredentialsError(
          `no AWS credentials: pass credentials to createClient (keys, or a provider such as fromNodeProviderChain() from @aws-sdk/credential-providers) or set ${ENV_ACCESS_KEY} and ${ENV_SECRET_KEY}`,
          {
            ...context,
            problem: "no AWS credentials",
            fix: { options: ["credentials"], env: [ENV_ACCESS_KEY, ENV_SECRET_KEY] },
          },
        );
      }
      if (id === undefined || secret === undefined) {
        const [unset, set] =
          id === undefined ? [ENV_ACCESS_KEY, ENV_SECRET_KEY] : [ENV_SECRET_KEY, ENV_ACCESS_KEY];
        throw new CredentialsError(
          `${unset} is not set (${set} is): set both, or pass credentials to createClient`,
          {
            ...context,
            problem: `${unset} is not set (${set} is)`,
            fix: [{ env: [unset] }, { options: ["credentials"] }],
          },
        );
      }
      const checked = checkCredentials(
        { accessKeyId: id, secretAccessKey: secret, sessionToken: token },
        {
          accessKeyId: ENV_ACCESS_KEY,
          secretAccessKey: ENV_SECRET_KEY,
          sessionToken: ENV_SESSION_TOKEN,
        },
      );
      if ("problem" in checked) {
        throw new CredentialsError(`the environment's AWS credentials ${checked.problem}`, context);
      }
      last = { id, secret, token, credentials: checked.credentials };
      return checked.credentials;
    },
  };
}

/** The provider's error in a few words, with any secret seen before cut out. */
function describeProviderFailure(
  error: unknown,
  known: readonly string[],
): { text: string; redacted: boolean } {
  let text: string;
  if (error instanceof Error) text = `${error.name}: ${error.message}`;
  else if (typeof error === "string") text = error;
  else text = "a non-Error value";
  let redacted = false;
  for (const secret of known) {
    if (secret.length >= 4 && text.includes(secret)) {
      text = text.split(secret).join("[redacted]");
      redacted = true;
    }
  }
  return { text: text.length > 300 ? `${text.slice(0, 300)}…` : text, redacted };
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/**
 * An async credentials provider, called for each request; a result with an `expiration` is
 * reused until {@link REFRESH_BEFORE_EXPIRY_MS} before it. Concurrent requests share one call.
 * Waiting for it ends with the attempt's signal (timeout or abort).
 */
export function providerCredentials(
  provider: AwsCredentialsProvider,
  clock: () => number = Date.now,
): CredentialSource {
  let cached: { credentials: SigningCredentials; refreshAt: number } | undefined;
  let inflight: Promise<SigningCredentials> | undefined;
  // Secrets seen before, scrubbed from provider error messages just in case.
  let known: string[] = [];

  async function load(context: CredentialSourceContext): Promise<SigningCredentials> {
    let value: unknown;
    try {
      value = await provider();
    } catch (error) {
      const { text, redacted } = describeProviderFailure(error, known);
      // The provider's own error is kept as the cause unless it carries a known secret.
      throw new CredentialsError(`the credentials provider failed: ${text}`, {
        ...context,
        cause: redacted ? undefined : error,
      });
    }
    const checked = checkCredentials(value);
    if ("problem" in checked) {
      throw new CredentialsError(
        `the credentials provider's credentials ${checked.problem}`,
        context,
      );
    }
    const { credentials, expiration } = checked;
    known = [credentials.secretAccessKey, credentials.sessionToken ?? ""];
    const now = clock();
    if (expiration) {
      if (expiration.getTime() <= now) {
        throw new CredentialsError(
          `the credentials provider returned credentials that expired at ${expiration.toISOString()}`,
          context,
        );
      }
      const refreshAt = expiration.getTime() - REFRESH_BEFORE_EXPIRY_MS;
      cached = refreshAt > now ? { credentials, refreshAt } : undefined;
    } else {
      cached = undefined;
    }
    return credentials;
  }

  return {
    kind: "provider",
    get(context, signal) {
      if (cached && clock() < cached.refreshAt) return cached.credentials;
      if (!inflight) {
        inflight = load(context).finally(() => {
          inflight = undefined;
        });
        // Callers that gave up (abort, timeout) leave no unhandled rejection behind.
        inflight.catch(() => {});
      }
      return abortable(inflight, signal);
    },
  };
}
