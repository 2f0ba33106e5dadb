// generated from specs/huawei-mrs.yaml by tools/generator, regenerate with `pnpm generate`
export interface paths {
  "/v2/{project_id}/clusters/{cluster_id}/job-executions/{job_execution_id}/kill": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Terminate a job (V2, "Terminating a Job")
     * @description Terminates a specified job in an MRS cluster. Vendor page: mrs_02_0088; SDK operation
     *     `StopJob` (Go `GenReqDefForStopJob`, Node `stopJob(StopJobRequest{jobExecutionId,
     *     clusterId})`).
     *
     *     No request body (the SDK sends `Content-Type: application/json` with an empty body) and
     *     no response body.
     *
     *     Differences to the legacy V1.1 `cancelJobExecution`:
     *     - method `POST` on `.../kill` instead of a `GET` on `.../cancel`;
     *     - the **cluster id** is part of the path and therefore required;
     *     - nothing is returned on success (V1.1 returns the `job_execution` object);
     *     - it works on MRS 3.x clusters, which reject the V1.1 job APIs.
     *
     *     Termination is asynchronous: a success status means the request was accepted. Poll
     *     `showSingleJobExe` until `job_state` is `KILLED`, `FAILED` or `FINISHED`.
     *
     *     Success status: the current Huawei page lists no success code and refers to the generic
     *     status table; vendor-facts and the SDKs treat success as **200**; the eu-west-0 and
     *     T-Systems OTC copies of this page document **202** ("The job termination request has been
     *     accepted. Please wait."). Both are declared here.
     *
     *     Failure: the page's example is `{"error_msg": "Failed to terminate the job.",
     *     "error_code": "0175"}` under "Status code: 400" (the vendor's JSON example is missing the
     *     comma between the two members; it is reproduced here as valid JSON). The MRS error-code
     *     table (mrs_02_0014) lists 0160 "Failed to kill the job." and 0175 "Failed to kill the
     *     job." with status 500; both statuses are therefore declared, each with a 0175 example.
     *
     *     `0175` means that the kill failed. It does not say that the job had already ended (a
     *     finished job cannot be killed, but a kill can also fail while the job runs on), so it is
     *     not taken as "already finished": one `showSingleJobExe` read settles it (`x-cancel-cancel`
     *     `ambiguous`). It is sent once, never retried, as a 400 or a 500.
     */
    post: operations["stopJob"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/clusters/{cluster_id}/job-executions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Query a list of jobs (V2)
     * @description Queries the jobs of an MRS cluster, one page at a time. Vendor page: mrs_02_0087
     *     "Querying a List of Jobs" (T-Systems OTC copy: opentelekomcloud-docs/mapreduce-service
     *     `api-ref/source/apis/job_object_apis_v2/querying_a_list_of_jobs.rst`); SDK operation
     *     `ShowJobExeListNew` (Go `GenReqDefForShowJobExeListNew`: `GET
     *     /v2/{project_id}/clusters/{cluster_id}/job-executions`, every query parameter;
     *     `model/model_show_job_exe_list_new_request.go`, `…_response.go`; the items are the
     *     `JobQueryBean`s of `showSingleJobExe`).
     *
     *     The success status is **202**, as for `showSingleJobExe`: the page's note says so ("due
     *     to compatibility problems in earlier versions, the status code for a successful call of
     *     this API is 202"), and Huawei's Terraform provider
     *     (huaweicloud/terraform-provider-huaweicloud
     *     `huaweicloud/services/mrs/data_source_huaweicloud_mapreduce_cluster_jobs.go`) accepts
     *     only 202 from it.
     *
     *     **Pages.** `limit` is the page size (default 10; no maximum is documented). `offset` is,
     *     despite its name, the **page number, from 1**: the pages give it the default 1; Huawei's
     *     Terraform provider says "The offset indicates the page number, starts from 1" and asks
     *     for `offset=1, 2, …` with `limit=100` until a page has fewer than 100 jobs. The Go SDK's
     *     comment ("the offset from which the list starts", default 0 since its 2022 releases,
     *     default 1 before) says nothing about the unit. `total_record` is the number of jobs that
     *     match, over all pages. The SDKs type `limit` and `offset` as strings; the pages as
     *     integers, as here.
     *
     *     **Order:** `sort_by` `desc` (the default) or `asc`; the pages do not name the sort key.
     *
     *     **Filters:** `job_state`, `job_result`, `job_type`, `job_name`, `job_id`, `user`,
     *     `queue`, and `submitted_time_begin` / `submitted_time_end` (jobs submitted after / before
     *     a UTC timestamp in milliseconds).
     *
     *     Failure example of the page: `{"error_msg": "Failed to query the job list.",
     *     "error_code": "0166"}` (no status given there; the error-code table lists 0166 "Failed to
     *     query a job list." with status 500). Like `0162`, it is not retried (`x-cancel-retry`
     *     `final`).
     */
    get: operations["showJobExeListNew"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/clusters/{cluster_id}/job-executions/{job_execution_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Query information about a job (V2)
     * @description Queries the details of a specified job in an MRS cluster. Vendor page: mrs_02_0086; SDK
     *     operation `ShowSingleJobExe`.
     *
     *     The success status is **202**, not 200. The vendor says so explicitly: "Generally, if
     *     status code 200 is returned, an API is successfully called. However, due to compatibility
     *     problems in earlier versions, the status code for a successful call of this API is 202."
     *
     *     A cancellation requested with `stopJob` has completed when `job_detail.job_state` is one
     *     of `KILLED`, `FAILED` or `FINISHED` (`job_result` is then `KILLED`, `FAILED` or
     *     `SUCCEEDED`; `UNDEFINED` means the job is still running).
     *
     *     Failure example from the vendor page: status 500, `{"error_msg": "Failed to query the
     *     job.", "error_code": "0162"}` (some copies of the page show the message in Chinese,
     *     "查询作业失败"). The error table lists 0162 with status 500; vendor-facts also lists it
     *     with 400.
     */
    get: operations["showSingleJobExe"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1.1/{project_id}/job-executions/{job_execution_id}/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cancel a job execution (legacy V1.1, Sahara-compatible)
     * @deprecated
     * @description Cancels a job execution object that is being executed. Vendor page: mrs_02_0052 (seed
     *     `002_f2cde10439faa2c4.txt`), section "Job Execution Object APIs (V1, Not Recommended)".
     *     This API is compatible with OpenStack Sahara.
     *
     *     **MRS 3.x clusters do not accept the V1.1 job APIs — use `stopJob` instead.** This
     *     operation is marked `deprecated` because the vendor classifies it as "Not Recommended"
     *     and lists V1.1 job APIs among those discarded during MRS version evolution; it remains
     *     fully described for MRS 1.x/2.x clusters. It is not present in the vendor's V1 or V2 SDKs.
     *
     *     Note that this is a `GET` request with side effects: it must not be retried blindly.
     *
     *     No request body. On success (200) the response carries the job execution object. The
     *     vendor table types `end_time` as "Bool" although it is the job end time and the vendor
     *     example shows `null`; this spec models it as a nullable string. Every field the vendor
     *     example shows as `null` is nullable here; `engine_job_id` and `data_source_urls` appear
     *     only in the example (Sahara fields) and are included. Timestamps have the form
     *     `2017-05-25T07:28:12` (no time-zone designator, so no `date-time` format is declared).
     *
     *     The answer's `job_execution.info.status` is the job execution's state after the cancel
     *     (`KILLED`: cancelled; `TOBEKILLED`: the kill is under way; a state Sahara calls terminated:
     *     the job had already ended); `info` is `null` in the vendor example, which says nothing.
     *     `showJobExecution` reads the same job execution afterwards.
     *
     *     Errors: the page only refers to the generic status-code table (mrs_02_0015) and the
     *     error-code table (mrs_02_0014); the common MRS error responses are declared. A `0175`
     *     ("Failed to kill the job.") is settled by one `showJobExecution` read, as for `stopJob`.
     */
    get: operations["cancelJobExecution"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1.1/{project_id}/job-executions/{job_execution_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Query a job execution object (legacy V1.1, Sahara-compatible)
     * @deprecated
     * @description Queries the details of one job execution object. Vendor page: mrs_02_0051 "Querying Job
     *     Execution Object Details" (T-Systems OTC copy: opentelekomcloud-docs/mapreduce-service
     *     `api-ref/source/apis/job_execution_object_apis_v1_not_recommended/querying_job_execution_object_details.rst`),
     *     section "Job Execution Object APIs (V1, Not Recommended)". This API is compatible with
     *     OpenStack Sahara. Like every V1.1 job API it is not accepted by MRS 3.x clusters, hence
     *     `deprecated`.
     *
     *     It reads the job execution that `cancelJobExecution` cancels: the same `project_id` and
     *     `job_execution_id`, and no cluster id. The name is ours: the vendor's Go SDK
     *     (`services/mrs/v1`) has no GET of this path, only `DeleteJobExecution` on it; the name
     *     follows its `Show…` reads and `…JobExecution` resource.
     *
     *     The job execution's state is `job_execution.info.status`: the page describes `info` as
     *     the key-value set of job running information returned by Oozie, and Sahara keeps the
     *     job execution's status there (values in `JobExecutionStatus`, from openstack/sahara
     *     `sahara/utils/edp.py`). The vendor's example shows `info: null`: then the state is
     *     unknown, not terminal.
     *
     *     No request body. Success is **200** with the `job_execution` object, the same object as
     *     the cancel's answer; this page types `end_time` String (the cancel page says Bool) and
     *     lists `engine_job_id`, `data_source_urls` and the members of `job_configs`.
     *
     *     Errors: the page only refers to the generic status-code table (mrs_02_0015) and the
     *     error-code table (mrs_02_0014); the common MRS error responses are declared.
     */
    get: operations["showJobExecution"];
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
    /** @description Response of the V1.1 "Canceling Job Execution" API. */
    CancelJobExecutionResponse: {
      job_execution: components["schemas"]["JobExecution"];
    };
    /** @description Response of the V1.1 "Querying Job Execution Object Details" API. */
    ShowJobExecutionResponse: {
      job_execution: components["schemas"]["JobExecution"];
    };
    /**
     * @description Sahara-compatible job execution object: table 2 of mrs_02_0052 (cancel) and of
     *     mrs_02_0051 (read), which also lists `engine_job_id`, `data_source_urls` and the members
     *     of `job_configs` (table 3). No member is marked mandatory by the vendor.
     */
    JobExecution: {
      /** @description Job execution object ID. */
      id?: string;
      /** @description Job execution object creation time, e.g. `2017-05-25T07:28:12`. */
      created_at?: string;
      /** @description Job execution object update time, e.g. `2017-05-25T07:28:13`. */
      updated_at?: string | null;
      /** @description Project ID. */
      tenant_id?: string;
      /** @description Job ID (empty string in the vendor example). */
      job_id?: string | null;
      /** @description Cluster ID. */
      cluster_id?: string | null;
      /** @description Input data source ID of the job execution object. */
      input_id?: string | null;
      /** @description Output data source ID of the job execution object. */
      output_id?: string | null;
      /** @description Job start time, e.g. `2017-05-25T07:28:12`. */
      start_time?: string | null;
      /**
       * @description Job end time. The cancel page (mrs_02_0052) types this as "Bool", which contradicts
       *     its meaning, the vendor examples (`null`) and the read page (mrs_02_0051, "String");
       *     modelled as a nullable time string like the other timestamps.
       */
      end_time?: string | null;
      /** @description Response code after job execution. */
      return_code?: string | null;
      /** @description Workflow ID returned by Oozie. */
      oozie_job_id?: string | null;
      /**
       * @description Key-value pair set containing job running information returned by Oozie; `null` in
       *     the vendor examples. Typed "String" in the vendor tables but described as a key-value
       *     set, and a JSON object in Sahara, which keeps the job execution's state in `status`:
       *     modelled as an object (or `null`). Other members are kept as they come.
       */
      info?:
        | ({
            status?: components["schemas"]["JobExecutionStatus"];
          } & {
            [key: string]: unknown;
          })
        | null;
      /**
       * @description Key-value pair set for saving job running configurations (members from table 3 of
       *     mrs_02_0051; others are kept as they come).
       */
      job_configs?:
        | ({
            /** @description Key-value pair set configured for the job. */
            configs?: {
              [key: string]: unknown;
            };
            /** @description List of arguments. */
            args?: string[];
            /** @description Key-value pair set for running the job. */
            params?: {
              [key: string]: unknown;
            };
          } & {
            [key: string]: unknown;
          })
        | null;
      /**
       * @description Whether the job execution object is protected. "The current version does not support
       *     this function."
       */
      is_protected?: boolean | null;
      /**
       * @description Whether the job execution object is public (`null` in the vendor example). "The
       *     current version does not support this function."
       */
      is_public?: boolean | null;
      /** @description Workflow ID of Oozie (listed on mrs_02_0051; `null` in the vendor examples). */
      engine_job_id?: string | null;
      /**
       * @description Data source URLs of the job execution object (listed on mrs_02_0051; `null` in the
       *     vendor examples).
       */
      data_source_urls?: {
        [key: string]: unknown;
      } | null;
    };
    /** @description Response of "Querying Information About a Job" (status 202). */
    ShowSingleJobExeResponse: {
      job_detail: components["schemas"]["JobQueryBean"];
    };
    /**
     * @description Response of "Querying a List of Jobs" (status 202). No member is marked mandatory by the
     *     vendor; the SDK models make both optional. A lister reads an absent `job_list` as an
     *     empty page.
     */
    ShowJobExeListNewResponse: {
      /**
       * Format: int32
       * @description The number of jobs that match the query, over all pages.
       */
      total_record?: number;
      /** @description The jobs of this page. */
      job_list?: components["schemas"]["JobQueryBean"][];
    };
    /**
     * @description A V1.1 job execution's state, `job_execution.info.status` (open enum). The MRS pages do
     *     not list its values ("job running information returned by Oozie"); these are OpenStack
     *     Sahara's, whose API the V1.1 job-execution APIs follow (openstack/sahara
     *     `sahara/utils/edp.py`, `JOB_STATUS_*`). Terminal, as Sahara's `JOB_STATUSES_TERMINATED`
     *     says: `SUCCEEDED`, `FAILED`, `KILLED`, `DONEWITHERROR` (ended with an error) and
     *     `SUSPENDFAILED` (a failed suspension ends the job; its outcome is not stated, so it maps
     *     to `ended`). Not terminal: `PENDING`, `READYTORUN`, `PREP` (not started yet), `RUNNING`,
     *     `TOBEKILLED` (a kill under way), `TOBESUSPENDED` (still running, a suspension under
     *     way), `PREPSUSPENDED` and `SUSPENDED` (paused, waiting to be resumed). Any other string
     *     is accepted.
     * @example RUNNING
     * @example TOBEKILLED
     * @example KILLED
     * @example SUCCEEDED
     */
    JobExecutionStatus:
      | "PENDING"
      | "READYTORUN"
      | "PREP"
      | "RUNNING"
      | "TOBEKILLED"
      | "TOBESUSPENDED"
      | "PREPSUSPENDED"
      | "SUSPENDED"
      | "SUCCEEDED"
      | "FAILED"
      | "DONEWITHERROR"
      | "KILLED"
      | "SUSPENDFAILED"
      | (string & {});
    /**
     * @description Execution state of the job (open enum). Known values: `FAILED`, `KILLED` (terminated),
     *     `NEW` (created; the page spells it `New`, the SDK `NEW`), `NEW_SAVING` (created, being
     *     saved), `SUBMITTED`, `ACCEPTED`, `RUNNING`, `FINISHED`. Terminal states: `KILLED`,
     *     `FAILED`, `FINISHED` (its outcome is in `job_result`). The vendor may add values (and
     *     already has a spelling variant), so any other string is accepted.
     * @example FINISHED
     * @example KILLED
     * @example RUNNING
     * @example ACCEPTED
     */
    JobState:
      | "NEW"
      | "NEW_SAVING"
      | "SUBMITTED"
      | "ACCEPTED"
      | "RUNNING"
      | "FINISHED"
      | "FAILED"
      | "KILLED"
      | (string & {});
    /**
     * @description Final result of the job (open enum). Known values: `FAILED` (the job failed to be
     *     executed), `KILLED` (manually terminated during execution), `UNDEFINED` (still being
     *     executed), `SUCCEEDED` (executed successfully). Any other string is accepted.
     * @example SUCCEEDED
     * @example KILLED
     * @example FAILED
     * @example UNDEFINED
     */
    JobResult: "SUCCEEDED" | "FAILED" | "KILLED" | "UNDEFINED" | (string & {});
    /**
     * @description Job details (vendor "JobQueryBean"). No member is marked mandatory by the vendor; the
     *     SDK models make every member optional.
     */
    JobQueryBean: {
      /** @description Job ID. */
      job_id?: string;
      /** @description Name of the user who submitted the job. */
      user?: string;
      /** @description Job name (1 to 64 letters, digits, `-` or `_` when submitted). */
      job_name?: string;
      job_result?: components["schemas"]["JobResult"];
      job_state?: components["schemas"]["JobState"];
      /**
       * Format: float
       * @description Job execution progress (0–100).
       */
      job_progress?: number;
      /**
       * @description Job type. Known values: `MapReduce`, `SparkSubmit` (also used for SparkPython jobs),
       *     `HiveScript`, `HiveSql`, `DistCp` (importing and exporting data), `SparkScript`,
       *     `SparkSql`, `Flink`. Not an enum, for the same reason as `job_state`.
       * @example SparkSubmit
       */
      job_type?: string;
      /**
       * Format: int64
       * @description Time the job started running, in milliseconds since the epoch.
       */
      started_time?: number;
      /**
       * Format: int64
       * @description Time the job was submitted, in milliseconds since the epoch.
       */
      submitted_time?: number;
      /**
       * Format: int64
       * @description Time the job finished, in milliseconds since the epoch.
       */
      finished_time?: number;
      /**
       * Format: int64
       * @description Running duration of the job, in milliseconds.
       */
      elapsed_time?: number;
      /**
       * @description Running parameters (at most 4,096 characters). Typed "Array" on some copies of the
       *     vendor page, but a string in the vendor example and in the SDK models; both forms are
       *     accepted.
       */
      arguments?: string | string[];
      /**
       * @description Configuration parameters used for `-d` options (at most 2,048 characters; may be
       *     empty; the SDK model's comment forbids `>`, `<`, `|`, `'`, `&`, `!`, `\` and the
       *     backquote). Typed "Object" on some copies of the vendor page, but a string (`"{}"`) in
       *     the vendor example and in the SDK models; both forms are accepted.
       */
      properties?:
        | string
        | {
            [key: string]: unknown;
          };
      /** @description Launcher job ID (YARN application id of the launcher). */
      launcher_id?: string;
      /** @description Actual job ID (YARN application id). */
      app_id?: string;
      /**
       * @description Log link (YARN web UI through the cluster EIP). Currently only SparkSubmit jobs
       *     provide it. If the EIP is unbound the link may point to the old EIP.
       */
      tracking_url?: string;
      /** @description Resource queue of the job. */
      queue?: string;
    };
    /**
     * @description Huawei Cloud error envelope: `{"error_code": "...", "error_msg": "..."}`. MRS codes are
     *     bare numeric strings ("0160", "0162", "0175", "12000002", ...) or `MRS.xxxx`; errors
     *     raised by the API gateway in front of the service start with `APIGW.` and usually carry
     *     a `request_id`. Some MRS APIs (e.g. the SQL APIs) send `message` instead of `error_msg`,
     *     and some Huawei services nest the error as `{"error": {"code", "message"}}`; all these
     *     forms are accepted, and other members are allowed.
     */
    HuaweiError: {
      /** @description Error code. */
      error_code?: string;
      /** @description Error message. */
      error_msg?: string;
      /** @description Error message, in the APIs that use `message` instead of `error_msg`. */
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
     * @description Bad request. MRS job errors documented with status 400 on the API pages (0175 on
     *     "Terminating a Job"; 0160 and 0162 per vendor-facts), parameter errors, and API gateway
     *     request errors. 0175 says the kill failed, not that the job had ended: a cancel's 0175
     *     is settled by one status read (see the cancels' `x-cancel-cancel`).
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
     * @description Authentication failed: wrong AK/SK signature, unknown AK, expired or invalid token
     *     (API gateway `APIGW.0301`), or MRS 12000001 "Invalid authentication".
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
     *     per the API Gateway error table) or lacks the required IAM permission.
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
     * @description The API was not found by the API gateway (`APIGW.0101`: wrong host, method or path, e.g.
     *     a region/suffix mismatch).
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
     * @description Internal error. The MRS error-code table (mrs_02_0014) lists the job errors with status
     *     500: 0160 "Failed to kill the job.", 0162 "Failed to query the job.", 0175 "Failed to
     *     kill the job.", 0176 "The job does not exist.", 0023 "Failed to obtain cluster details.";
     *     the vendor's showSingleJobExe failure example is 0162. All but 0023 say the call will
     *     not succeed, so they are never retried although they come as 500 (`x-cancel-retry`
     *     `final`); a cancel's 0175 is settled by one status read.
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
    /**
     * @description Internal error of `showJobExeListNew`: MRS 0166 "Failed to query a job list." (status 500
     *     in the error-code table mrs_02_0014; the page's failure example gives no status). Like
     *     0162, never retried (`x-cancel-retry` `final`).
     */
    ListInternalServerError: {
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
     * @description Project ID (see "Obtaining a Project ID", mrs_02_0011). Value range per the current
     *     vendor docs: 1 to 64 characters, letters and digits only.
     */
    ProjectId: string;
    /**
     * @description Cluster ID (see "Obtaining a Cluster ID"). Value range per the current vendor docs: 1 to
     *     64 characters, letters, digits, underscores (_) and hyphens (-).
     */
    ClusterId: string;
    /**
     * @description Job ID — the job execution id returned when the job was submitted (see "Obtaining a Job
     *     ID"). The vendor documents no value range ("N/A"); all ids in the vendor's examples are
     *     UUIDs (e.g. `431b135e-c090-489f-b1db-0abe3822b855`). This spec applies a conservative
     *     guard (1 to 64 letters, digits, `_` or `-`) so that the value cannot change the request
     *     path; this is our constraint, not the vendor's.
     */
    JobExecutionId: string;
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
  stopJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project ID (see "Obtaining a Project ID", mrs_02_0011). Value range per the current
         *     vendor docs: 1 to 64 characters, letters and digits only.
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description Cluster ID (see "Obtaining a Cluster ID"). Value range per the current vendor docs: 1 to
         *     64 characters, letters, digits, underscores (_) and hyphens (-).
         */
        cluster_id: components["parameters"]["ClusterId"];
        /**
         * @description Job ID — the job execution id returned when the job was submitted (see "Obtaining a Job
         *     ID"). The vendor documents no value range ("N/A"); all ids in the vendor's examples are
         *     UUIDs (e.g. `431b135e-c090-489f-b1db-0abe3822b855`). This spec applies a conservative
         *     guard (1 to 64 letters, digits, `_` or `-`) so that the value cannot change the request
         *     path; this is our constraint, not the vendor's.
         */
        job_execution_id: components["parameters"]["JobExecutionId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The termination request was accepted (no response body). */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description The job termination request has been accepted. Please wait. (Success code documented
       *     on the eu-west-0 / OTC copies of the page; no response body.)
       */
      202: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
    };
  };
  showJobExeListNew: {
    parameters: {
      query?: {
        /**
         * @description Only jobs with this name: letters, digits, `-` and `_`; 1 to 64 characters on the
         *     current page (1 to 36 on an older copy), 1 to 128 in the Go SDK, which is accepted.
         */
        job_name?: string;
        /** @description Only the job with this ID (1 to 64 letters, digits and `-`, Go SDK). */
        job_id?: string;
        /**
         * @description Only jobs submitted by this user: 1 to 32 letters, digits, `-`, `_` and `.`, not
         *     starting with a digit (Go SDK).
         */
        user?: string;
        /**
         * @description Only jobs of this type. Known values: `MapReduce`, `SparkSubmit` (also for SparkPython
         *     jobs: the pages say to query them as `SparkSubmit`), `HiveScript`, `HiveSql`, `DistCp`
         *     (importing and exporting data), `SparkScript`, `SparkSql`, `Flink`. Not an enum, as
         *     in `JobQueryBean.job_type`.
         */
        job_type?: string;
        /**
         * @description Only jobs in this execution state (`JobState`; the pages spell `NEW` as `New`, the Go
         *     SDK's enum `NEW`).
         */
        job_state?:
          | "NEW"
          | "NEW_SAVING"
          | "SUBMITTED"
          | "ACCEPTED"
          | "RUNNING"
          | "FINISHED"
          | "FAILED"
          | "KILLED";
        /** @description Only jobs with this result (`JobResult`; `UNDEFINED` is a job still running). */
        job_result?: "SUCCEEDED" | "FAILED" | "KILLED" | "UNDEFINED";
        /** @description Only jobs of this resource queue (1 to 64 letters, digits, `-` and `_`, Go SDK). */
        queue?: string;
        /** @description Number of jobs on each page (default 10; no maximum is documented). */
        limit?: number;
        /**
         * @description The **page number**, from 1 (the default), despite the name: see the operation's
         *     description.
         */
        offset?: number;
        /** @description Order of the results, `desc` (the default) or `asc`. */
        sort_by?: "asc" | "desc";
        /** @description Only jobs submitted after this UTC timestamp, in milliseconds. */
        submitted_time_begin?: number;
        /** @description Only jobs submitted before this UTC timestamp, in milliseconds. */
        submitted_time_end?: number;
      };
      header?: never;
      path: {
        /**
         * @description Project ID (see "Obtaining a Project ID", mrs_02_0011). Value range per the current
         *     vendor docs: 1 to 64 characters, letters and digits only.
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description Cluster ID (see "Obtaining a Cluster ID"). Value range per the current vendor docs: 1 to
         *     64 characters, letters, digits, underscores (_) and hyphens (-).
         */
        cluster_id: components["parameters"]["ClusterId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of jobs (202 by design of the vendor, see the description). */
      202: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ShowJobExeListNewResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ListInternalServerError"];
    };
  };
  showSingleJobExe: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project ID (see "Obtaining a Project ID", mrs_02_0011). Value range per the current
         *     vendor docs: 1 to 64 characters, letters and digits only.
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description Cluster ID (see "Obtaining a Cluster ID"). Value range per the current vendor docs: 1 to
         *     64 characters, letters, digits, underscores (_) and hyphens (-).
         */
        cluster_id: components["parameters"]["ClusterId"];
        /**
         * @description Job ID — the job execution id returned when the job was submitted (see "Obtaining a Job
         *     ID"). The vendor documents no value range ("N/A"); all ids in the vendor's examples are
         *     UUIDs (e.g. `431b135e-c090-489f-b1db-0abe3822b855`). This spec applies a conservative
         *     guard (1 to 64 letters, digits, `_` or `-`) so that the value cannot change the request
         *     path; this is our constraint, not the vendor's.
         */
        job_execution_id: components["parameters"]["JobExecutionId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job details (202 by design of the vendor, see the description). */
      202: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ShowSingleJobExeResponse"];
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
  cancelJobExecution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project ID (see "Obtaining a Project ID", mrs_02_0011). Value range per the current
         *     vendor docs: 1 to 64 characters, letters and digits only.
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description Job ID — the job execution id returned when the job was submitted (see "Obtaining a Job
         *     ID"). The vendor documents no value range ("N/A"); all ids in the vendor's examples are
         *     UUIDs (e.g. `431b135e-c090-489f-b1db-0abe3822b855`). This spec applies a conservative
         *     guard (1 to 64 letters, digits, `_` or `-`) so that the value cannot change the request
         *     path; this is our constraint, not the vendor's.
         */
        job_execution_id: components["parameters"]["JobExecutionId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job object being executed has been canceled successfully. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CancelJobExecutionResponse"];
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
  showJobExecution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project ID (see "Obtaining a Project ID", mrs_02_0011). Value range per the current
         *     vendor docs: 1 to 64 characters, letters and digits only.
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description Job ID — the job execution id returned when the job was submitted (see "Obtaining a Job
         *     ID"). The vendor documents no value range ("N/A"); all ids in the vendor's examples are
         *     UUIDs (e.g. `431b135e-c090-489f-b1db-0abe3822b855`). This spec applies a conservative
         *     guard (1 to 64 letters, digits, `_` or `-`) so that the value cannot change the request
         *     path; this is our constraint, not the vendor's.
         */
        job_execution_id: components["parameters"]["JobExecutionId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job execution object details are queried successfully. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ShowJobExecutionResponse"];
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
