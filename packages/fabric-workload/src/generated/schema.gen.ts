// generated from specs/fabric-workload.yaml by tools/generator, regenerate with `pnpm generate`
export interface paths {
  "/workspaces/{workspaceId}/items/{itemType}/{itemId}/jobTypes/{jobType}/instances/{jobInstanceId}/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel an item job instance (called by Microsoft Fabric)
     * @description Called by Microsoft Fabric for cancelling a job instance. Fabric does some basic
     *     validations, then calls this API to cancel an item job instance in the workload. The
     *     request has no body. The workload answers **200** with the job instance state
     *     (`ItemJobInstanceState`). In the vendor example that state is `Cancelled`, with start and
     *     end times.
     *
     *     Vendor operationId: `Jobs_CancelItemJobInstance`. The API should accept SubjectAndApp
     *     authentication. Permissions are checked by Microsoft Fabric, not by the workload.
     *
     *     Path typo: the seed page's URL template spells the segment `itemS`. Its sample request,
     *     the Swagger and the sibling pages use `items`, as this file does.
     *
     *     **What the reference workload answers.** Microsoft's sample backend
     *     (`JobsControllerImpl.CancelItemJobInstanceAsync`, `ItemBase.CancelJob`) answers every
     *     cancel of an existing item with **200 `{"status": "Cancelled"}`** (no times): for a
     *     running job, for a job that had **already completed or failed**, and for a job instance
     *     it has no record of (it creates one, marked cancelled). It only records the cancel: the
     *     running job checks the mark before it writes its result, and state reads answer
     *     `Cancelled` from then on. So from `Cancelled` a caller can conclude that the workload
     *     accepted the cancel and that the job will read as cancelled; it can **not** conclude
     *     that the job was still running, that it existed, or that any of its work was undone (a
     *     job that had completed keeps its output). An unknown item is **404
     *     `ItemMetadataNotFound`** (`SampleErrorResponse`, PascalCase).
     *
     *     Other workloads (tolerated variants): a workload may answer a finished job with 200 and
     *     its final state (`Completed`, `Failed`: the outcome is then already-terminal), or refuse
     *     it with **409 `JobAlreadyCompleted`**, the public Job Scheduler's code, settled by one
     *     state read (`x-cancel-cancel`); an unknown job instance may be **404
     *     `JobInstanceNotFound`**. The sample's controller also has a branch answering 200
     *     `{"status": "Failed", "errorDetails": {"errorCode": "ItemNotFound", ...}}` for an item
     *     without id; it is unreachable there (`ItemBase.Load` answers 404 first) and is not
     *     modelled. Error statuses in general are chosen by the workload (the vendor documents
     *     only "Other Status Codes: ErrorResponse"); the ones listed below are the usual ones, and
     *     `default` covers the rest.
     */
    post: operations["cancelItemJobInstance"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workspaces/{workspaceId}/items/{itemType}/{itemId}/jobTypes/{jobType}/instances/{jobInstanceId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the state of an item job instance (called by Microsoft Fabric)
     * @description Called by Microsoft Fabric to retrieve an item job instance state. Fabric does some
     *     basic validations, then calls this API to read the state of the job instance in the
     *     workload. It uses the same path as the cancel operation, without `/cancel`, and has no
     *     request body.
     *
     *     Vendor operationId: `Jobs_GetItemJobInstanceState`. The API should accept SubjectAndApp
     *     authentication. Permissions are checked by Microsoft Fabric.
     *
     *     Per the WDK job docs, Fabric polls this endpoint (about once a minute) while a job is
     *     not yet in a terminal state (`Completed`, `Failed`, `Cancelled`). The workload must
     *     answer **200** even when the job itself failed: the failure goes in `status: Failed`
     *     plus `errorDetails`, not in an HTTP error. HTTP errors mean the state couldn't be read
     *     (unknown item or job, authentication, throttling, ...). As with cancel, the workload
     *     chooses the error status.
     *
     *     **What the reference workload answers** (`JobsControllerImpl.GetItemJobInstanceStateAsync`,
     *     `Item1.GetJobState`): 404 `ItemMetadataNotFound` for an unknown item; **200
     *     `{"status": "Failed"}`**, without `errorDetails`, for a job instance it has no record of
     *     (so a `Failed` without `errorDetails` may mean "unknown job", not "the job failed");
     *     `Cancelled` once a cancel was recorded, even for a job that had completed; else
     *     `Completed` or `InProgress`. A workload may instead answer an unknown job instance with
     *     404 `JobInstanceNotFound` (tolerated variant). No 409: nothing suggests a workload refuses
     *     a read as a conflict.
     */
    get: operations["getItemJobInstanceState"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description The job instance state. Extra fields are allowed (the Swagger says
     *     `additionalProperties: false`), so that a field added later doesn't invalidate
     *     a response.
     */
    ItemJobInstanceState: {
      /**
       * @description The status of the job instance. Normally one of the `JobInstanceStatus` values.
       *     Any other string is accepted too (see `JobInstanceStatus`), so a status Microsoft
       *     adds later doesn't make the whole response invalid. Treat an unknown value as
       *     "not terminal yet".
       */
      status: components["schemas"]["JobInstanceStatus"] | (string & {});
      /**
       * Format: date-time
       * @description The job instance start time (UTC).
       */
      startTimeUtc?: string;
      /**
       * Format: date-time
       * @description The job instance end time (UTC); absent while the job has not finished.
       */
      endTimeUtc?: string;
      /** @description The error details in case of the job instance failure. */
      errorDetails?: components["schemas"]["ErrorDetails"];
    };
    /**
     * @description The status of an item job instance. The vendor defines exactly these values; note
     *     `Cancelled` with a double L. Terminal values: `Completed`, `Failed`, `Cancelled`.
     *
     *     Forward compatibility: this enum stays closed (it's the documented set and the source of
     *     the known-value type). `ItemJobInstanceState.status` is `anyOf` this enum or any string,
     *     so a response with a new value still validates. The risk is real: the public Fabric Job
     *     Scheduler documents "Additional statuses may be added over time" and already has
     *     `Deduped`. The Fabric front-end client enum has more values (NotFound, Duplicate,
     *     OwnerUserMissing, DeadLettered, Unknown), and the sibling `JobInvokeType` enum of
     *     the same Swagger has an `UnknownFutureValue` member.
     * @enum {string}
     */
    JobInstanceStatus: "NotStarted" | "InProgress" | "Completed" | "Failed" | "Cancelled";
    /**
     * @description The source of the error: `System` (the workload or platform), `User` (the caller's
     *     input or permissions) or `External` (a dependency, e.g. the identity provider).
     * @enum {string}
     */
    ErrorSource: "System" | "User" | "External";
    /**
     * @description The error details. Used for `ItemJobInstanceState.errorDetails`, and identical to
     *     `ErrorResponse`.
     */
    ErrorDetails: {
      /** @description The error code. */
      errorCode: string;
      /** @description The error message. */
      message: string;
      /** @description A list of parameters for formatting a localized message. */
      messageParameters?: string[];
      /** @description The error source. */
      source: components["schemas"]["ErrorSource"];
      /** @description Indicates whether the error is permanent or the operation can be retried. */
      isPermanent?: boolean;
      /** @description A list of additional error details. */
      moreDetails?: components["schemas"]["ErrorExtendedInformation"][];
    };
    /**
     * @description The error response as the Swagger defines it (camelCase, string `source`): a tolerated
     *     variant of the error body (see `WorkloadErrorBody`; the reference workload sends
     *     `SampleErrorResponse`). It has the same fields as `ErrorDetails` (errorCode, message and
     *     source required; messageParameters, isPermanent, moreDetails optional). The Swagger
     *     defines it as `allOf ErrorDetails` with nothing added.
     */
    ErrorResponse: components["schemas"]["ErrorDetails"];
    /**
     * @description The extended error information. errorCode and message are required as in the Swagger
     *     (`ErrorBasicInformation`); the seed page's tables don't mark required fields.
     */
    ErrorExtendedInformation: {
      /** @description The error code. */
      errorCode: string;
      /** @description The error message. */
      message: string;
      /** @description A list of parameters for formatting a localized message. */
      messageParameters?: string[];
      /** @description A list of additional parameters specific to the error. */
      additionalParameters?: components["schemas"]["NameValuePair"][];
    };
    /** @description A name-value pair. Both fields are required, as in the Swagger. */
    NameValuePair: {
      /** @description The name. */
      name: string;
      /** @description The value. */
      value: string;
    };
    /**
     * @description The body of every error status: the reference workload's `SampleErrorResponse`
     *     (PascalCase, numeric `Source`; the primary form) or the Swagger's `ErrorResponse`
     *     (camelCase, string `source`; a tolerated variant, e.g. from a workload that serializes
     *     its errors with the same settings as its successes). `x-cancel-errors` reads the code
     *     and message of both.
     */
    WorkloadErrorBody:
      components["schemas"]["SampleErrorResponse"] | components["schemas"]["ErrorResponse"];
    /**
     * @description The error body of Microsoft's reference workload. `WorkloadExceptionBase.ToHttpActionResult`
     *     (`Backend/src/Exceptions/WorkloadExceptionBase.cs`) writes the Swagger's `ErrorResponse`
     *     contract class with System.Text.Json (`JsonSerializer.Serialize(errorResponse)`, default
     *     options). The contract classes (`WorkloadAPI_Generated.cs`, generated by NSwag for
     *     Newtonsoft.Json) carry only Newtonsoft attributes (`[JsonProperty("errorCode")]`,
     *     `StringEnumConverter`, `NullValueHandling.Ignore`), which System.Text.Json ignores. So
     *     the members have their C# names (PascalCase), `Source` is the enum's number, and members
     *     left unset are written as `null` (`MessageParameters` when there are none,
     *     `MoreDetails` unless details were added). The success bodies are different: ASP.NET
     *     writes them through Newtonsoft with a `StringEnumConverter` (`Startup.cs`), so they are
     *     camelCase with string enums, as the Swagger says.
     */
    SampleErrorResponse: {
      /** @description The error code (`ErrorCodes.cs`, e.g. `ItemMetadataNotFound`, `AuthError`). */
      ErrorCode: string;
      /** @description The error message (the exception's message template, formatted). */
      Message: string;
      /** @description The message's parameters; `null` when it has none. */
      MessageParameters?: string[] | null;
      /** @description The error source, as a number. */
      Source: components["schemas"]["SampleErrorSource"];
      /** @description Whether the error is permanent (`bool?` in the contract; always set by the sample). */
      IsPermanent?: boolean | null;
      /** @description Additional error details; `null` unless the exception added some. */
      MoreDetails?: components["schemas"]["SampleErrorExtendedInformation"][] | null;
    };
    /**
     * @description `ErrorSource` as System.Text.Json writes it: the enum's number, as declared in
     *     `WorkloadAPI_Generated.cs` (`System = 0`, `User = 1`, `External = 2`).
     * @enum {integer}
     */
    SampleErrorSource: 0 | 1 | 2;
    /**
     * @description `ErrorExtendedInformation` written by System.Text.Json (PascalCase; see
     *     `SampleErrorResponse`), as `WorkloadExceptionBase.WithDetail` builds it.
     */
    SampleErrorExtendedInformation: {
      /** @description The error code. */
      ErrorCode: string;
      /** @description The error message. */
      Message: string;
      /** @description A list of parameters for formatting a localized message. */
      MessageParameters?: string[] | null;
      /** @description A list of additional parameters specific to the error. */
      AdditionalParameters?: components["schemas"]["SampleNameValuePair"][] | null;
    };
    /** @description `NameValuePair` written by System.Text.Json (PascalCase). */
    SampleNameValuePair: {
      /** @description The name. */
      Name: string;
      /** @description The value. */
      Value: string;
    };
  };
  responses: {
    /**
     * @description Bad request: the workload rejected the request (e.g. an unknown job type for the item
     *     type). The status and code are workload-defined; the reference workload has no 400 of
     *     its own on these endpoints, so the example is illustrative, in its error form.
     */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["WorkloadErrorBody"];
      };
    };
    /**
     * @description The SubjectAndApp `Authorization` header or the `x-ms-client-tenant-id` header is
     *     missing or malformed, or a token didn't validate. The reference workload answers 401
     *     `AuthError`, source External (2), not permanent (`AuthenticationException`, thrown by
     *     `AuthenticationService.AuthenticateControlPlaneCall` before anything else).
     */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["WorkloadErrorBody"];
      };
    };
    /**
     * @description The caller isn't allowed to act on the item or job. Permissions are checked by Fabric,
     *     and the reference workload's job endpoints check none; its `UnauthorizedException`
     *     (403 `AccessDenied`, source User (1), permanent), thrown by its other endpoints, is the
     *     form a workload that checks them would use.
     */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["WorkloadErrorBody"];
      };
    };
    /**
     * @description The workload doesn't know the item, or (tolerated variant) the job instance. The
     *     reference workload answers 404 `ItemMetadataNotFound`, source System (0), permanent, for
     *     an item it has no metadata for (`ItemMetadataNotFoundException`, from `ItemBase.Load`),
     *     and never answers 404 for a job instance (cancel: 200 `Cancelled`; state: 200 `Failed`).
     *     A workload may answer an unknown job instance with `JobInstanceNotFound` (the public
     *     Job Scheduler's naming; camelCase form).
     */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["WorkloadErrorBody"];
      };
    };
    /**
     * @description Tolerated variant: a workload that refuses a cancel of a job that has already finished,
     *     with the public Fabric Job Scheduler's code `JobAlreadyCompleted`. The Workload API
     *     doesn't document this status and the reference workload never answers it (it answers
     *     200 `Cancelled`). The refusal is ambiguous (`x-cancel-cancel`): one state read tells
     *     whether the job had indeed ended.
     */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["WorkloadErrorBody"];
      };
    };
    /**
     * @description The workload is throttling requests. The reference workload defines 429
     *     `TooManyRequests`, source User (1), not permanent (`TooManyRequestsException`; its job
     *     endpoints don't throw it). The Workload API doesn't document a `Retry-After` header,
     *     but a workload may send one.
     */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["WorkloadErrorBody"];
      };
    };
    /**
     * @description The workload failed to process the request. The reference workload answers 500
     *     `InternalError`, source System (0), not permanent, for its `InternalErrorException`
     *     and for any exception it doesn't know (`HttpResponseExceptionFilter`).
     */
    InternalServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["WorkloadErrorBody"];
      };
    };
    /**
     * @description Any other error status. The vendor's only documented error response is "Other Status
     *     Codes: ErrorResponse. For error conditions the workload should return an appropriate
     *     HTTP error status code (4xx, 5xx) with detailed error information in the response
     *     body." The workload chooses the status; the body is a `WorkloadErrorBody`.
     */
    OtherError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["WorkloadErrorBody"];
      };
    };
  };
  parameters: {
    /** @description The workspace ID. */
    workspaceId: string;
    /**
     * @description The item type: the workload's item type name, qualified by the workload name
     *     (e.g. `Contoso.FinanceAnalytics.Forecast`).
     */
    itemType: string;
    /** @description The item ID. */
    itemId: string;
    /** @description The job type, as declared for the item type in the workload manifest. */
    jobType: string;
    /** @description The job instance ID (assigned by Fabric when it created the job instance). */
    jobInstanceId: string;
    /**
     * @description A unique ID for correlating the request with the workload's own systems when a user
     *     interacts with the workload. Input field `activityId`.
     */
    ActivityId: string;
    /**
     * @description A globally unique ID that lets Fabric correlate the request with its logs; quote it when
     *     reporting an issue. Generate a new one per request (e.g. a UUID). Input field
     *     `requestId`.
     */
    RequestId: string;
    /**
     * @description The tenant ID of the client making the request (the Entra ID tenant of the caller).
     *     Input field `tenantId`. One WDK docs sample spells the header `ms-client-tenant-id`. The
     *     Swagger, the API reference pages and the sample backend (`HttpHeaders.XmsClientTenantId`)
     *     use `x-ms-client-tenant-id`, which this file follows. The Swagger types it as a plain
     *     string, as does this file; the reference workload parses it as a GUID and answers 401
     *     `AuthError` ("Missing or invalid x-ms-client-tenant-id header") when it is missing or is
     *     not one (`AuthenticationService.AuthenticateControlPlaneCall`).
     */
    ClientTenantId: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  cancelItemJobInstance: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique ID for correlating the request with the workload's own systems when a user
         *     interacts with the workload. Input field `activityId`.
         */
        ActivityId: components["parameters"]["ActivityId"];
        /**
         * @description A globally unique ID that lets Fabric correlate the request with its logs; quote it when
         *     reporting an issue. Generate a new one per request (e.g. a UUID). Input field
         *     `requestId`.
         */
        RequestId: components["parameters"]["RequestId"];
        /**
         * @description The tenant ID of the client making the request (the Entra ID tenant of the caller).
         *     Input field `tenantId`. One WDK docs sample spells the header `ms-client-tenant-id`. The
         *     Swagger, the API reference pages and the sample backend (`HttpHeaders.XmsClientTenantId`)
         *     use `x-ms-client-tenant-id`, which this file follows. The Swagger types it as a plain
         *     string, as does this file; the reference workload parses it as a GUID and answers 401
         *     `AuthError` ("Missing or invalid x-ms-client-tenant-id header") when it is missing or is
         *     not one (`AuthenticationService.AuthenticateControlPlaneCall`).
         */
        "x-ms-client-tenant-id": components["parameters"]["ClientTenantId"];
      };
      path: {
        /** @description The workspace ID. */
        workspaceId: components["parameters"]["workspaceId"];
        /**
         * @description The item type: the workload's item type name, qualified by the workload name
         *     (e.g. `Contoso.FinanceAnalytics.Forecast`).
         */
        itemType: components["parameters"]["itemType"];
        /** @description The item ID. */
        itemId: components["parameters"]["itemId"];
        /** @description The job type, as declared for the item type in the workload manifest. */
        jobType: components["parameters"]["jobType"];
        /** @description The job instance ID (assigned by Fabric when it created the job instance). */
        jobInstanceId: components["parameters"]["jobInstanceId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Completed successfully. The body is the job instance state after the cancel request. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ItemJobInstanceState"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      default: components["responses"]["OtherError"];
    };
  };
  getItemJobInstanceState: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description A unique ID for correlating the request with the workload's own systems when a user
         *     interacts with the workload. Input field `activityId`.
         */
        ActivityId: components["parameters"]["ActivityId"];
        /**
         * @description A globally unique ID that lets Fabric correlate the request with its logs; quote it when
         *     reporting an issue. Generate a new one per request (e.g. a UUID). Input field
         *     `requestId`.
         */
        RequestId: components["parameters"]["RequestId"];
        /**
         * @description The tenant ID of the client making the request (the Entra ID tenant of the caller).
         *     Input field `tenantId`. One WDK docs sample spells the header `ms-client-tenant-id`. The
         *     Swagger, the API reference pages and the sample backend (`HttpHeaders.XmsClientTenantId`)
         *     use `x-ms-client-tenant-id`, which this file follows. The Swagger types it as a plain
         *     string, as does this file; the reference workload parses it as a GUID and answers 401
         *     `AuthError` ("Missing or invalid x-ms-client-tenant-id header") when it is missing or is
         *     not one (`AuthenticationService.AuthenticateControlPlaneCall`).
         */
        "x-ms-client-tenant-id": components["parameters"]["ClientTenantId"];
      };
      path: {
        /** @description The workspace ID. */
        workspaceId: components["parameters"]["workspaceId"];
        /**
         * @description The item type: the workload's item type name, qualified by the workload name
         *     (e.g. `Contoso.FinanceAnalytics.Forecast`).
         */
        itemType: components["parameters"]["itemType"];
        /** @description The item ID. */
        itemId: components["parameters"]["itemId"];
        /** @description The job type, as declared for the item type in the workload manifest. */
        jobType: components["parameters"]["jobType"];
        /** @description The job instance ID (assigned by Fabric when it created the job instance). */
        jobInstanceId: components["parameters"]["jobInstanceId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Completed successfully. Returned for every job state, including `Failed`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ItemJobInstanceState"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      default: components["responses"]["OtherError"];
    };
  };
}
