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
     *     Finished jobs: the Workload API doesn't say what a workload answers when asked to cancel
     *     a job that has already finished; the workload decides. It may answer 200 with
     *     the final state (e.g. `Completed`), or an error such as **409** with a code like
     *     `JobAlreadyCompleted`, which is the code the public Fabric REST API uses in that case.
     *     Error statuses in general are chosen by the workload (the vendor documents only "Other
     *     Status Codes: ErrorResponse"); the ones listed below are the usual ones, and `default`
     *     covers the rest.
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
     * @description The error response: the body of every error status. It has the same fields as
     *     `ErrorDetails` (errorCode, message and source required; messageParameters, isPermanent,
     *     moreDetails optional). The Swagger defines it as `allOf ErrorDetails` with nothing added.
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
  };
  responses: {
    /**
     * @description Bad request: the workload rejected the request (e.g. an unknown job type for the item
     *     type). The status and code are workload-defined.
     */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /**
     * @description The SubjectAndApp `Authorization` header is missing or its tokens didn't validate
     *     (workload-defined; the Microsoft sample answers 401 `AuthError`, source `External`).
     */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /**
     * @description The caller isn't allowed to act on the item or job (workload-defined; the Microsoft
     *     sample answers 403 `AccessDenied`, source `User`).
     */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /**
     * @description The workload doesn't know the item or the job instance (workload-defined; the
     *     Microsoft sample answers 404 `ItemMetadataNotFound` for an unknown item).
     */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /**
     * @description The request conflicts with the job's state. The Workload API doesn't document this
     *     status: a workload may use it, for example, when asked to cancel a job that has
     *     already finished. The public Fabric REST API uses error code `JobAlreadyCompleted` for
     *     that case, and the example follows it. Another workload may answer 200 with the final
     *     state instead.
     */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /**
     * @description The workload is throttling requests (workload-defined; the Microsoft sample answers 429
     *     `TooManyRequests`, `isPermanent: false`). The Workload API doesn't document a
     *     `Retry-After` header, but a workload may send one.
     */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /**
     * @description The workload failed to process the request (workload-defined; the Microsoft sample
     *     answers 500 `InternalError`, source `System`, `isPermanent: false`).
     */
    InternalServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /**
     * @description Any other error status. The vendor's only documented error response is "Other Status
     *     Codes: ErrorResponse. For error conditions the workload should return an appropriate
     *     HTTP error status code (4xx, 5xx) with detailed error information in the response
     *     body." The workload chooses the status; the body is always an `ErrorResponse`.
     */
    OtherError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
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
     *     use `x-ms-client-tenant-id`, which this file follows.
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
         *     use `x-ms-client-tenant-id`, which this file follows.
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
         *     use `x-ms-client-tenant-id`, which this file follows.
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
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      default: components["responses"]["OtherError"];
    };
  };
}
