import {
  type Authenticator,
  ConfigurationError,
  CredentialsError,
  type ErrorContext,
} from "@cancel/core";

const provider = "fabric-workload";

/**
 * Returns a token: an Entra ID access token (a JWT). Called for every request, so it can return a
 * cached token and refresh it (MSAL and `@azure/identity` do that for you). A subject-token
 * provider may return `undefined` or `""` when the call has no user context.
 */
export type TokenProvider = () => string | undefined | null | Promise<string | undefined | null>;

/** A token provider, or a fixed token (it expires: prefer a provider). */
export type TokenSource = TokenProvider | string;

/**
 * The characters a token may have in the SubjectAndAppToken header: RFC 6750 `b64token`, which
 * every JWT satisfies. A `"` would end the quoted value early, a `\` would escape it, and CR/LF,
 * commas or spaces could split or inject a header; all are refused.
 */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

function tokenProblem(value: unknown, required: boolean): string | undefined {
  if (value === undefined || value === null || value === "") {
    return required ? "is empty (an app token is required)" : undefined;
  }
  if (typeof value !== "string") return `must be a string, got ${typeof value}`;
  if (!B64TOKEN.test(value)) {
    return "contains characters that cannot go into the SubjectAndAppToken header (only A-Z a-z 0-9 - . _ ~ + / and trailing = are allowed; no quotes, backslashes, commas, whitespace or CR/LF)";
  }
  return undefined;
}

/** Checks a fixed token given as an option; throws a ConfigurationError that never quotes it. */
export function checkTokenSource(value: unknown, name: string, required: boolean): void {
  if (typeof value === "function") return;
  if (value === undefined) {
    if (required) {
      throw new ConfigurationError(`${name} is required`, {
        provider,
        subject: name,
        problem: "is required",
      });
    }
    return;
  }
  if (typeof value !== "string") {
    throw new ConfigurationError(`${name} must be a function returning a token, or a string`, {
      provider,
      subject: name,
      problem: "must be a function returning a token, or a string",
    });
  }
  const problem = tokenProblem(value, required);
  if (problem) {
    throw new ConfigurationError(`${name} ${problem}`, { provider, subject: name, problem });
  }
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/[\r\n]+/g, " ").slice(0, 300);
}

async function obtain(
  source: TokenSource | undefined,
  name: string,
  required: boolean,
  context: ErrorContext,
  signal: AbortSignal,
): Promise<string> {
  if (source === undefined) return "";
  let value: unknown;
  if (typeof source === "string") {
    value = source;
  } else {
    try {
      value = await untilAborted(Promise.resolve(source()), signal);
    } catch (error) {
      if (signal.aborted && error === signal.reason) throw error;
      throw new CredentialsError(`the ${name} provider failed: ${describeError(error)}`, {
        ...context,
        cause: error,
      });
    }
  }
  const problem = tokenProblem(value, required);
  if (problem) {
    const what = typeof source === "string" ? name : `the ${name} provider's token`;
    throw new CredentialsError(`${what} ${problem}`, context);
  }
  return (value as string | undefined | null) ?? "";
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
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

const SCHEME = "SubjectAndAppToken1.0";

/** Formats the header value (tokens already checked); {@link parseSubjectAndAppToken} reads it back. */
export function subjectAndAppTokenHeader(subjectToken: string, appToken: string): string {
  return `${SCHEME} subjectToken="${subjectToken}", appToken="${appToken}"`;
}

/**
 * A token as the spec's grammar has it (`components.securitySchemes.subjectAndAppToken`, after
 * the sample backend's `SubjectAndAppToken.HeaderPattern`): a JWT, `eyJ` then `[\w\-._]` (ASCII
 * `\w`: a header value is Latin-1, and a JWT is base64url and dots).
 */
const JWT = /^eyJ[\w\-.]+$/;
/** The header's shape, each quoted value taken whole so a bad token is named, not the header. */
const SHAPE = /^SubjectAndAppToken1\.0 subjectToken="([^"]*)", appToken="([^"]*)"$/;

/** The two tokens of a SubjectAndAppToken header; no subject token when the call has no user. */
export interface SubjectAndAppTokens {
  subjectToken: string | undefined;
  appToken: string;
}

/** What {@link parseSubjectAndAppToken} found: the tokens, or what is wrong (never quoting them). */
export type ParsedSubjectAndAppToken =
  { ok: true; tokens: SubjectAndAppTokens } | { ok: false; problem: string };

/**
 * Parses an `Authorization` value exactly as the spec's grammar says:
 * `SubjectAndAppToken1.0 subjectToken="<JWT or nothing>", appToken="<JWT>"`, one space after the
 * scheme, a comma and one space between the parts, in that order. The inverse of
 * {@link subjectAndAppTokenHeader} for every pair of JWTs. A problem names the part that is wrong
 * and never repeats a token.
 */
export function parseSubjectAndAppToken(
  value: string | null | undefined,
): ParsedSubjectAndAppToken {
  if (value === null || value === undefined || value === "") {
    return { ok: false, problem: "the Authorization header is missing" };
  }
  if (!value.startsWith(`${SCHEME} `)) {
    return { ok: false, problem: `the Authorization header does not use the ${SCHEME} scheme` };
  }
  const shape = SHAPE.exec(value);
  if (!shape) {
    return {
      ok: false,
      problem: `the Authorization header is not ${SCHEME} subjectToken="…", appToken="…"`,
    };
  }
  const subject = shape[1]!;
  const app = shape[2]!;
  if (subject !== "" && !JWT.test(subject)) {
    return { ok: false, problem: "the subjectToken of the Authorization header is not a JWT" };
  }
  if (app === "") return { ok: false, problem: "the Authorization header has an empty appToken" };
  if (!JWT.test(app)) {
    return { ok: false, problem: "the appToken of the Authorization header is not a JWT" };
  }
  return {
    ok: true,
    tokens: { subjectToken: subject === "" ? undefined : subject, appToken: app },
  };
}

/**
 * The Fabric workload auth hook: `Authorization: SubjectAndAppToken1.0 subjectToken="…",
 * appToken="…"`, both tokens asked from their providers for every attempt (in parallel).
 */
export function subjectAndAppTokenAuth(tokens: {
  appToken: TokenSource;
  subjectToken?: TokenSource | undefined;
}): Authenticator {
  const { appToken, subjectToken } = tokens;
  return async (request, context) => {
    const errorContext: ErrorContext = {
      provider: context.provider,
      operation: context.operation,
      attempts: context.attempt,
    };
    const [subject, app] = await Promise.all([
      obtain(subjectToken, "subjectToken", false, errorContext, request.signal),
      obtain(appToken, "appToken", true, errorContext, request.signal),
    ]);
    request.headers.set("authorization", subjectAndAppTokenHeader(subject, app));
    return request;
  };
}
