import type { components } from "../generated/schema.gen.js";

type Schemas = components["schemas"];

/** The Swagger's `ErrorResponse` (camelCase, string `source`). */
export type ErrorResponse = Schemas["ErrorResponse"];
/** The reference workload's error body (`SampleErrorResponse`: PascalCase, numeric `Source`). */
export type SampleErrorResponse = Schemas["SampleErrorResponse"];
export type ErrorSource = Schemas["ErrorSource"];
export type ErrorExtendedInformation = Schemas["ErrorExtendedInformation"];

/**
 * Which error body the handler writes. `camel` (default): the Swagger's `ErrorResponse`,
 * `{errorCode, message, messageParameters?, source: "System" | "User" | "External", isPermanent,
 * moreDetails?}`, the contract of the Workload API. `pascal`: the form Microsoft's reference
 * workload sends (`WorkloadExceptionBase.ToHttpActionResult`: C# names, `Source` as a number,
 * `null` for what is unset). Both are the spec's `WorkloadErrorBody`; the client reads both.
 */
export type ErrorBodyForm = "camel" | "pascal";

/** What an error answer says, in the Swagger's terms. */
export interface WorkloadErrorInit {
  /** The error code, e.g. `ItemMetadataNotFound`, `JobInstanceNotFound`. */
  errorCode: string;
  message: string;
  /** Default: `User` for a 4xx, `System` for a 5xx. */
  source?: ErrorSource | undefined;
  /** Default: true for a 4xx other than 408 and 429, false otherwise. */
  isPermanent?: boolean | undefined;
  messageParameters?: readonly string[] | undefined;
  moreDetails?: readonly ErrorExtendedInformation[] | undefined;
  /** Extra response headers, e.g. `Retry-After` on a 429. */
  headers?: Readonly<Record<string, string>> | undefined;
}

/**
 * Throw it from a callback to answer with an error status and the vendor's `ErrorResponse`, e.g.
 * `throw new WorkloadError(404, { errorCode: "ItemMetadataNotFound", message: "…" })`. Anything
 * else a callback throws is answered 500 `InternalError`.
 */
export class WorkloadError extends Error {
  override name = "WorkloadError";
  readonly status: number;
  readonly errorCode: string;
  readonly source: ErrorSource;
  readonly isPermanent: boolean;
  readonly messageParameters: readonly string[] | undefined;
  readonly moreDetails: readonly ErrorExtendedInformation[] | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, init: WorkloadErrorInit) {
    super(init.message);
    if (!Number.isInteger(status) || status < 400 || status > 599) {
      throw new RangeError(`a WorkloadError's status must be 400-599, got ${status}`);
    }
    this.status = status;
    this.errorCode = init.errorCode;
    this.source = init.source ?? (status < 500 ? "User" : "System");
    this.isPermanent = init.isPermanent ?? (status < 500 && status !== 408 && status !== 429);
    this.messageParameters = init.messageParameters;
    this.moreDetails = init.moreDetails;
    this.headers = init.headers ?? {};
  }
}

// The sample's `ErrorSource` enum (`WorkloadAPI_Generated.cs`), written by System.Text.Json as its number.
const SOURCE_NUMBER = { System: 0, User: 1, External: 2 } as const satisfies Record<
  ErrorSource,
  Schemas["SampleErrorSource"]
>;

/** The error body of `error` in the chosen form, each text passed through `scrub`. */
export function errorBody(
  error: WorkloadError,
  form: ErrorBodyForm,
  scrub: (text: string) => string,
): ErrorResponse | SampleErrorResponse {
  const parameters = error.messageParameters?.map(scrub);
  const details = error.moreDetails?.map((d) => ({
    ...d,
    message: scrub(d.message),
    messageParameters: d.messageParameters?.map(scrub),
    additionalParameters: d.additionalParameters?.map((p) => ({ ...p, value: scrub(p.value) })),
  }));
  if (form === "pascal") {
    return {
      ErrorCode: error.errorCode,
      Message: scrub(error.message),
      MessageParameters: parameters?.length ? parameters : null,
      Source: SOURCE_NUMBER[error.source],
      IsPermanent: error.isPermanent,
      MoreDetails:
        details?.map((d) => ({
          ErrorCode: d.errorCode,
          Message: d.message,
          MessageParameters: d.messageParameters ?? null,
          AdditionalParameters:
            d.additionalParameters?.map((p) => ({ Name: p.name, Value: p.value })) ?? null,
        })) ?? null,
    };
  }
  return {
    errorCode: error.errorCode,
    message: scrub(error.message),
    ...(parameters?.length ? { messageParameters: parameters } : {}),
    source: error.source,
    isPermanent: error.isPermanent,
    ...(details?.length ? { moreDetails: details } : {}),
  };
}

/**
 * The answer of a {@link WorkloadError} as the handler writes it (status, headers, the chosen
 * body form), for code that answers before the handler runs, e.g. a rate limiter in front of it.
 */
export function workloadErrorResponse(
  error: WorkloadError,
  options: { errorBodies?: ErrorBodyForm | undefined } = {},
): Response {
  return new Response(JSON.stringify(errorBody(error, options.errorBodies ?? "camel", (t) => t)), {
    status: error.status,
    headers: { "content-type": "application/json; charset=utf-8", ...error.headers },
  });
}
