import type { ErrorEnvelope } from "./error-envelope.js";
import type { Clock } from "./clock.js";
import { ApiError, ValidationError } from "./errors.js";
import type { RetryBudget, RetryOptions, VendorRetryCodes } from "./retry-policy.js";
import {
  type Authenticator,
  type CallOptions,
  type AttemptEvent,
  type CallState,
  type FetchLike,
  type HttpResult,
  type PreparedRequest,
  type ResponseMetadata,
  type SuccessBody,
  Transport,
} from "./transport.js";
import { checkPathSegment, type FieldRule, validateInput } from "./validate.js";
import type { PemInput } from "./network.js";

/** Options every provider client accepts. */
export interface ClientOptions {
  /** The vendor endpoint, e.g. `https://dbc-123.cloud.databricks.com/api/2.2`. */
  baseUrl: string;
  /** Adds credentials to each attempt. Provider packages supply their vendor's auth here. */
  authenticate?: Authenticator | undefined;
  /**
   * Sends every attempt with this fetch instead of the runtime's own stack (`node:http` on Node,
   * the global fetch elsewhere). `proxy`, `ca` and the proxy environment variables then do not
   * apply (`proxy` or `ca` with it is a ConfigurationError): configure that fetch instead.
   */
  fetch?: FetchLike | undefined;
  /**
   * Node runtime only: the proxy every request goes through, as a CONNECT tunnel (e.g.
   * `http://user:password@proxy.example.com:3128`); `false` ignores the environment. Default:
   * `https_proxy`/`HTTPS_PROXY` (`http_proxy`/`HTTP_PROXY` for an `http:` base URL) unless
   * `no_proxy`/`NO_PROXY` lists the host, read when the client is created.
   */
  proxy?: string | false | undefined;
  /**
   * Node runtime only: PEM CA certificates trusted besides Node's defaults (its bundled roots
   * and `NODE_EXTRA_CA_CERTS`), for the vendor endpoint and an `https:` proxy.
   */
  ca?: PemInput | readonly PemInput[] | undefined;
  /** Headers added to every request (not credentials). */
  headers?: Record<string, string> | undefined;
  /** Per-attempt timeout in milliseconds. Default 30 000. */
  timeoutMs?: number | undefined;
  /** Overall deadline of one call (attempts and backoff), in milliseconds. Default 120 000. */
  deadlineMs?: number | undefined;
  /** Retry policy; `false` sends every call once. Defaults in `DEFAULTS`. */
  retry?: RetryOptions | false | undefined;
  /** The client's retry budget; `false` disables it. Default: a 500-token bucket per client. */
  retryBudget?: RetryBudget | false | undefined;
  /** Largest response body read, in bytes. Default 1 MiB. */
  maxResponseBytes?: number | undefined;
  /** Allow plain `http:` to loopback hosts (local simulators). Default false. */
  allowInsecureLoopback?: boolean | undefined;
  /** Receives one event per attempt (never a secret). */
  onAttempt?: ((event: AttemptEvent) => void) | undefined;
  /** Time source and sleep, for tests. */
  clock?: Clock | undefined;
  /** Random source for backoff jitter, for tests. */
  random?: (() => number) | undefined;
}

/** What the generator knows about a provider, from its spec. */
export interface ProviderDescriptor {
  provider: string;
  errors: ErrorEnvelope;
  /** Vendor codes meaning throttling or a transient failure (`x-cancel-retry`). */
  retryCodes?: VendorRetryCodes;
}

export interface ProviderClient<Paths extends {}> {
  readonly provider: string;
  readonly transport: Transport;
  /**
   * Fills input fields the client supplies itself (Fabric's correlation ids and tenant) before an
   * input is checked; a value the caller gives wins.
   */
  readonly inputDefaults?: ((input: unknown) => unknown) | undefined;
  /** Type-only: the spec's paths (used by `openapiClient` from `@cancel/core/openapi`). */
  readonly __paths?: Paths;
}

/** One operation as the generator describes it. */
export interface Operation<Input, Output, Paths extends {}> {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  /** Every input field and where it goes on the wire (path, query, header, JSON body). */
  readonly fields: readonly FieldRule[];
  /** The spec's success statuses and what body each promises. */
  readonly success: Readonly<Record<string, SuccessBody>>;
  /**
   * The input field that is the request's own id (`x-cancel-request-id`): the request id of an
   * answer whose vendor echoes none.
   */
  readonly requestIdField?: string;
  /** The operation takes a JSON body although no input field goes there: `{}` is sent. */
  readonly jsonBody?: boolean;
  /** Type-only markers of the input, the success body and the spec's paths. */
  readonly __input?: Input;
  readonly __output?: Output;
  readonly __paths?: Paths;
}

/** One path parameter as one URL segment; refuses values that would change the URL's shape. */
function pathSegment(name: string, value: unknown): string {
  if (value === undefined || value === null) {
    throw new ValidationError([{ field: name, message: "is required in the URL path" }]);
  }
  const text = Array.isArray(value) ? value.join(",") : String(value);
  const problem = checkPathSegment(text);
  if (problem) throw new ValidationError([{ field: name, message: problem }]);
  return encodeURIComponent(text);
}

/**
 * openapi-fetch path serializer that encodes every parameter as one path segment and refuses
 * values that would change the URL's shape (`.`, `..`, empty).
 */
export function serializePath(pathname: string, params: Record<string, unknown>): string {
  return pathname.replace(/\{([^{}]+)\}/g, (_match, name: string) =>
    pathSegment(name, params[name]),
  );
}

const encoder = new TextEncoder();

/**
 * The request of one operation call, built from the generated field table: path parameters as
 * single encoded segments, query parameters form-encoded (arrays repeated), header parameters,
 * body fields as one JSON object. Runs after `validateInput`.
 */
export function buildRequest(
  transport: Transport,
  operation: Operation<unknown, unknown, {}>,
  input: unknown,
): PreparedRequest {
  const record = (input ?? {}) as Record<string, unknown>;
  let path = operation.path;
  let query = "";
  const headers: Record<string, string> = {};
  let body: Record<string, unknown> | undefined = operation.jsonBody ? {} : undefined;
  for (const field of operation.fields) {
    const value = Object.hasOwn(record, field.key) ? record[field.key] : undefined;
    switch (field.in) {
      case "path":
        path = path.replace(`{${field.name}}`, pathSegment(field.key, value));
        break;
      case "query":
        if (value === undefined || value === null) break;
        for (const item of Array.isArray(value) ? value : [value]) {
          query += `${query ? "&" : "?"}${encodeURIComponent(field.name)}=${encodeURIComponent(String(item))}`;
        }
        break;
      case "header":
        if (value !== undefined && value !== null) {
          headers[field.name.toLowerCase()] = Array.isArray(value)
            ? value.join(",")
            : String(value);
        }
        break;
      case "body":
        body ??= {};
        if (value !== undefined) body[field.name] = value;
        break;
    }
  }
  if (body) headers["content-type"] = "application/json";
  return {
    method: operation.method,
    url: new URL(transport.baseHref + path + query),
    headers,
    body: body ? encoder.encode(JSON.stringify(body)) : undefined,
  };
}

export function createProviderClient<Paths extends {}>(
  descriptor: ProviderDescriptor,
  options: ClientOptions,
): ProviderClient<Paths> {
  return { provider: descriptor.provider, transport: new Transport({ ...options, ...descriptor }) };
}

/** Calls an operation and returns the typed success body together with response metadata. */
export async function invokeWithMetadata<Input, Output, Paths extends {}>(
  client: ProviderClient<Paths>,
  operation: Operation<Input, Output, Paths>,
  input: Input,
  options: CallOptions = {},
): Promise<{ data: Output; metadata: ResponseMetadata }> {
  const context = { provider: client.provider, operation: operation.operationId };
  if (client.inputDefaults) input = client.inputDefaults(input) as Input;
  validateInput(input, operation.fields, context);
  const state: CallState = {
    operation: operation.operationId,
    options,
    success: operation.success,
  };
  let result: HttpResult;
  try {
    result = await client.transport.send(
      buildRequest(client.transport, operation as Operation<unknown, unknown, {}>, input),
      state,
    );
  } catch (error) {
    if (error instanceof ValidationError && error.provider === undefined) {
      throw new ValidationError(error.issues, context);
    }
    const sent = sentRequestId(operation, input);
    if (error instanceof ApiError && error.requestId === undefined && sent !== undefined) {
      Object.defineProperty(error, "requestId", { value: sent, enumerable: true });
    }
    throw error;
  }
  const { status, headers, attempts } = result;
  const requestId = result.requestId ?? sentRequestId(operation, input);
  return { data: result.data as Output, metadata: { status, headers, requestId, attempts } };
}

function sentRequestId(
  operation: Operation<unknown, unknown, {}>,
  input: unknown,
): string | undefined {
  const field = operation.requestIdField;
  if (field === undefined || input === null || typeof input !== "object") return undefined;
  const value = (input as Record<string, unknown>)[field];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Calls an operation and returns its typed success body. */
export async function invoke<Input, Output, Paths extends {}>(
  client: ProviderClient<Paths>,
  operation: Operation<Input, Output, Paths>,
  input: Input,
  options?: CallOptions,
): Promise<Output> {
  return (await invokeWithMetadata(client, operation, input, options)).data;
}
