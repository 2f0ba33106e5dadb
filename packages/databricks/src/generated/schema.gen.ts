// generated from specs/databricks.yaml by tools/generator, regenerate with `pnpm generate`
export interface paths {
  "/jobs/runs/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a run
     * @description Cancels a job run or a task run. The run is canceled **asynchronously**: when this request
     *     completes the run may still be running; it is terminated shortly after. Poll `getRun`
     *     until `status.state` is `TERMINATED` (or, in the deprecated `state` model,
     *     `life_cycle_state` is `TERMINATED`, `SKIPPED` or `INTERNAL_ERROR`) — the official SDKs
     *     wait for `TERMINATED` or `SKIPPED` (20 min default timeout).
     *     If the run has already ended, this method is a **no-op** and still answers 200, so
     *     repeating it is safe; the answer never tells whether the run was still running (read
     *     `getRun` for that).
     */
    post: operations["cancelRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/jobs/runs/cancel-all": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel all runs of a job
     * @description Cancels all active runs of a job, asynchronously (like `cancelRun`). It does not prevent
     *     new runs from being started. With `all_queued_runs: true` and no `job_id`, all queued runs
     *     of the workspace are canceled.
     *
     *     API 2.1 requires `job_id`; in 2.2 both fields are optional (send at least one of them:
     *     `job_id`, or `all_queued_runs: true`).
     */
    post: operations["cancelAllRuns"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/jobs/runs/get": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a single job run
     * @description Retrieves the metadata of a run, including its `status` (and the deprecated `state`),
     *     used to observe a cancellation. Runs are removed automatically after 60 days.
     *
     *     In 2.2, large runs (more than 100 tasks or for-each iterations) are paginated: while
     *     `has_more` is true, call again with `page_token` set to `next_page_token`; only the
     *     `tasks` / `iterations` arrays differ between pages.
     *
     *     A missing run is answered with 400 `INVALID_PARAMETER_VALUE` and a message like
     *     "Run 123 does not exist." (the SDKs map it to "resource does not exist").
     */
    get: operations["getRun"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/jobs/runs/list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List job runs
     * @description Lists runs of one job (`job_id`) or of every job of the workspace, newest first, one page
     *     at a time. Sources: databricks-sdk-go `service/jobs/model.go` (`ListRunsRequest`,
     *     `ListRunsResponse`, `BaseRun`) and `service/jobs/impl.go` (`ListRuns`: `GET
     *     /api/2.2/jobs/runs/list`, query parameters, `X-Databricks-Workspace-Id`; its iterator asks
     *     for the next page while `next_page_token` is not empty); the legacy Jobs API 2.1 OpenAPI
     *     (`JobsRunsList`: parameter types, `limit` maximum 25, statuses 200/400/401/500).
     *
     *     **Pages.** Send `next_page_token` (or `prev_page_token`) of an answer back as `page_token`
     *     for the next (or previous) page, with the same filters; `has_more` says whether runs are
     *     left. `limit` is the page size: 1 to 25, 20 when omitted (the Go model; the legacy
     *     reference said 25), and 0 asks for the largest page. `offset` is the old way to page
     *     (deprecated since June 2023). Runs are kept 60 days.
     *
     *     **Order.** The Go model's `ListRunsResponse.runs` and the legacy reference say "from most
     *     recently started to least" (by `start_time`); the Go SDK's operation comment says
     *     "descending order by end time", falling back to the start time for runs that have not
     *     finished. The spec follows the first; a caller must not depend on the order within a
     *     page.
     *
     *     **Filters.** `job_id`, `active_only` (runs that have not ended: the Go model names
     *     `QUEUED`, `PENDING`, `RUNNING`, `TERMINATING`) or `completed_only` (not both: the
     *     service refuses that with a 400, whose code is not documented), `run_type`, and
     *     `start_time_from` / `start_time_to` (epoch milliseconds, both inclusive: "at or after",
     *     "at or before"). There is no filter on a run's state besides these two. `runs` is left
     *     out of an answer with no run.
     *
     *     Errors are those of every Jobs call (the legacy reference lists 400, 401, 500; the others
     *     come from the Errors page and the SDKs' status mapping). What the service answers for a
     *     `job_id` that does not exist, or for a `page_token` it did not issue, is not documented
     *     beyond the legacy reference's 400 "The request was malformed".
     */
    get: operations["listRuns"];
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
    CancelRunRequest: {
      /**
       * Format: int64
       * @description The canonical identifier of the run to cancel (a job run or a task run). The 2.2
       *     reference schema marks it optional but its text says "This field is required"; it is
       *     required here.
       * @example 455644833
       */
      run_id: number;
    };
    CancelAllRunsRequest: {
      /**
       * Format: int64
       * @description The canonical identifier of the job to cancel all runs of. Required in API 2.1,
       *     optional in 2.2.
       * @example 11223344
       */
      job_id?: number;
      /**
       * @description Optional boolean parameter to cancel all queued runs. If no `job_id` is provided, all
       *     queued runs in the workspace are canceled (API 2.2).
       * @example true
       */
      all_queued_runs?: boolean;
    };
    /** @description Empty JSON object `{}` ("Run was cancelled successfully."). */
    EmptyResponse: {
      [key: string]: unknown;
    };
    /**
     * @description A job run as returned by `runs/get`. Only the fields a status reader needs are described;
     *     the vendor returns more (cluster spec, parameters, repair history, …) and adds fields
     *     without changing the API version, so other properties are allowed.
     */
    Run: {
      /**
       * Format: int64
       * @description The canonical identifier of the job that contains this run.
       */
      job_id?: number;
      /**
       * Format: int64
       * @description The canonical identifier of the run. Unique across all runs of all jobs.
       */
      run_id?: number;
      /**
       * Format: int64
       * @description ID of the job run this run belongs to (for a task run, the job run that contains it).
       */
      job_run_id?: number;
      /** @description An optional name for the run (at most 4096 bytes in UTF-8). */
      run_name?: string;
      /** @description Description of the run. */
      description?: string;
      /**
       * Format: int64
       * @deprecated
       * @description A unique identifier for this job run; set to the same value as `run_id` (deprecated).
       */
      number_in_job?: number;
      /**
       * Format: int64
       * @description If this run is a retry of a prior attempt, the `run_id` of the original attempt;
       *     otherwise the same as `run_id`.
       */
      original_attempt_run_id?: number;
      /** @description The creator user name. Absent if the user has already been deleted. */
      creator_user_name?: string;
      /**
       * @deprecated
       * @description Deprecated by Databricks in favour of `status` (databricks-sdk-go
       *     `service/jobs/model.go` `Run.State`). Still sent next to `status`; read `status` first
       *     and fall back to this one (as `x-cancel-status` does).
       */
      state?: components["schemas"]["RunState"];
      status?: components["schemas"]["RunStatus"];
      /**
       * Format: int64
       * @description Time the run was started, epoch milliseconds (may not be when the first task starts, e.g. queued runs).
       */
      start_time?: number;
      /**
       * Format: int64
       * @description Time the run ended, epoch milliseconds; 0 while the run is still running.
       */
      end_time?: number;
      /**
       * Format: int64
       * @description Milliseconds taken to set up the cluster (0 for multitask job runs; see `run_duration`).
       */
      setup_duration?: number;
      /**
       * Format: int64
       * @description Milliseconds taken to execute the commands (0 for multitask job runs; see `run_duration`).
       */
      execution_duration?: number;
      /**
       * Format: int64
       * @description Milliseconds taken to terminate the cluster and clean up (0 for multitask job runs; see `run_duration`).
       */
      cleanup_duration?: number;
      /**
       * Format: int64
       * @description Milliseconds the job run and all of its repairs took to finish (multitask runs).
       */
      run_duration?: number;
      /**
       * Format: int64
       * @description Milliseconds the run spent in the queue.
       */
      queue_duration?: number;
      /** @description The URL to the detail page of the run. */
      run_page_url?: string;
      run_type?: components["schemas"]["RunType"];
      /**
       * @description Sequence number of this run attempt for a triggered job run; 0 for the initial attempt,
       *     incremented by retries (`max_retries`).
       */
      attempt_number?: number;
      trigger?: components["schemas"]["TriggerType"];
      /** @description Additional details about what triggered the run. */
      trigger_info?: {
        /**
         * Format: int64
         * @description The run id of the Run Job task run.
         */
        run_id?: number;
        /** @description SQL condition evaluation details for this run. */
        sql_condition?: {
          [key: string]: unknown;
        };
      } & {
        [key: string]: unknown;
      };
      /**
       * @description The tasks of a multitask job run. In API 2.2, more than 100 tasks are paginated: call
       *     `getRun` again with `page_token` set to `next_page_token` while that is present.
       */
      tasks?: components["schemas"]["RunTask"][];
      /** @description Only for a for-each task run: the runs of its iterations (paginated like `tasks`). */
      iterations?: components["schemas"]["RunTask"][];
      /**
       * @description A token to fetch the next page of the run's array properties (`tasks`, `iterations`,
       *     `job_clusters`) with `getRun`'s `page_token` (API 2.2).
       */
      next_page_token?: string;
      /**
       * @description Whether the run has more array properties than shown. The Go model documents it for
       *     `runs/list` with `expand_tasks=true`; `getRun` pages by `next_page_token`.
       */
      has_more?: boolean;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description A page of `listRuns` (databricks-sdk-go `ListRunsResponse`). Every member may be left out:
     *     `runs` when no run matches, the tokens when there is no next or previous page.
     */
    ListRunsResponse: {
      /**
       * @description The runs of this page, from most recently started to least. Left out when there are
       *     no runs to list.
       */
      runs?: components["schemas"]["BaseRun"][];
      /** @description If true, more runs matching the filters are available for listing. */
      has_more?: boolean;
      /** @description The `page_token` of the next page, if there is one. */
      next_page_token?: string;
      /** @description The `page_token` of the previous page, if there is one. */
      prev_page_token?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description A run as `listRuns` lists it (databricks-sdk-go `BaseRun`: the members of `Run` but
     *     `iterations` and `next_page_token`). As in `Run`, only the fields a lister needs are
     *     described, with the same state schemas; the vendor sends more (cluster spec, parameters,
     *     repair history, …), so other properties are allowed.
     */
    BaseRun: {
      /**
       * Format: int64
       * @description The canonical identifier of the job that contains this run.
       */
      job_id?: number;
      /**
       * Format: int64
       * @description The canonical identifier of the run. Unique across all runs of all jobs.
       */
      run_id?: number;
      /**
       * Format: int64
       * @description ID of the job run this run belongs to (for a task run, the job run that contains it).
       */
      job_run_id?: number;
      /** @description An optional name for the run (at most 4096 bytes in UTF-8). */
      run_name?: string;
      /** @description Description of the run. */
      description?: string;
      /**
       * Format: int64
       * @deprecated
       * @description A unique identifier for this job run; set to the same value as `run_id` (deprecated).
       */
      number_in_job?: number;
      /**
       * Format: int64
       * @description If this run is a retry of a prior attempt, the `run_id` of the original attempt;
       *     otherwise the same as `run_id`.
       */
      original_attempt_run_id?: number;
      /** @description The creator user name. Absent if the user has already been deleted. */
      creator_user_name?: string;
      /**
       * @deprecated
       * @description Deprecated by Databricks in favour of `status` (databricks-sdk-go `BaseRun.State`).
       *     Read `status` first and fall back to this one (as `x-cancel-list` does).
       */
      state?: components["schemas"]["RunState"];
      status?: components["schemas"]["RunStatus"];
      /**
       * Format: int64
       * @description Time the run was started, epoch milliseconds (for a run on a new cluster, when the
       *     cluster creation call was issued; not necessarily when its first task started).
       */
      start_time?: number;
      /**
       * Format: int64
       * @description Time the run ended, epoch milliseconds; 0 while the run is still running.
       */
      end_time?: number;
      /**
       * Format: int64
       * @description Milliseconds taken to set up the cluster (0 for multitask job runs; see `run_duration`).
       */
      setup_duration?: number;
      /**
       * Format: int64
       * @description Milliseconds taken to execute the commands (0 for multitask job runs; see `run_duration`).
       */
      execution_duration?: number;
      /**
       * Format: int64
       * @description Milliseconds taken to terminate the cluster and clean up (0 for multitask job runs; see `run_duration`).
       */
      cleanup_duration?: number;
      /**
       * Format: int64
       * @description Milliseconds the job run and all of its repairs took to finish (multitask runs).
       */
      run_duration?: number;
      /**
       * Format: int64
       * @description Milliseconds the run spent in the queue.
       */
      queue_duration?: number;
      /** @description The URL to the detail page of the run. */
      run_page_url?: string;
      run_type?: components["schemas"]["RunType"];
      /**
       * @description Sequence number of this run attempt for a triggered job run; 0 for the initial attempt,
       *     incremented by retries (`max_retries`).
       */
      attempt_number?: number;
      trigger?: components["schemas"]["TriggerType"];
      /** @description Additional details about what triggered the run. */
      trigger_info?: {
        [key: string]: unknown;
      };
      /**
       * @description The tasks of the run, with `expand_tasks=true` only (the first 100; `getRun` pages
       *     through the rest).
       */
      tasks?: components["schemas"]["RunTask"][];
      /**
       * @description With `expand_tasks=true`: whether the run has more array properties (`tasks`,
       *     `job_clusters`) than shown (API 2.2).
       */
      has_more?: boolean;
    } & {
      [key: string]: unknown;
    };
    /** @description A task run inside a job run (or an iteration of a for-each task). */
    RunTask: {
      /**
       * Format: int64
       * @description The ID of the task run.
       */
      run_id?: number;
      /**
       * @description A unique name for the task within the job. Required in the Go model (`RunTask.TaskKey`);
       *     optional here so that a status read never fails on a task entry without it.
       */
      task_key?: string;
      /** @description An optional description for this task. */
      description?: string;
      /** @description Whether the task is disabled (a disabled task does not run, even as part of its job). */
      disabled?: boolean;
      /**
       * @deprecated
       * @description Deprecated by Databricks in favour of `status` (databricks-sdk-go
       *     `service/jobs/model.go` `RunTask.State`). Read `status` first and fall back to this one.
       */
      state?: components["schemas"]["RunState"];
      status?: components["schemas"]["RunStatus"];
      /**
       * Format: int64
       * @description Time the task run started, epoch milliseconds.
       */
      start_time?: number;
      /**
       * Format: int64
       * @description Time the task run ended, epoch milliseconds; 0 while still running.
       */
      end_time?: number;
      /**
       * Format: int64
       * @description Milliseconds taken to set up the cluster.
       */
      setup_duration?: number;
      /**
       * Format: int64
       * @description Milliseconds taken to execute the task.
       */
      execution_duration?: number;
      /**
       * Format: int64
       * @description Milliseconds taken to clean up.
       */
      cleanup_duration?: number;
      /**
       * Format: int64
       * @description Milliseconds the task run took.
       */
      run_duration?: number;
      /**
       * Format: int64
       * @description Milliseconds the task run spent in the queue.
       */
      queue_duration?: number;
      /** @description Sequence number of this task run attempt; 0 for the initial attempt. */
      attempt_number?: number;
      /** @description The URL to the detail page of the task run. */
      run_page_url?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description The original state model of a run, deprecated in favour of `RunStatus` (the `state`
     *     properties of `Run` and `RunTask` are marked deprecated; the schema itself is not).
     */
    RunState: {
      life_cycle_state?: components["schemas"]["RunLifeCycleState"];
      result_state?: components["schemas"]["RunResultState"];
      /** @description A descriptive message for the current state. Unstructured; do not parse. */
      state_message?: string;
      /** @description Whether the run was canceled manually by a user or by the scheduler because it timed out. */
      user_cancelled_or_timedout?: boolean;
      /** @description The reason the run is queued. */
      queue_reason?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description Life-cycle state of a run in the deprecated `state` model (open enum: Databricks says
     *     it may add states). Known values (databricks-sdk-go `RunLifeCycleState`): `QUEUED`,
     *     `PENDING` (the cluster and execution context are being prepared), `RUNNING`,
     *     `TERMINATING` (the task has completed; the cluster and context are being cleaned up),
     *     `TERMINATED` (terminal; the outcome is `result_state`), `SKIPPED` (terminal: aborted
     *     because a previous run of the same job was still active), `INTERNAL_ERROR` (terminal: a
     *     failure in the Jobs service), `BLOCKED` (waiting on an upstream dependency),
     *     `WAITING_FOR_RETRY`.
     */
    RunLifeCycleState:
      | "QUEUED"
      | "PENDING"
      | "RUNNING"
      | "TERMINATING"
      | "TERMINATED"
      | "SKIPPED"
      | "INTERNAL_ERROR"
      | "BLOCKED"
      | "WAITING_FOR_RETRY"
      | (string & {});
    /**
     * @description Result of a run in the deprecated `state` model, set in terminal life-cycle states only
     *     (open enum). Known values (databricks-sdk-go `RunResultState`): `SUCCESS`, `FAILED`,
     *     `TIMEDOUT` (stopped after reaching its timeout), `CANCELED` (one L; canceled at user
     *     request), `SUCCESS_WITH_FAILURES` (succeeded with some failures; leaf tasks succeeded),
     *     and five that mean the run was **skipped**, never executed: `MAXIMUM_CONCURRENT_RUNS_REACHED`,
     *     `EXCLUDED` (its conditions were not met), `UPSTREAM_FAILED` (an upstream task failed),
     *     `UPSTREAM_CANCELED` (an upstream task was canceled), `DISABLED` (disabled by the user).
     */
    RunResultState:
      | "SUCCESS"
      | "FAILED"
      | "TIMEDOUT"
      | "CANCELED"
      | "MAXIMUM_CONCURRENT_RUNS_REACHED"
      | "EXCLUDED"
      | "SUCCESS_WITH_FAILURES"
      | "UPSTREAM_FAILED"
      | "UPSTREAM_CANCELED"
      | "DISABLED"
      | (string & {});
    /**
     * @description The current status of a run: the state model that replaces the deprecated `state`
     *     (databricks-sdk-go `service/jobs/model.go` `RunStatus`). `termination_details` is set in
     *     the `TERMINATING` and `TERMINATED` states, `queue_details` when the run was queued.
     */
    RunStatus: {
      state?: components["schemas"]["RunLifecycleStateV2"];
      termination_details?: components["schemas"]["TerminationDetails"];
      queue_details?: components["schemas"]["QueueDetails"];
    } & {
      [key: string]: unknown;
    };
    /**
     * @description Life-cycle state of a run in the `status` model (open enum). Known values
     *     (databricks-sdk-go `RunLifecycleStateV2State`): `BLOCKED`, `PENDING`, `QUEUED`,
     *     `RUNNING`, `TERMINATED` (terminal; the outcome is `termination_details.code`),
     *     `TERMINATING`, `WAITING`.
     */
    RunLifecycleStateV2:
      | "BLOCKED"
      | "PENDING"
      | "QUEUED"
      | "RUNNING"
      | "TERMINATED"
      | "TERMINATING"
      | "WAITING"
      | (string & {});
    /** @description Why a run terminated: present while `status.state` is `TERMINATING` or `TERMINATED`. */
    TerminationDetails: {
      code?: components["schemas"]["TerminationCode"];
      type?: components["schemas"]["TerminationType"];
      /** @description A descriptive message with the termination details. Unstructured; do not parse. */
      message?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description Why a run terminated (open enum: Databricks says it may add codes). Known values,
     *     with their meaning in databricks-sdk-go `TerminationCodeCode`:
     *     - succeeded: `SUCCESS`, `SUCCESS_WITH_FAILURES` (some child runs failed);
     *     - cancelled: `USER_CANCELED` (by a user, during execution), `CANCELED` (by the platform,
     *       e.g. the maximum run duration was exceeded);
     *     - never executed (skipped): `SKIPPED` (e.g. an upstream task failed, a dependency
     *       condition was not met, no material tasks), `DISABLED` (disabled by the user),
     *       `MAX_CONCURRENT_RUNS_EXCEEDED` (the job's limit of concurrent runs; the `state` model
     *       calls the same case `MAXIMUM_CONCURRENT_RUNS_REACHED` and documents it as skipped),
     *       `MAX_JOB_QUEUE_SIZE_EXCEEDED` (skipped: the job's queue was full), `WORKSPACE_RUN_LIMIT_EXCEEDED` (the workspace's quota of concurrent active
     *       runs: the run was not started, as with the job's limit);
     *     - failed: `INTERNAL_ERROR`, `DRIVER_ERROR`, `CLUSTER_ERROR`, `CLOUD_FAILURE`,
     *       `RUN_EXECUTION_ERROR` (completed with task failures), `UNAUTHORIZED_ERROR`,
     *       `LIBRARY_INSTALLATION_ERROR`, `RESOURCE_NOT_FOUND`, `INVALID_RUN_CONFIGURATION`,
     *       `INVALID_CLUSTER_REQUEST`, `STORAGE_ACCESS_ERROR`, `REPOSITORY_CHECKOUT_FAILED`,
     *       `FEATURE_DISABLED`, `CLUSTER_REQUEST_LIMIT_EXCEEDED`, `MAX_SPARK_CONTEXTS_EXCEEDED`,
     *       `BUDGET_POLICY_LIMIT_EXCEEDED` (undocumented), `BREAKING_CHANGE` (failed on an
     *       intentional Spark breaking change; retried with a mitigation), and
     *       `CLUSTER_TERMINATED_BY_USER` (the externally managed cluster became unusable; listed in
     *       the Go model's documentation but not yet among its constants).
     */
    TerminationCode:
      | "SUCCESS"
      | "SUCCESS_WITH_FAILURES"
      | "USER_CANCELED"
      | "CANCELED"
      | "SKIPPED"
      | "DISABLED"
      | "MAX_CONCURRENT_RUNS_EXCEEDED"
      | "MAX_JOB_QUEUE_SIZE_EXCEEDED"
      | "WORKSPACE_RUN_LIMIT_EXCEEDED"
      | "INTERNAL_ERROR"
      | "DRIVER_ERROR"
      | "CLUSTER_ERROR"
      | "CLOUD_FAILURE"
      | "RUN_EXECUTION_ERROR"
      | "UNAUTHORIZED_ERROR"
      | "LIBRARY_INSTALLATION_ERROR"
      | "RESOURCE_NOT_FOUND"
      | "INVALID_RUN_CONFIGURATION"
      | "INVALID_CLUSTER_REQUEST"
      | "STORAGE_ACCESS_ERROR"
      | "REPOSITORY_CHECKOUT_FAILED"
      | "FEATURE_DISABLED"
      | "CLUSTER_REQUEST_LIMIT_EXCEEDED"
      | "MAX_SPARK_CONTEXTS_EXCEEDED"
      | "BUDGET_POLICY_LIMIT_EXCEEDED"
      | "BREAKING_CHANGE"
      | "CLUSTER_TERMINATED_BY_USER"
      | (string & {});
    /**
     * @description The kind of termination (open enum). Known values (databricks-sdk-go
     *     `TerminationTypeType`): `SUCCESS` (terminated without issues), `INTERNAL_ERROR` (an
     *     error in the Databricks platform), `CLIENT_ERROR` (caused by user input or the job
     *     configuration), `CLOUD_FAILURE` (an issue with the cloud provider).
     */
    TerminationType:
      "SUCCESS" | "INTERNAL_ERROR" | "CLIENT_ERROR" | "CLOUD_FAILURE" | (string & {});
    /** @description Why a run was queued (set when the run was queued). */
    QueueDetails: {
      /**
       * @description Reason for queuing (open enum). Known values: `ACTIVE_RUNS_LIMIT_REACHED` (the
       *     workspace limit of active task runs), `MAX_CONCURRENT_RUNS_REACHED` (the job's limit of
       *     concurrent runs), `ACTIVE_RUN_JOB_TASKS_LIMIT_REACHED` (the workspace limit of active
       *     Run Job tasks).
       */
      code?:
        | "ACTIVE_RUNS_LIMIT_REACHED"
        | "MAX_CONCURRENT_RUNS_REACHED"
        | "ACTIVE_RUN_JOB_TASKS_LIMIT_REACHED"
        | (string & {});
      /** @description A descriptive message with the queuing details. Unstructured; do not parse. */
      message?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description The type of a run (open enum). Known values: `JOB_RUN` (a normal job run), `WORKFLOW_RUN`
     *     (a run started by `dbutils.notebook.run`), `SUBMIT_RUN` (a one-time run from
     *     `runs/submit`).
     */
    RunType: "JOB_RUN" | "WORKFLOW_RUN" | "SUBMIT_RUN" | (string & {});
    /**
     * @description What triggered the run (open enum). Known values: `PERIODIC`, `ONE_TIME`, `RETRY`,
     *     `RUN_JOB_TASK`, `FILE_ARRIVAL`, `TABLE`, `CONTINUOUS`, `CONTINUOUS_RESTART`, `MODEL`.
     */
    TriggerType:
      | "PERIODIC"
      | "ONE_TIME"
      | "RETRY"
      | "RUN_JOB_TASK"
      | "FILE_ARRIVAL"
      | "TABLE"
      | "CONTINUOUS"
      | "CONTINUOUS_RESTART"
      | "MODEL"
      | (string & {});
    /**
     * @description A Databricks error body (Errors page, docs.databricks.com/api/account/errors): the
     *     envelope every Databricks service answers with, or the legacy API 1.2 form
     *     `{"error": "…"}`, which the SDKs' parser (databricks-sdk-go `apierr/errors.go`
     *     `standardErrorParser`) still accepts. The SDKs also parse SCIM (`detail`, `status`,
     *     `scimType`), plain-text (`CODE: message`) and HTML bodies, which the Jobs API does not
     *     send and which are not described here.
     */
    Error: components["schemas"]["ErrorEnvelope"] | components["schemas"]["Api12Error"];
    /**
     * @description `error_code`, `message` and optional `details`. Branch on `error_code`, never on
     *     `message` (wording changes). Some legacy endpoints put the HTTP status in `error_code` as
     *     an **integer** (Errors page): that is no code, and a client falls back to the HTTP status.
     */
    ErrorEnvelope: {
      /**
       * @description Stable, machine-readable error code, e.g. `INVALID_PARAMETER_VALUE`, `NOT_FOUND` (the
       *     Errors page's own example), `RESOURCE_DOES_NOT_EXIST`; or, from legacy endpoints, the
       *     HTTP status as an integer.
       */
      error_code: string | number;
      /** @description Human-readable explanation. Informational only; do not parse. */
      message: string;
      /** @description Optional structured details (google.rpc style), each tagged by `@type`. */
      details?: components["schemas"]["ErrorDetail"][];
    } & {
      [key: string]: unknown;
    };
    /**
     * @description The API 1.2 error style: only a message, in `error` (no code; a client falls back to the
     *     HTTP status). databricks-sdk-go `apierr/errors.go` takes it as the message.
     */
    Api12Error: {
      /** @description The error message. */
      error: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description One structured error detail. Known `@type` values:
     *     `type.googleapis.com/google.rpc.RequestInfo` (`request_id`, `serving_data`),
     *     `type.googleapis.com/google.rpc.ErrorInfo` (`reason`, `domain`, `metadata`); others
     *     (RetryInfo, QuotaFailure, BadRequest, …) may appear.
     */
    ErrorDetail: {
      /** @description Type URL of the detail. */
      "@type": string;
      /** @description (RequestInfo) the id of the request, to quote to Databricks support. */
      request_id?: string;
      /** @description (RequestInfo) opaque serving data. */
      serving_data?: string;
      /** @description (ErrorInfo) the reason of the error, UPPER_SNAKE_CASE. */
      reason?: string;
      /** @description (ErrorInfo) logical grouping of `reason`. */
      domain?: string;
      /** @description (ErrorInfo) additional structured details. */
      metadata?: {
        [key: string]: string;
      };
    } & {
      [key: string]: unknown;
    };
  };
  responses: {
    /**
     * @description `INVALID_PARAMETER_VALUE` (SDK class `InvalidParameterValue` ⊂ `BadRequest`), also
     *     `MALFORMED_REQUEST`, `INVALID_STATE`, `QUOTA_EXCEEDED`. **A run that does not exist is
     *     reported here**, with a message like "Run 123 does not exist." (the SDKs re-map it to
     *     `ResourceDoesNotExist`).
     */
    BadRequest: {
      headers: {
        "x-request-id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /**
     * @description The token is missing, invalid or expired (SDK class `Unauthenticated`). Codes seen:
     *     `UNAUTHENTICATED`, and `PERMISSION_DENIED` in the legacy OpenAPI example.
     */
    Unauthenticated: {
      headers: {
        "x-request-id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /**
     * @description The caller lacks permission on the job or run (`PERMISSION_DENIED`, SDK class
     *     `PermissionDenied`). Cancelling requires CAN MANAGE RUN on the job.
     */
    PermissionDenied: {
      headers: {
        "x-request-id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /**
     * @description `ENDPOINT_NOT_FOUND` (wrong path or API version), `RESOURCE_DOES_NOT_EXIST`
     *     (SDK class `ResourceDoesNotExist` ⊂ `NotFound`) or `NOT_FOUND` (the code of the Errors
     *     page's own example, "Job 123 does not exist."). A missing *run* is normally reported as
     *     400 `INVALID_PARAMETER_VALUE` instead.
     */
    NotFound: {
      headers: {
        "x-request-id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /**
     * @description Rate limit exceeded (`REQUEST_LIMIT_EXCEEDED`, also `RESOURCE_EXHAUSTED`; SDK class
     *     `TooManyRequests`). Limits are per workspace and per endpoint. Retry after `Retry-After`
     *     seconds (1 s if absent).
     */
    TooManyRequests: {
      headers: {
        "Retry-After": components["headers"]["RetryAfter"];
        "x-request-id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description An error on the Databricks side (`INTERNAL_ERROR`, also `UNKNOWN`, `DATA_LOSS`; SDK class `InternalError`). */
    InternalError: {
      headers: {
        "x-request-id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /**
     * @description The service is temporarily unavailable (`TEMPORARILY_UNAVAILABLE`, SDK class
     *     `TemporarilyUnavailable`); retried by the SDKs after `Retry-After`.
     */
    TemporarilyUnavailable: {
      headers: {
        "Retry-After": components["headers"]["RetryAfter"];
        "x-request-id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
  };
  parameters: {
    /**
     * @description The workspace a call is for, on a **unified host** (one host name serving an account and
     *     its workspaces), which cannot route a workspace call without it; a classic workspace host
     *     does not need it. The official SDKs send it on every Jobs call when `workspace_id`
     *     (`DATABRICKS_WORKSPACE_ID`) is set (databricks-sdk-go `service/jobs/impl.go`,
     *     `config/config.go`). A numeric workspace id or a connection id, which the server tells
     *     apart: its form is not constrained here. The client fills it from its `workspaceId`
     *     option or `DATABRICKS_WORKSPACE_ID`.
     */
    WorkspaceId: string;
  };
  requestBodies: never;
  headers: {
    /**
     * @description Seconds to wait before retrying. Not documented by Databricks; both official SDKs read it
     *     (as an integer number of seconds) on 429 and 503 and default to ~1 s when absent.
     */
    RetryAfter: number;
    /**
     * @description Request identifier set by the Databricks front end (observed on workspace responses, not
     *     documented). The documented place of the request id is the body:
     *     `details[]` entry of type `google.rpc.RequestInfo`, field `request_id`.
     */
    XRequestId: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  cancelRun: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The workspace a call is for, on a **unified host** (one host name serving an account and
         *     its workspaces), which cannot route a workspace call without it; a classic workspace host
         *     does not need it. The official SDKs send it on every Jobs call when `workspace_id`
         *     (`DATABRICKS_WORKSPACE_ID`) is set (databricks-sdk-go `service/jobs/impl.go`,
         *     `config/config.go`). A numeric workspace id or a connection id, which the server tells
         *     apart: its form is not constrained here. The client fills it from its `workspaceId`
         *     option or `DATABRICKS_WORKSPACE_ID`.
         */
        "X-Databricks-Workspace-Id"?: components["parameters"]["WorkspaceId"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CancelRunRequest"];
      };
    };
    responses: {
      /** @description The cancellation was accepted (or the run was already terminal). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EmptyResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["PermissionDenied"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["TemporarilyUnavailable"];
    };
  };
  cancelAllRuns: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The workspace a call is for, on a **unified host** (one host name serving an account and
         *     its workspaces), which cannot route a workspace call without it; a classic workspace host
         *     does not need it. The official SDKs send it on every Jobs call when `workspace_id`
         *     (`DATABRICKS_WORKSPACE_ID`) is set (databricks-sdk-go `service/jobs/impl.go`,
         *     `config/config.go`). A numeric workspace id or a connection id, which the server tells
         *     apart: its form is not constrained here. The client fills it from its `workspaceId`
         *     option or `DATABRICKS_WORKSPACE_ID`.
         */
        "X-Databricks-Workspace-Id"?: components["parameters"]["WorkspaceId"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CancelAllRunsRequest"];
      };
    };
    responses: {
      /** @description The cancellation was accepted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EmptyResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["PermissionDenied"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["TemporarilyUnavailable"];
    };
  };
  getRun: {
    parameters: {
      query: {
        /** @description The canonical identifier of the run for which to retrieve the metadata. */
        run_id: number;
        /** @description Whether to include the repair history in the response. */
        include_history?: boolean;
        /** @description Whether to include resolved parameter values in the response. */
        include_resolved_values?: boolean;
        /**
         * @description The `next_page_token` of a previous `getRun` response, to fetch the next page of the
         *     run's array properties (`tasks`, `iterations`, `job_clusters`; API 2.2, ignored by 2.1).
         */
        page_token?: string;
      };
      header?: {
        /**
         * @description The workspace a call is for, on a **unified host** (one host name serving an account and
         *     its workspaces), which cannot route a workspace call without it; a classic workspace host
         *     does not need it. The official SDKs send it on every Jobs call when `workspace_id`
         *     (`DATABRICKS_WORKSPACE_ID`) is set (databricks-sdk-go `service/jobs/impl.go`,
         *     `config/config.go`). A numeric workspace id or a connection id, which the server tells
         *     apart: its form is not constrained here. The client fills it from its `workspaceId`
         *     option or `DATABRICKS_WORKSPACE_ID`.
         */
        "X-Databricks-Workspace-Id"?: components["parameters"]["WorkspaceId"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The run. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Run"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["PermissionDenied"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["TemporarilyUnavailable"];
    };
  };
  listRuns: {
    parameters: {
      query?: {
        /** @description The job for which to list runs. If omitted, the Jobs service lists runs from all jobs. */
        job_id?: number;
        /**
         * @description If `true`, only active runs are listed (`QUEUED`, `PENDING`, `RUNNING` or
         *     `TERMINATING`; the legacy reference names the last three); otherwise active and
         *     completed runs. Cannot be `true` when `completed_only` is `true`.
         */
        active_only?: boolean;
        /**
         * @description If `true`, only completed runs are listed; otherwise active and completed runs. Cannot
         *     be `true` when `active_only` is `true`.
         */
        completed_only?: boolean;
        /**
         * @deprecated
         * @description The offset of the first run to return, relative to the most recent run. Deprecated
         *     since June 2023: use `page_token` instead.
         */
        offset?: number;
        /**
         * @description The number of runs to return: greater than 0 and at most 25 (the Go model says "less
         *     than 25", the legacy reference's schema has maximum 25). Default 20 (the Go model; the
         *     legacy reference said 25). `0` makes the service use its maximum.
         */
        limit?: number;
        /**
         * @description The type of runs to list: `JOB_RUN` (a normal job run), `WORKFLOW_RUN` (started by
         *     `dbutils.notebook.run`) or `SUBMIT_RUN` (a one-time run from `runs/submit`).
         */
        run_type?: "JOB_RUN" | "WORKFLOW_RUN" | "SUBMIT_RUN";
        /**
         * @description Whether to include task and cluster details in the response. Only the first 100
         *     elements are shown; `getRun` pages through the rest.
         */
        expand_tasks?: boolean;
        /**
         * @description Show runs that started at or after this value: a UTC timestamp in epoch milliseconds.
         *     Can be combined with `start_time_to`.
         */
        start_time_from?: number;
        /**
         * @description Show runs that started at or before this value: a UTC timestamp in epoch
         *     milliseconds. Can be combined with `start_time_from`.
         */
        start_time_to?: number;
        /**
         * @description `next_page_token` or `prev_page_token` of a previous `listRuns` answer, to list the
         *     next or previous page of runs (send the same filters again).
         */
        page_token?: string;
      };
      header?: {
        /**
         * @description The workspace a call is for, on a **unified host** (one host name serving an account and
         *     its workspaces), which cannot route a workspace call without it; a classic workspace host
         *     does not need it. The official SDKs send it on every Jobs call when `workspace_id`
         *     (`DATABRICKS_WORKSPACE_ID`) is set (databricks-sdk-go `service/jobs/impl.go`,
         *     `config/config.go`). A numeric workspace id or a connection id, which the server tells
         *     apart: its form is not constrained here. The client fills it from its `workspaceId`
         *     option or `DATABRICKS_WORKSPACE_ID`.
         */
        "X-Databricks-Workspace-Id"?: components["parameters"]["WorkspaceId"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of runs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListRunsResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["PermissionDenied"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["TemporarilyUnavailable"];
    };
  };
}
