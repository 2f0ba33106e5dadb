import {
  ConfigurationError,
  credentialSecrets,
  secretScrubber,
  ValidationError,
  validateInput,
} from "@cancel/core";
import { parseSubjectAndAppToken } from "../auth/index.js";
import { provider } from "../generated/client.gen.js";
import { type ServerOperations, serverRoutes } from "../generated/server.gen.js";
import { type EntraIdIdentity, type EntraIdOptions, entraIdAuthenticator } from "./entra-id.js";
import { type ErrorBodyForm, errorBody, WorkloadError } from "./errors.js";
import { type JobsOperationName, matchJobsRoute } from "./routes.js";

/** What `authenticate` is given: the parsed header's tokens and the caller's tenant. */
export interface AuthenticateInput {
  appToken: string;
  /** Undefined when the header says `subjectToken=""` (a call without a user). */
  subjectToken: string | undefined;
  /** `x-ms-client-tenant-id`, already checked to be a GUID, as a lowercase dashed GUID. */
  tenantId: string;
  operationId: string;
  request: Request;
}

/**
 * Checks the tokens of a request and resolves to what the callbacks get as `context.auth`. A
 * throw refuses the request: a {@link WorkloadError} is answered as it says, anything else 401
 * `AuthError` with the error's message (tokens scrubbed from it).
 */
export type Authenticate<Auth> = (input: AuthenticateInput) => Auth | Promise<Auth>;

/** The second argument of a callback: the request's header fields (typed by the spec) and more. */
export type JobsContext<Auth, Headers> = Headers & {
  operationId: string;
  /** What `authenticate` resolved to. */
  auth: Auth;
  request: Request;
  /** The request's abort signal (the client went away). */
  signal: AbortSignal;
};

type MaybePromise<T> = T | Promise<T>;

/**
 * The workload's own code, one callback per served operation (`x-cancel-server` of the spec):
 * `cancel(ids, context)` and `getState(ids, context)`, with the path ids and header fields typed
 * and validated by the spec, each returning the job's `ItemJobInstanceState`. Throw a
 * {@link WorkloadError} to answer an error status.
 */
export type JobsCallbacks<Auth> = {
  [Name in JobsOperationName]: (
    ids: ServerOperations[Name]["ids"],
    context: JobsContext<Auth, ServerOperations[Name]["headers"]>,
  ) => MaybePromise<ServerOperations[Name]["answer"]>;
};

/** What {@link JobsHandlerCommonOptions.onError} is told besides the error. */
export interface JobsErrorInfo {
  /** Undefined when no route matched. */
  operationId: string | undefined;
  /** The status answered. */
  status: number;
  /** The request's `RequestId` header, for correlation. */
  requestId: string | undefined;
}

export interface JobsHandlerCommonOptions {
  /**
   * The path the routes follow, e.g. `/workload` for a workload whose base URL is
   * `https://contoso.com/workload`. Default: a route matches the end of the path, whatever
   * comes before it.
   */
  basePath?: string | undefined;
  /** The error body's form (see {@link ErrorBodyForm}). Default `camel`. */
  errorBodies?: ErrorBodyForm | undefined;
  /**
   * Told about every request refused by `authenticate` (401) and every unexpected throw of a
   * callback (500), e.g. to log it: the answer itself says only "Internal error". Its own throws
   * are ignored.
   */
  onError?: ((error: unknown, info: JobsErrorInfo) => void) | undefined;
}

/** Options with the default Entra ID verification. */
export type JobsHandlerEntraIdOptions = JobsCallbacks<EntraIdIdentity> &
  JobsHandlerCommonOptions & {
    /** Verify the tokens with Entra ID's keys (see {@link entraIdAuthenticator}). */
    entraId: EntraIdOptions;
    authenticate?: undefined;
  };

/** Options with your own token check. */
export type JobsHandlerAuthenticateOptions<Auth> = JobsCallbacks<Auth> &
  JobsHandlerCommonOptions & {
    authenticate: Authenticate<Auth>;
    entraId?: undefined;
  };

/** A Fetch API handler: Node (through `@cancel/fabric-workload/server/node`), Deno, Bun, Workers, Hono. */
export type JobsHandler = (request: Request) => Promise<Response>;

// What .NET's Guid.TryParse takes, as the reference workload parses the tenant header
// (AuthenticationService.AuthenticateControlPlaneCall): 32 hex digits, dashed or not, maybe braced.
const GUID =
  /^(?:([0-9a-f]{32})|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}|\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\))$/i;

/** The tenant header as a lowercase dashed GUID, or undefined when it is not a GUID. */
function tenantGuid(value: string | null): string | undefined {
  const match = value === null ? null : GUID.exec(value.trim());
  if (!match) return undefined;
  const hex = (match[1] ?? match.slice(2).find(Boolean)!).toLowerCase().replaceAll("-", "");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One line, at most 300 characters: an error's message as an answer may carry it. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ").slice(0, 300);
}

// The sample's AuthenticationException: 401 AuthError, source External, not permanent.
const authError = (message: string) =>
  new WorkloadError(401, {
    errorCode: "AuthError",
    message,
    source: "External",
    isPermanent: false,
  });

/**
 * Creates the workload's side of the Fabric jobs API: a Fetch handler that routes each request
 * to a callback by the spec's operations (`POST …/instances/{jobInstanceId}/cancel` → `cancel`,
 * `GET …/instances/{jobInstanceId}` → `getState`), authenticates it, validates its ids and
 * headers with the generated field rules, and answers the callback's `ItemJobInstanceState` or
 * the vendor's `ErrorResponse`:
 *
 * - a missing or malformed `Authorization` (`SubjectAndAppToken1.0 subjectToken="…",
 *   appToken="…"`) or `x-ms-client-tenant-id` (not a GUID): 401 `AuthError`, nothing else runs;
 * - tokens refused by `authenticate` (default: Entra ID verification, see `entraId`): 401 `AuthError`;
 * - an id or header that breaks the spec (a workspace id that is not a UUID, no `RequestId`): 400
 *   `InvalidRequest`, the callback is not called;
 * - a callback's {@link WorkloadError}: its status and body; any other throw: 500 `InternalError`.
 *
 * Every answer echoes the request's `RequestId` and `ActivityId` headers. No answer repeats a
 * token: every message is scrubbed of the request's credentials.
 *
 * @throws {ConfigurationError} when neither or both of `authenticate` and `entraId` are given,
 *   a callback is missing, or an option is malformed.
 */
export function createJobsHandler(options: JobsHandlerEntraIdOptions): JobsHandler;
export function createJobsHandler<Auth>(options: JobsHandlerAuthenticateOptions<Auth>): JobsHandler;
export function createJobsHandler<Auth>(
  options: JobsHandlerEntraIdOptions | JobsHandlerAuthenticateOptions<Auth>,
): JobsHandler {
  const fail = (message: string) => new ConfigurationError(message, { provider });
  const invalid = (subject: string, problem: string) =>
    new ConfigurationError(`${subject} ${problem}`, { provider, subject, problem });
  if (options === null || typeof options !== "object") throw fail("options must be an object");
  if ((options.authenticate === undefined) === (options.entraId === undefined)) {
    throw fail(
      options.authenticate === undefined
        ? "no token check configured: pass entraId (Entra ID verification) or authenticate (your own)"
        : "both entraId and authenticate are given: pass one",
    );
  }
  if (options.authenticate !== undefined && typeof options.authenticate !== "function") {
    throw invalid("authenticate", "must be a function");
  }
  for (const name of Object.keys(serverRoutes) as JobsOperationName[]) {
    if (typeof options[name] !== "function") throw invalid(name, "must be a function");
  }
  const form = options.errorBodies ?? "camel";
  if (form !== "camel" && form !== "pascal") {
    throw invalid("errorBodies", 'must be "camel" or "pascal"');
  }
  const { basePath } = options;
  if (basePath !== undefined && (typeof basePath !== "string" || !basePath.startsWith("/"))) {
    throw invalid("basePath", `must start with "/", got ${JSON.stringify(basePath)}`);
  }
  const authenticate = (options.authenticate ??
    entraIdAuthenticator(options.entraId!)) as Authenticate<Auth>;
  const callbacks = options as JobsCallbacks<Auth>;
  const { onError } = options;

  return async (request) => {
    const requestId = request.headers.get("RequestId") ?? undefined;
    const echo: Record<string, string> = {};
    if (requestId !== undefined) echo.RequestId = requestId;
    const activityId = request.headers.get("ActivityId");
    if (activityId !== null) echo.ActivityId = activityId;
    const authorization = request.headers.get("authorization");
    const scrub =
      authorization === null
        ? (text: string) => text
        : secretScrubber(credentialSecrets(authorization));
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { "content-type": "application/json; charset=utf-8", ...headers, ...echo },
      });
    const refuse = (error: WorkloadError) =>
      answer(error.status, errorBody(error, form, scrub), { ...error.headers });
    const report = (error: unknown, operationId: string | undefined, status: number) => {
      try {
        onError?.(error, { operationId, status, requestId });
      } catch {
        // A logger that throws must not change the answer.
      }
    };

    const lookup = matchJobsRoute(request.method, new URL(request.url).pathname, basePath);
    if (!lookup.found) {
      if (lookup.allow !== undefined) {
        return refuse(
          new WorkloadError(405, {
            errorCode: "MethodNotAllowed",
            message: `${request.method} is not allowed on this path; use ${lookup.allow.join(", ")}`,
            headers: { Allow: lookup.allow.join(", ") },
          }),
        );
      }
      return refuse(
        new WorkloadError(404, {
          errorCode: "NotFound",
          message: "No jobs operation has this path",
        }),
      );
    }
    const { name, operationId, params, undecodable } = lookup.match;
    const { operation, status } = serverRoutes[name];

    // Authentication first, as the reference workload does (AuthenticateControlPlaneCall).
    const parsed = parseSubjectAndAppToken(authorization);
    if (!parsed.ok)
      return refuse(authError(`Missing or invalid Authorization header: ${parsed.problem}`));
    const tenantId = tenantGuid(request.headers.get("x-ms-client-tenant-id"));
    if (tenantId === undefined) {
      return refuse(authError("Missing or invalid x-ms-client-tenant-id header"));
    }

    // Then the ids and headers, by the spec's field rules (the ones the client checks).
    const input: Record<string, string> = {};
    for (const field of operation.fields) {
      const value = field.in === "path" ? params[field.name] : request.headers.get(field.name);
      if (value !== undefined && value !== null) input[field.key] = value;
    }
    const wire = (key: string) => {
      const field = operation.fields.find((f) => f.key === key);
      return field ? `${field.in === "path" ? "path parameter" : "header"} ${field.name}` : key;
    };
    const issues = undecodable.map((param) => ({
      field: wire(operation.fields.find((f) => f.name === param)?.key ?? param),
      message: "is not valid percent-encoding",
    }));
    try {
      validateInput(input, operation.fields, { provider, operation: operationId });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push(...error.issues.map((i) => ({ field: wire(i.field), message: i.message })));
    }
    if (issues.length > 0) {
      return refuse(
        new WorkloadError(400, {
          errorCode: "InvalidRequest",
          message: `Invalid request: ${issues.map((i) => `${i.field} ${i.message}`).join("; ")}`,
          moreDetails: issues.map((i) => ({
            errorCode: "InvalidParameter",
            message: `${i.field} ${i.message}`,
            messageParameters: [i.field],
          })),
        }),
      );
    }

    let auth: Auth;
    try {
      auth = await authenticate({
        appToken: parsed.tokens.appToken,
        subjectToken: parsed.tokens.subjectToken,
        tenantId,
        operationId,
        request,
      });
    } catch (error) {
      if (error instanceof WorkloadError) return refuse(error);
      report(error, operationId, 401);
      const message =
        error instanceof Error && error.message ? error.message : "Token validation failed";
      return refuse(authError(oneLine(message)));
    }

    const ids: Record<string, string> = {};
    const headers: Record<string, string> = {};
    for (const field of operation.fields) {
      if (input[field.key] === undefined) continue;
      (field.in === "path" ? ids : headers)[field.key] = input[field.key]!;
    }
    const context = { ...headers, operationId, auth, request, signal: request.signal };
    const callback = callbacks[name] as (ids: unknown, context: unknown) => unknown;
    try {
      const body = await callback(ids, context);
      if (body === null || typeof body !== "object" || Array.isArray(body)) {
        throw new TypeError(
          `the ${name} callback returned ${body === null ? "null" : Array.isArray(body) ? "an array" : typeof body}, not an ItemJobInstanceState`,
        );
      }
      return answer(status, body);
    } catch (error) {
      if (error instanceof WorkloadError) return refuse(error);
      report(error, operationId, 500);
      // The sample's HttpResponseExceptionFilter: an unknown exception is 500 InternalError,
      // "Internal error"; what was thrown stays on this side (onError).
      return refuse(
        new WorkloadError(500, {
          errorCode: "InternalError",
          message: "Internal error",
          source: "System",
          isPermanent: false,
        }),
      );
    }
  };
}
