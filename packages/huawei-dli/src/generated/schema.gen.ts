// generated from specs/huawei-dli.yaml by tools/generator, regenerate with `pnpm generate`
export interface paths {
  "/v1.0/{project_id}/jobs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Query all jobs ("Querying All Jobs")
     * @description Queries the jobs of the project, one page at a time. Vendor page: dli_02_0025 "Querying
     *     All Jobs" (and the T-Systems OTC copy, opentelekomcloud-docs/data-lake-insight
     *     `api-ref/source/sql_job-related_apis/querying_all_jobs.rst`); SDK operation
     *     `ListSqlJobs` (Go `GenReqDefForListSqlJobs`: `GET /v1.0/{project_id}/jobs`, every query
     *     parameter; `model/model_list_sql_jobs_request.go`, `…_response.go`, `model_sql_job.go`).
     *     Status codes: 200 (the query is successful), 400 (request error), 500 (internal server
     *     error).
     *
     *     **Pages** are numbered: `current-page` (from 1) and `page-size` (1 to 100, default 50);
     *     `job_count` is the number of jobs that match, over all pages, so the last page is
     *     `ceil(job_count / page-size)`. The pages give `current-page` the range 1 to 100; the Go
     *     SDK says only "an integer greater than 1" (sic: its default is 1). The range of the
     *     pages is kept.
     *
     *     **Order:** `order`, by default `start_time_desc` (newest submission first).
     *
     *     **Filters:** `job-status` (one status), `start` / `end` (jobs whose start time, epoch
     *     milliseconds, is later / earlier than the value), `job-type` (one type, or `ALL`) and
     *     `job_types` (several; "if both are set, the intersection"), `job-id`, `queue_name`,
     *     `owner`, `sql_pattern` (a fragment of the statement, case-insensitive), `engine-type`,
     *     `tags` (`key=value`, comma-separated), and from the Go SDK also `db_name` and
     *     `table_name`.
     *
     *     The items carry the same `status` values as `showSqlJobStatus` (`JobStatus`); the Go SDK's
     *     `SqlJobStatus` enum lacks `SCALING`, as its status enum does. The `job-status` filter
     *     takes more values in the Go SDK than in the pages (`COMPUTED`, `SUSPENDED`, `ACTIVE`,
     *     `DELETED`, `CREATING`, for other job kinds); all are accepted. `job-id` has the same
     *     deviation as the `job_id` path parameter: UUIDs with hyphens are accepted.
     */
    get: operations["listSqlJobs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
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
     * @description Response of "Querying All Jobs". The pages mark all four members mandatory; the Go SDK
     *     makes them optional. This spec requires `job_count` and `jobs`, the two a lister reads.
     */
    ListSqlJobsResponse: {
      /** @description Whether the request was executed successfully. */
      is_success?: boolean;
      /** @description System prompt. May be empty when execution succeeds. */
      message?: string;
      /**
       * Format: int32
       * @description The number of jobs that match the query, over all pages.
       */
      job_count: number;
      /** @description The jobs of this page. */
      jobs: components["schemas"]["SqlJob"][];
    };
    /**
     * @description A job as "Querying All Jobs" lists it (Go SDK `SqlJob`; table 4 of dli_02_0025). The pages
     *     mark `job_id`, `job_type`, `queue_name`, `owner`, `start_time`, `duration`, `status`,
     *     `input_size`, `result_count`, `detail` and `statement` mandatory; the Go SDK requires all
     *     of them but `duration`. This spec requires `job_id`, `status` and `start_time`, the
     *     members a lister relies on, as `showSqlJobStatus` requires its `job_id` and `status`.
     */
    SqlJob: {
      /** @description Job ID. */
      job_id: string;
      job_type?: components["schemas"]["JobType"];
      /** @description Queue the job was submitted to. */
      queue_name?: string;
      /** @description User who submitted the job. */
      owner?: string;
      /**
       * Format: int64
       * @description Time the job started (was submitted), in milliseconds since the epoch.
       */
      start_time: number;
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
       * Format: int64
       * @description Total number of records returned by the job, or inserted by an Insert job (an int64
       *     in the Go SDK's `SqlJob`, Integer on the page).
       */
      result_count?: number;
      /** @description Database of the target table (import and export jobs). */
      database_name?: string;
      /** @description Target table (import and export jobs). */
      table_name?: string;
      /** @description Import jobs only, whether the imported data carries column names. */
      with_column_header?: boolean;
      /** @description JSON string describing the columns the SQL statement queried. */
      detail?: string;
      /** @description Engine type of the queue (`spark`, or `hetuEngine` in the Go SDK). */
      engine_type?: string;
      /** @description SQL statement of the job. */
      statement?: string;
      /** @description Job tags. */
      tags?: components["schemas"]["JobTag"][];
      /** @description System prompt. */
      message?: string;
      /**
       * Format: int64
       * @description Time the job ended, in milliseconds since the epoch.
       */
      end_time?: number;
      /** @description Accumulated CPU use of the job (a string in the Go SDK). */
      cpu_cost?: string;
      /** @description Bytes the job wrote (a string in the Go SDK). */
      output_byte?: string;
      /** @description OBS path of the job results. */
      result_path?: string;
      /** @description Storage format of the job results; currently only CSV. */
      result_format?: string;
      /** @description OBS path of the job's execution plan. */
      execution_details_path?: string;
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
  listSqlJobs: {
    parameters: {
      query?: {
        /** @description Maximum number of jobs on each page (1 to 100; default 50). */
        "page-size"?: number;
        /** @description The page to return, from 1 (the default). The pages give the range 1 to 100. */
        "current-page"?: number;
        /**
         * @description Queries jobs whose start time is later than this value: a UNIX timestamp in
         *     milliseconds (at least 1 in the Go SDK).
         */
        start?: number;
        /**
         * @description Queries jobs whose start time is earlier than this value: a UNIX timestamp in
         *     milliseconds (at least 0 in the Go SDK).
         */
        end?: number;
        /**
         * @description Type of the jobs to query, or `ALL` for every type. With `job_types` too, the
         *     intersection of the two.
         */
        "job-type"?:
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
          | "ALL";
        /**
         * @description Types of the jobs to query (several; repeated query parameters). With `job-type` too,
         *     the intersection of the two.
         */
        job_types?: (
          "DDL" | "DCL" | "IMPORT" | "EXPORT" | "QUERY" | "INSERT" | "UPDATE" | "DELETE"
        )[];
        /**
         * @description Status of the jobs to query: one of the `JobStatus` values (`LAUNCHING`, `RUNNING`,
         *     `SCALING`, `FINISHED`, `FAILED`, `CANCELLED`), or one of the other values of the Go
         *     SDK's enum (`COMPUTED`, `SUSPENDED`, `ACTIVE`, `DELETED`, `CREATING`: statuses of
         *     other job kinds; at most 16 characters there).
         */
        "job-status"?:
          | "LAUNCHING"
          | "RUNNING"
          | "SCALING"
          | "FINISHED"
          | "FAILED"
          | "CANCELLED"
          | "COMPUTED"
          | "SUSPENDED"
          | "ACTIVE"
          | "DELETED"
          | "CREATING";
        /**
         * @description ID of the job to query. The pages say "up to 64 characters, only letters and digits";
         *     job ids are UUIDs with hyphens (see the `job_id` path parameter), which are accepted.
         */
        "job-id"?: string;
        /**
         * @description Only jobs of this queue: 1 to 128 letters, digits and underscores, not starting with
         *     an underscore and not only digits (Go SDK).
         */
        queue_name?: string;
        /** @description A fragment of the SQL statement to filter on, case-insensitive (at most 1024 characters). */
        sql_pattern?: string;
        /**
         * @description Sort order: `start_time_desc` (submission time, newest first; the default),
         *     `start_time_asc`, `duration_desc` or `duration_asc` (running time).
         */
        order?: "start_time_desc" | "start_time_asc" | "duration_desc" | "duration_asc";
        /** @description Engine type: `spark` (the pages name only this one) or `hetuEngine` (Go SDK). */
        "engine-type"?: "spark" | "hetuEngine";
        /** @description Only jobs submitted by this user. */
        owner?: string;
        /**
         * @description Job tags to filter on, `key=value`, several separated by commas (`k1=v1,k2=v2`; the
         *     client encodes `=` and `,`). The pages: "only fuzzy query across all tags is
         *     supported".
         */
        tags?: string;
        /** @description Database name (Go SDK only; at most 16 characters). */
        db_name?: string;
        /** @description Table name (Go SDK only; import and export jobs have one). */
        table_name?: string;
      };
      header?: never;
      path: {
        /**
         * @description Project ID, used for resource isolation (see "Obtaining a Project ID", dli_02_0183).
         *     Value range per the vendor docs: up to 64 characters, letters and digits only.
         */
        project_id: components["parameters"]["ProjectId"];
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
          "application/json": components["schemas"]["ListSqlJobsResponse"];
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
