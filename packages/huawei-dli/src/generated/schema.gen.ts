// generated from specs/huawei-dli.yaml by tools/generator, regenerate with `pnpm generate`
export interface paths {
  "/v1.0/{project_id}/jobs/{job_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Cancel a submitted SQL job ("Canceling a Job (Recommended)")
     * @description Cancels a submitted job. Vendor page: dli_02_0104 (seed `003_8d93ef8cbf9edce4.txt`); SDK
     *     operation `CancelSqlJob` (Go `GenReqDefForCancelSqlJob`: `DELETE
     *     /v1.0/{project_id}/jobs/{job_id}`, path parameter `job_id`). IAM action
     *     `dli:queue:cancelJob` (write, resource type queue). No request body.
     *
     *     On success (200) the body is `{"is_success": true, "message": ""}`; both members are
     *     optional and `message` may be empty. Cancellation is asynchronous: poll
     *     `showSqlJobStatus` until `status` is `CANCELLED` (or `FINISHED` / `FAILED` if the job
     *     ended first).
     *
     *     "If execution of a job completes or fails, this job cannot be canceled." The vendor
     *     documents only that this is a request error (status 400) carrying a DLI error code from
     *     the error-code table (dli_02_0056); it names neither the code nor the message. So every
     *     400 answer is ambiguous (`x-cancel-cancel`): `cancelSqlJobConfirmed` reads the job's
     *     status once, and a job that is `FINISHED`, `FAILED` or `CANCELLED` is `already-terminal`
     *     (with that final status); otherwise the 400 is thrown unchanged.
     *
     *     The vendor page lists status codes 200, 400 and 500; 401, 403, 404 and 429 come from the
     *     DLI and API Gateway error tables.
     *
     *     Deprecated predecessor (not described as an operation here):
     *     `DELETE /v1.0/{project_id}/queues/{queue_name}/jobs/{job_id}` ("Canceling a Job
     *     (Discarded)"), which also needed the queue name.
     */
    delete: operations["cancelSqlJob"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1.0/{project_id}/jobs/{job_id}/status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Query the status of a submitted job ("Querying Job Status")
     * @description Queries the status of a submitted job. Vendor page: dli_02_0021; SDK operation
     *     `ShowSqlJobStatus` (Go `GenReqDefForShowSqlJobStatus`: `GET
     *     /v1.0/{project_id}/jobs/{job_id}/status`, path parameter `job_id`). IAM action
     *     `dli:jobs:get` (read). Status codes: 200 (the query is successful), 400 (request error),
     *     500 (internal server error).
     *
     *     `status` is one of `RUNNING`, `SCALING`, `LAUNCHING`, `FINISHED`, `FAILED`, `CANCELLED`
     *     (terminal: `FINISHED`, `FAILED`, `CANCELLED`); unknown values are accepted. This is the
     *     read that settles a refused `cancelSqlJob`.
     *
     *     Members: the pages mark `is_success`, `message`, `job_id`, `job_type`, `job_mode`,
     *     `queue_name`, `owner`, `start_time`, `status`, `input_size` and `result_count` as
     *     mandatory on some copies and drop the column on others; the Go and Node SDKs make every
     *     member optional. Deviation kept on purpose: this spec requires `job_id` and `status`,
     *     the two members a cancelling client relies on (a body without `status` still reads as
     *     an unknown, not terminal, state). `user_conf`, `result_path`, `result_format` and
     *     `execution_details_path` come from the newer copies of the page and the Go SDK model.
     */
    get: operations["showSqlJobStatus"];
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
    /** @description Response of "Canceling a Job (Recommended)". Both members are optional. */
    CancelSqlJobResponse: {
      /** @description Whether the request was executed successfully (`true` on success). */
      is_success?: boolean;
      /** @description System prompt. May be empty when execution succeeds. */
      message?: string;
    };
    /** @description Response of "Querying Job Status". */
    ShowSqlJobStatusResponse: {
      /** @description Whether the request was executed successfully. */
      is_success?: boolean;
      /** @description System prompt. Empty when execution succeeds. */
      message?: string;
      /** @description Job ID. */
      job_id: string;
      job_type?: components["schemas"]["JobType"];
      job_mode?: components["schemas"]["JobMode"];
      /** @description Name of the queue the job was submitted to. */
      queue_name?: string;
      /** @description User who submitted the job. */
      owner?: string;
      /**
       * Format: int64
       * @description Time the job started, in milliseconds since the epoch.
       */
      start_time?: number;
      /**
       * Format: int64
       * @description Job running duration, in milliseconds.
       */
      duration?: number;
      status: components["schemas"]["JobStatus"];
      /**
       * Format: int64
       * @description Number of records scanned during an Insert job.
       */
      input_row_count?: number;
      /**
       * Format: int64
       * @description Number of erroneous records scanned during an Insert job.
       */
      bad_row_count?: number;
      /**
       * Format: int64
       * @description Size of the files scanned during job execution, in bytes.
       */
      input_size?: number;
      /**
       * Format: int32
       * @description Total number of records returned by the job, or inserted by an Insert job.
       */
      result_count?: number;
      /**
       * @description Database of the target table; valid only for IMPORT, EXPORT and QUERY jobs (the Go
       *     SDK model says IMPORT and EXPORT only).
       */
      database_name?: string;
      /** @description Target table; valid only for IMPORT, EXPORT and QUERY jobs. */
      table_name?: string;
      /** @description JSON string describing the related columns. */
      detail?: string;
      /** @description SQL statement of the job. */
      statement?: string;
      /** @description Spark parameters configured when the SQL job was submitted (key-value pairs). */
      user_conf?: string;
      /** @description OBS path of the job results. */
      result_path?: string;
      /**
       * @description Storage format of the job results; currently only `csv` (lower case in the Go SDK
       *     model and the Chinese page).
       * @example csv
       */
      result_format?: string;
      /**
       * @description OBS path of the job's query execution plan (newer copies of the page, and the Go SDK
       *     model).
       */
      execution_details_path?: string;
      /** @description Job tags. */
      tags?: components["schemas"]["JobTag"][];
    };
    /**
     * @description Job status (open enum). Known values (dli_02_0021):
     *     - `RUNNING`: the job is running.
     *     - `SCALING`: the job is modifying specifications (absent from the Go SDK's
     *       `ShowSqlJobStatusResponseStatus` enum and the Node SDK's, which have the other five).
     *     - `LAUNCHING`: the job is being submitted.
     *     - `FINISHED`: the job has completed.
     *     - `FAILED`: the job has failed.
     *     - `CANCELLED`: the job has been cancelled (double L).
     *
     *     Terminal: `FINISHED`, `FAILED`, `CANCELLED`. The vendor may add values, so any other
     *     string is accepted, and read as "not known to be terminal".
     * @example RUNNING
     * @example CANCELLED
     * @example FINISHED
     */
    JobStatus:
      "LAUNCHING" | "RUNNING" | "SCALING" | "FINISHED" | "FAILED" | "CANCELLED" | (string & {});
    /**
     * @description Job type (open enum). Known values (dli_02_0021, and the Go SDK's
     *     `ShowSqlJobStatusResponseJobType` enum): `DDL` (create, alter or drop metadata), `DCL`
     *     (grant or revoke permissions), `IMPORT`, `EXPORT`, `QUERY`, `INSERT`, `DATA_MIGRATION`,
     *     `UPDATE`, `DELETE`, `RESTART_QUEUE`, `SCALE_QUEUE`. Any other string is accepted.
     * @example QUERY
     * @example INSERT
     */
    JobType:
      | "DDL"
      | "DCL"
      | "IMPORT"
      | "EXPORT"
      | "QUERY"
      | "INSERT"
      | "DATA_MIGRATION"
      | "UPDATE"
      | "DELETE"
      | "RESTART_QUEUE"
      | "SCALE_QUEUE"
      | (string & {});
    /**
     * @description Job execution mode (open enum): `async` (asynchronous) or `sync` (synchronous), per
     *     dli_02_0021. The Go SDK types it as a plain string with these two values (its Chinese
     *     labels for them are swapped). Any other string is accepted.
     * @example async
     * @example sync
     */
    JobMode: "async" | "sync" | (string & {});
    /** @description A job tag (Go SDK `model_tag.go`). */
    JobTag: {
      /** @description Tag key, 1 to 128 characters. */
      key: string;
      /** @description Tag value, 1 to 255 characters. */
      value: string;
    };
    /**
     * @description Huawei Cloud error envelope: `{"error_code": "DLI.xxxx", "error_msg": "..."}`
     *     (dli_02_0056). Errors raised by the API gateway in front of the service use codes that
     *     start with `APIGW.` and usually carry a `request_id`. Some Huawei APIs send `message`
     *     instead of `error_msg`, and some nest the error as `{"error": {"code", "message"}}`;
     *     all these forms are accepted, and other members are allowed.
     */
    HuaweiError: {
      /** @description Error code. */
      error_code?: string;
      /** @description Error message. */
      error_msg?: string;
      /** @description Error message, in APIs that use `message` instead of `error_msg`. */
      message?: string;
      /** @description Request id (API gateway errors). */
      request_id?: string;
      /** @description Nested error form used by some Huawei services. */
      error?: {
        code?: string;
        message?: string;
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
  };
  responses: {
    /**
     * @description Request error. DLI error codes returned with status 400 (dli_02_0056): DLI.0001 parameter
     *     check error, DLI.0002 object does not exist, DLI.0003 SQL permission verification
     *     failed, DLI.0004 SQL syntax error, DLI.0005 SQL semantics error, DLI.0006 object exists,
     *     DLI.0007 operation not supported, DLI.0008 metadata error, DLI.0009 system restriction,
     *     DLI.0011 file permission check failed, DLI.0012 resource object unavailable, DLI.0015
     *     token parsing error, DLI.0016 identity/role incorrect, DLI.0018 data conversion error,
     *     DLI.0019 task timeout, DLI.0100 result expired, DLI.0999 server-side error (sic, 400),
     *     DLI.1028 quota insufficient. A job id that does not exist may answer 400 DLI.0002 or
     *     404 DLI.0023. Cancelling a job that has already completed or failed is also a 400; the
     *     vendor documents neither its code nor its message (so `cancelSqlJob` settles every 400
     *     with a status read).
     */
    BadRequest: {
      headers: {
        "X-Request-Id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["HuaweiError"];
      };
    };
    /**
     * @description Authentication failed: DLI.0013 (user authentication error) or DLI.0014 (service
     *     authentication error), or API gateway `APIGW.0301` (wrong AK/SK signature, unknown AK,
     *     expired or invalid token).
     */
    Unauthorized: {
      headers: {
        "X-Request-Id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["HuaweiError"];
      };
    };
    /**
     * @description The caller is authenticated but not allowed to call the API (API gateway `APIGW.0302`
     *     per the API Gateway error table) or lacks the IAM permission (e.g.
     *     `dli:queue:cancelJob`).
     */
    Forbidden: {
      headers: {
        "X-Request-Id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["HuaweiError"];
      };
    };
    /**
     * @description Not found: DLI.0023 (no related resources were found) or API gateway `APIGW.0101`
     *     (wrong host, method or path).
     */
    NotFound: {
      headers: {
        "X-Request-Id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["HuaweiError"];
      };
    };
    /** @description Request throttled by the API gateway (`APIGW.0308`). No Retry-After is documented. */
    TooManyRequests: {
      headers: {
        "X-Request-Id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["HuaweiError"];
      };
    };
    /**
     * @description Internal service error. The DLI error table assigns no code to status 500 (its
     *     server-side error DLI.0999 is a 400); API gateway backend errors such as `APIGW.0103`
     *     also use 500.
     */
    InternalServerError: {
      headers: {
        "X-Request-Id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["HuaweiError"];
      };
    };
  };
  parameters: {
    /**
     * @description Project ID, used for resource isolation (see "Obtaining a Project ID", dli_02_0183).
     *     Value range per the vendor docs: up to 64 characters, letters and digits only.
     */
    ProjectId: string;
    /**
     * @description Job ID, as returned by "Submitting a SQL Job (Recommended)". Deviation: the vendor docs
     *     state "up to 64 characters, only letters and digits", but job ids are UUIDs with
     *     hyphens — the docs' own example is `6d2146a0-c2d5-41bd-8ca0-ca9694ada992`. This spec
     *     therefore accepts 1 to 64 letters, digits and hyphens.
     */
    JobId: string;
  };
  requestBodies: never;
  headers: {
    /**
     * @description Request id assigned by Huawei Cloud; quote it when contacting support.
     * @example 5b9e3a0e6f4c4a1d9b0a8c2f7e1d3b4a
     */
    XRequestId: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  cancelSqlJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project ID, used for resource isolation (see "Obtaining a Project ID", dli_02_0183).
         *     Value range per the vendor docs: up to 64 characters, letters and digits only.
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description Job ID, as returned by "Submitting a SQL Job (Recommended)". Deviation: the vendor docs
         *     state "up to 64 characters, only letters and digits", but job ids are UUIDs with
         *     hyphens — the docs' own example is `6d2146a0-c2d5-41bd-8ca0-ca9694ada992`. This spec
         *     therefore accepts 1 to 64 letters, digits and hyphens.
         */
        job_id: components["parameters"]["JobId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Canceled. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CancelSqlJobResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
    };
  };
  showSqlJobStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project ID, used for resource isolation (see "Obtaining a Project ID", dli_02_0183).
         *     Value range per the vendor docs: up to 64 characters, letters and digits only.
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description Job ID, as returned by "Submitting a SQL Job (Recommended)". Deviation: the vendor docs
         *     state "up to 64 characters, only letters and digits", but job ids are UUIDs with
         *     hyphens — the docs' own example is `6d2146a0-c2d5-41bd-8ca0-ca9694ada992`. This spec
         *     therefore accepts 1 to 64 letters, digits and hyphens.
         */
        job_id: components["parameters"]["JobId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The query is successful. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ShowSqlJobStatusResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
    };
  };
}
