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

/** Options every provider client accepts. */
export interface ClientOptions {
  /** The vendor endpoint, e.g. `https://dbc-123.cloud.databricks.com/api/2.2`. */
  baseUrl: string;
  /** Adds credentials to each attempt. Provider packages supply their vendor's auth here. */
  authenticate?: Authenticator | undefined;
  /** A fetch implementation (tests, proxies). Defaults to the global fetch. */
  fetch?: FetchLike | undefined;
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

/** An error answer that means the run had already finished (`x-cancel-already-terminal`). */
export interface AlreadyTerminalMatcher {
  status?: number;
  code?: string;
  /** Case-insensitive regular expression on the vendor's message. */
  messagePattern?: string;
}

/**
 * What a cancel returns when the vendor says the run had already finished (for instance on a
 * retry after a first attempt that did cancel it): not a failure, and not a fresh cancellation.
 */
export interface AlreadyTerminal {
  readonly alreadyTerminal: true;
  readonly status: number;
  readonly code: string | undefined;
  readonly vendorMessage: string | undefined;
  readonly requestId: string | undefined;
}

export function isAlreadyTerminal(value: unknown): value is AlreadyTerminal {
  return (
    value !== null &&
    typeof value === "object" &&
    (value as { alreadyTerminal?: unknown }).alreadyTerminal === true
  );
}

export interface ProviderClient<Paths extends {}> {
  readonly provider: string;
  readonly transport: Transport;
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
  /** Error answers that mean "already finished" (cancel operations only). */
  readonly alreadyTerminal?: readonly AlreadyTerminalMatcher[];
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
  let body: Record<string, unknown> | undefined;
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
    if (error instanceof ApiError && matchesAlreadyTerminal(error, operation.alreadyTerminal)) {
      const data: AlreadyTerminal = {
        alreadyTerminal: true,
        status: error.status,
        code: error.code,
        vendorMessage: error.vendorMessage,
        requestId: error.requestId,
      };
      return {
        data: data as Output,
        metadata: {
          status: error.status,
          headers: new Headers(),
          requestId: error.requestId,
          attempts: error.attempts,
        },
      };
    }
    throw error;
  }
  const { status, headers, requestId, attempts } = result;
  return { data: result.data as Output, metadata: { status, headers, requestId, attempts } };
}

function matchesAlreadyTerminal(
  error: ApiError,
  matchers: readonly AlreadyTerminalMatcher[] | undefined,
): boolean {
  return (matchers ?? []).some(
    (m) =>
      (m.status === undefined || m.status === error.status) &&
      (m.code === undefined || m.code === error.code) &&
      (m.messagePattern === undefined ||
        (error.vendorMessage !== undefined &&
          new RegExp(m.messagePattern, "i").test(error.vendorMessage))),
  );
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
