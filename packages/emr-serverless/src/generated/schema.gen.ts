// generated from specs/emr-serverless.yaml by tools/generator, regenerate with `pnpm generate`
export interface paths {
  "/applications/{applicationId}/jobruns": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List job runs
     * @description Lists the job runs of one application, one page at a time (`ListJobRuns`, marked
     *     `readonly` in the model). Sources: the botocore 1.43.11 model (`ListJobRuns`,
     *     `ListJobRunsRequest`, `ListJobRunsResponse`, `JobRunSummary`; errors
     *     `ValidationException` and `InternalServerException`) and its `paginators-1.json`
     *     (`input_token`/`output_token` `nextToken`, `limit_key` `maxResults`, `result_key`
     *     `jobRuns`); the API Reference page `API_ListJobRuns`.
     *
     *     **Pages.** While an answer carries `nextToken`, send it back as `nextToken` (with the
     *     same filters) for the next page; an answer without it is the last. `maxResults` is the
     *     page size, 1 to 50; the default is not documented.
     *
     *     **Filters.** `states` (up to 8 of the `JobRunState` values; "if this filter contains
     *     multiple states, the resulting list will be grouped by the state"), `createdAtAfter` /
     *     `createdAtBefore` (the lower and upper bound of the creation time; ISO 8601 in the query,
     *     as restJson1 writes a timestamp there) and `mode` (`BATCH` or `STREAMING`).
     *
     *     **Order.** Not documented beyond the grouping by state above.
     *
     *     The items are `JobRunSummary`s: the run's id is `id` (not `jobRunId` as in `GetJobRun`),
     *     its timestamps epoch seconds, as in `JobRun`. The model lists no
     *     `ResourceNotFoundException` for this operation: what the service answers for an
     *     application that does not exist is not documented. A `nextToken` that breaks its
     *     pattern or length is a `ValidationException` like any other constraint; the answer to a
     *     well-formed token the service did not issue is not documented.
     */
    get: operations["listJobRuns"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/applications/{applicationId}/jobruns/{jobRunId}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the application: the one the job run runs on (cancel, read), or whose job runs
         *     are listed.
         */
        applicationId: components["parameters"]["ApplicationId"];
        /** @description The ID of the job run. */
        jobRunId: components["parameters"]["JobRunId"];
      };
      cookie?: never;
    };
    /**
     * Get a job run
     * @description Displays detailed information about a job run, including its `state`. Terminal states:
     *     `SUCCESS`, `FAILED`, `CANCELLED`. No SDK waiter is defined for job runs; clients poll.
     */
    get: operations["getJobRun"];
    put?: never;
    post?: never;
    /**
     * Cancel a job run
     * @description Cancels a job run. The job run moves to `CANCELLING`, then `CANCELLED`; poll `getJobRun`
     *     until a terminal state (`SUCCESS`, `FAILED`, `CANCELLED`).
     *
     *     A run that has already ended (`SUCCESS`, `FAILED`, `CANCELLED`) cannot be cancelled: the
     *     service answers **400 `ValidationException`** (not in a cancellable state), the same code
     *     as for input that breaks a constraint (sources in `info.description`). Smithy's
     *     `@idempotent` on the operation says only that a retried request has no further effect; it
     *     does not make the cancel of a finished run succeed. What a cancel of a run that is already
     *     `CANCELLING` answers is not documented. `cancelJobRunConfirmed` settles a
     *     `ValidationException` with one `getJobRun`: an ended run is `already-terminal`.
     *
     *     `shutdownGracePeriodInSeconds` (EMR release 7.9.0 and later) lets the job run its shutdown
     *     hooks before it is forcefully terminated; the grace period applies only to jobs in the
     *     `RUNNING` state, and the job ends as soon as the hooks finish. Jobs are billed during the
     *     grace period.
     */
    delete: operations["cancelJobRun"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description The ID of an application. */
    ApplicationId: string;
    /** @description The ID of a job run. */
    JobRunId: string;
    /** @description A timestamp, seconds since 1970-01-01T00:00:00Z (restJson1 body format; may be fractional). */
    EpochSeconds: number;
    CancelJobRunResponse: {
      applicationId: components["schemas"]["ApplicationId"];
      jobRunId: components["schemas"]["JobRunId"];
    };
    GetJobRunResponse: {
      jobRun: components["schemas"]["JobRun"];
    };
    /** @description A page of `listJobRuns` (the model's `ListJobRunsResponse`). */
    ListJobRunsResponse: {
      /** @description The job runs of this page. */
      jobRuns: components["schemas"]["JobRunSummary"][];
      /** @description The token for the next page, to send back as `nextToken`; absent on the last page. */
      nextToken?: string;
    };
    /**
     * @description The summary of a job run that `listJobRuns` lists (the model's `JobRunSummary`). The id
     *     is `id`; the timestamps are epoch seconds, as in `JobRun`.
     */
    JobRunSummary: {
      applicationId: components["schemas"]["ApplicationId"];
      id: components["schemas"]["JobRunId"];
      /** @description The optional job run name. Need not be unique. */
      name?: components["schemas"]["NotBlank256"];
      mode?: components["schemas"]["JobRunMode"];
      /** @description The ARN of the job run. */
      arn: string;
      /** @description The user who created the job run (IAM / STS ARN). */
      createdBy: string;
      createdAt: components["schemas"]["EpochSeconds"];
      updatedAt: components["schemas"]["EpochSeconds"];
      /** @description The execution role ARN of the job run. */
      executionRole: string;
      state: components["schemas"]["JobRunState"];
      /**
       * @description The state details of the job run; `""` while a job runs, as in `JobRun` (the model's
       *     minimum length of 1 is not kept, see `info.description`).
       */
      stateDetails: string;
      /** @description The Amazon EMR release of the application the job runs on, e.g. `emr-7.9.0`. */
      releaseLabel: string;
      /** @description The type of job run, such as Spark or Hive (a free string in the model). */
      type?: string;
      /**
       * Format: int32
       * @description The attempt number of the job run execution.
       */
      attempt?: number;
      attemptCreatedAt?: components["schemas"]["EpochSeconds"];
      attemptUpdatedAt?: components["schemas"]["EpochSeconds"];
    } & {
      [key: string]: unknown;
    };
    /**
     * @description The state of a job run (open enum). Known values: `SUBMITTED`, `PENDING`, `SCHEDULED`,
     *     `RUNNING`, `SUCCESS` (terminal), `FAILED` (terminal), `CANCELLING`, `CANCELLED`
     *     (terminal; two L), `QUEUED`.
     */
    JobRunState:
      | "SUBMITTED"
      | "PENDING"
      | "SCHEDULED"
      | "RUNNING"
      | "SUCCESS"
      | "FAILED"
      | "CANCELLING"
      | "CANCELLED"
      | "QUEUED"
      | (string & {});
    /** @description The mode of a job run (open enum). Known values `BATCH`, `STREAMING`. */
    JobRunMode: "BATCH" | "STREAMING" | (string & {});
    /**
     * @description Aggregated vCPU, memory and storage, per hour (the model's `ResourceUtilization` and
     *     `TotalResourceUtilization`, which have the same members).
     */
    ResourceUtilization: {
      /** @description The aggregated vCPU used per hour. */
      vCPUHour?: number;
      /** @description The aggregated memory used per hour. */
      memoryGBHour?: number;
      /** @description The aggregated storage used per hour. */
      storageGBHour?: number;
    } & {
      [key: string]: unknown;
    };
    /** @description The model's `String256`. */
    NotBlank256: string;
    /** @description The ARN of a KMS key. */
    EncryptionKeyArn: string;
    /** @description A worker type of an analytics framework, e.g. `Driver`, `Executor`, `TEZ_TASK`. */
    WorkerType: string;
    /**
     * @description A configuration classification, its properties and nested configurations. `properties`
     *     is `sensitive` in the model (values may be secrets).
     */
    Configuration: {
      classification: string;
      properties?: {
        [key: string]: string;
      };
      configurations?: components["schemas"]["Configuration"][];
    } & {
      [key: string]: unknown;
    };
    /** @description The applied image configuration. */
    ImageConfiguration: {
      /** @description The URI of an image in Amazon ECR. */
      imageUri: string;
      /** @description The SHA-256 digest the image URI resolved to (absent until the application has started). */
      resolvedImageDigest?: string;
      /**
       * @description Whether the digest is resolved once when the application starts (true) or for each
       *     job run (false). In `@aws-sdk/client-emr-serverless` 3.1169.0, not yet in botocore
       *     1.43.11.
       */
      applicationLevelDigestResolution?: boolean;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description Information about a job run (a unit of work — Spark JAR, Hive query, SparkSQL query —
     *     submitted to an EMR Serverless application).
     */
    JobRun: {
      applicationId: components["schemas"]["ApplicationId"];
      jobRunId: components["schemas"]["JobRunId"];
      /** @description The optional job run name. Need not be unique. */
      name?: components["schemas"]["NotBlank256"];
      /** @description The ARN of the job run (the API Reference's "execution role ARN" wording is a documentation slip). */
      arn: string;
      /** @description The user who created the job run (IAM / STS ARN). */
      createdBy: string;
      createdAt: components["schemas"]["EpochSeconds"];
      updatedAt: components["schemas"]["EpochSeconds"];
      /** @description The execution role ARN of the job run. */
      executionRole: string;
      /**
       * @description Optional IAM policy passed at StartJobRun; the job's permissions are the intersection
       *     of this policy and the execution role's.
       */
      executionIamPolicy?: {
        /** @description An IAM inline policy document (tab, LF, CR and U+0020–U+00FF only). */
        policy?: string;
        /** @description ARNs of managed policies. */
        policyArns?: string[];
      } & {
        [key: string]: unknown;
      };
      state: components["schemas"]["JobRunState"];
      /**
       * @description The state details of the job run. `""` while a job runs (see `info.description`: the
       *     model's minimum length of 1 is not kept).
       */
      stateDetails: string;
      /** @description The Amazon EMR release of the application the job runs on, e.g. `emr-7.9.0`. */
      releaseLabel: string;
      /** @description The configuration settings used to override default configuration. */
      configurationOverrides?: {
        /** @description Override configurations (classification + properties + nested configurations). */
        applicationConfiguration?: components["schemas"]["Configuration"][];
        /** @description Monitoring overrides. */
        monitoringConfiguration?: {
          s3MonitoringConfiguration?: {
            /** @description The Amazon S3 destination URI for log publishing. */
            logUri?: string;
            encryptionKeyArn?: components["schemas"]["EncryptionKeyArn"];
          } & {
            [key: string]: unknown;
          };
          managedPersistenceMonitoringConfiguration?: {
            /** @description Managed logging; true unless turned off. */
            enabled?: boolean;
            encryptionKeyArn?: components["schemas"]["EncryptionKeyArn"];
          } & {
            [key: string]: unknown;
          };
          cloudWatchLoggingConfiguration?: {
            enabled: boolean;
            logGroupName?: string;
            logStreamNamePrefix?: string;
            encryptionKeyArn?: components["schemas"]["EncryptionKeyArn"];
            /** @description Worker type → the log types published for it. */
            logTypes?: {
              [key: string]: string[];
            };
          } & {
            [key: string]: unknown;
          };
          prometheusMonitoringConfiguration?: {
            /** @description The remote write URL of an Amazon Managed Service for Prometheus workspace. */
            remoteWriteUrl?: string;
          } & {
            [key: string]: unknown;
          };
        } & {
          [key: string]: unknown;
        };
        /** @description The override configuration to encrypt local disks. */
        diskEncryptionConfiguration?: {
          /** @description Non-secret key-value pairs bound to the encrypted data. */
          encryptionContext?: {
            [key: string]: string;
          };
          encryptionKeyArn?: components["schemas"]["EncryptionKeyArn"];
        } & {
          [key: string]: unknown;
        };
      } & {
        [key: string]: unknown;
      };
      /**
       * @description The job driver — a union: exactly one of `sparkSubmit` or `hive`. Its strings are
       *     `sensitive` in the model (they may carry secrets).
       */
      jobDriver: {
        sparkSubmit?: {
          /** @description The entry point for the Spark submit job run. */
          entryPoint: string;
          /** @description The arguments for the Spark submit job run. */
          entryPointArguments?: string[];
          /** @description The parameters for the Spark submit job run. */
          sparkSubmitParameters?: string;
        } & {
          [key: string]: unknown;
        };
        hive?: {
          /** @description The query for the Hive job run. */
          query: string;
          /** @description The query file for the Hive job run. */
          initQueryFile?: string;
          /** @description The parameters for the Hive job run. */
          parameters?: string;
        } & {
          [key: string]: unknown;
        };
      } & {
        [key: string]: unknown;
      };
      /** @description The tags assigned to the job run. */
      tags?: {
        [key: string]: string;
      };
      totalResourceUtilization?: components["schemas"]["ResourceUtilization"];
      /** @description The network configuration for customer VPC connectivity. */
      networkConfiguration?: {
        subnetIds?: string[];
        securityGroupIds?: string[];
      } & {
        [key: string]: unknown;
      };
      /**
       * Format: int32
       * @description Total execution duration in seconds; only present once the job run has ended (the
       *     model says `COMPLETED`, `FAILED` or `CANCELLED`; `COMPLETED` is its word for `SUCCESS`).
       */
      totalExecutionDurationSeconds?: number;
      /**
       * Format: int64
       * @description The job run timeout from StartJobRun; 720 minutes when none was specified. For BATCH
       *     job runs at most 10080 minutes (7 days) from EMR release 7.11.
       */
      executionTimeoutMinutes?: number;
      billedResourceUtilization?: components["schemas"]["ResourceUtilization"];
      mode?: components["schemas"]["JobRunMode"];
      /** @description The retry policy of the job run. */
      retryPolicy?: {
        /**
         * Format: int32
         * @description Maximum number of attempts (BATCH mode).
         */
        maxAttempts?: number;
        /**
         * Format: int32
         * @description Maximum number of failed attempts per hour (STREAMING mode).
         */
        maxFailedAttemptsPerHour?: number;
      } & {
        [key: string]: unknown;
      };
      /**
       * Format: int32
       * @description The attempt of the job run.
       */
      attempt?: number;
      attemptCreatedAt?: components["schemas"]["EpochSeconds"];
      attemptUpdatedAt?: components["schemas"]["EpochSeconds"];
      startedAt?: components["schemas"]["EpochSeconds"];
      endedAt?: components["schemas"]["EpochSeconds"];
      /**
       * Format: int64
       * @description The total time the job spent in the QUEUED state, in milliseconds.
       */
      queuedDurationMilliseconds?: number;
      imageConfiguration?: components["schemas"]["ImageConfiguration"];
      /**
       * @description The specification applied to each worker type (its image configuration). In
       *     `@aws-sdk/client-emr-serverless` 3.1169.0, not yet in botocore 1.43.11.
       */
      workerTypeSpecifications?: {
        [key: string]: {
          imageConfiguration?: components["schemas"]["ImageConfiguration"];
        } & {
          [key: string]: unknown;
        };
      };
    } & {
      [key: string]: unknown;
    };
    /**
     * @description The restJson1 error body. The error type is in the `X-Amzn-ErrorType` header (or, when
     *     absent, in body `code` / `__type`); the message in `message` (some front ends use
     *     `Message`).
     */
    AwsError: {
      /** @description Human-readable description of the error. */
      message: string;
      /** @description Error type, possibly namespaced (`com.amazonaws.emrserverless#ValidationException`). */
      __type?: string;
      /** @description Error type (alternative field). */
      code?: string;
    };
  };
  responses: {
    /**
     * @description **ValidationException** (modelled): the input fails to satisfy the constraints.
     *     Also the AWS common 400 errors: **ThrottlingException** (request denied due to request
     *     throttling; the CommonErrors page gives 400, many restJson1 services answer 429 — see the
     *     429 response), RequestExpired, IncompleteSignature, MissingAuthenticationToken.
     */
    BadRequest: {
      headers: {
        "X-Amzn-ErrorType": components["headers"]["XAmznErrorType"];
        "x-amzn-RequestId": components["headers"]["XAmznRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AwsError"];
      };
    };
    /**
     * @description **ValidationException** (modelled): the input fails to satisfy the constraints, or the job
     *     run has already ended (`SUCCESS`, `FAILED`, `CANCELLED`) and is not in a cancellable state.
     *     Also the AWS common 400 errors, as for every operation (see `BadRequest`).
     */
    CancelBadRequest: {
      headers: {
        "X-Amzn-ErrorType": components["headers"]["XAmznErrorType"];
        "x-amzn-RequestId": components["headers"]["XAmznRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AwsError"];
      };
    };
    /**
     * @description **ValidationException** (modelled): the input fails to satisfy the constraints, e.g. a
     *     `maxResults` outside 1–50 or a `nextToken` outside its pattern. Also the AWS common 400
     *     errors, as for every operation (see `BadRequest`).
     */
    ListBadRequest: {
      headers: {
        "X-Amzn-ErrorType": components["headers"]["XAmznErrorType"];
        "x-amzn-RequestId": components["headers"]["XAmznRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AwsError"];
      };
    };
    /**
     * @description AWS common errors: **AccessDeniedException** (no `emr-serverless:CancelJobRun` /
     *     `GetJobRun` permission), **UnrecognizedClientException** (invalid access key or
     *     security token), **InvalidSignatureException** (signature mismatch or clock skew),
     *     ExpiredTokenException, IncompleteSignature, InvalidClientTokenId.
     */
    AccessDenied: {
      headers: {
        "X-Amzn-ErrorType": components["headers"]["XAmznErrorType"];
        "x-amzn-RequestId": components["headers"]["XAmznRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AwsError"];
      };
    };
    /** @description **ResourceNotFoundException** (modelled): the application or job run was not found. */
    ResourceNotFound: {
      headers: {
        "X-Amzn-ErrorType": components["headers"]["XAmznErrorType"];
        "x-amzn-RequestId": components["headers"]["XAmznRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AwsError"];
      };
    };
    /**
     * @description **ThrottlingException** answered with HTTP 429 (AWS common error; not modelled for this
     *     service). Retry with backoff; AWS SDKs classify it as a throttling error.
     */
    TooManyRequests: {
      headers: {
        "X-Amzn-ErrorType": components["headers"]["XAmznErrorType"];
        "x-amzn-RequestId": components["headers"]["XAmznRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AwsError"];
      };
    };
    /**
     * @description **InternalServerException** (modelled): request processing failed because of an error
     *     or failure with the service. Also the AWS common InternalFailure. Retryable.
     */
    InternalServer: {
      headers: {
        "X-Amzn-ErrorType": components["headers"]["XAmznErrorType"];
        "x-amzn-RequestId": components["headers"]["XAmznRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AwsError"];
      };
    };
    /** @description **ServiceUnavailable** (AWS common error): the request failed due to a temporary failure of the server. Retryable. */
    ServiceUnavailable: {
      headers: {
        "X-Amzn-ErrorType": components["headers"]["XAmznErrorType"];
        "x-amzn-RequestId": components["headers"]["XAmznRequestId"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AwsError"];
      };
    };
  };
  parameters: {
    /**
     * @description The ID of the application: the one the job run runs on (cancel, read), or whose job runs
     *     are listed.
     */
    ApplicationId: string;
    /** @description The ID of the job run. */
    JobRunId: string;
  };
  requestBodies: never;
  headers: {
    /** @description The unique identifier AWS assigns to the request; quote it to AWS Support. */
    XAmznRequestId: string;
    /**
     * @description The error type (restJson1). May carry a suffix after `:` (e.g.
     *     `ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.emrserverless/`)
     *     or a namespace before `#`; a client keeps the text after the last `#` and before the first
     *     `:`.
     */
    XAmznErrorType: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listJobRuns: {
    parameters: {
      query?: {
        /** @description The token for the next set of job run results (the `nextToken` of the previous answer). */
        nextToken?: string;
        /** @description The maximum number of job runs to list in one answer (1 to 50). */
        maxResults?: number;
        /** @description The lower bound of the creation date and time of the job runs to list. */
        createdAtAfter?: string;
        /** @description The upper bound of the creation date and time of the job runs to list. */
        createdAtBefore?: string;
        /**
         * @description Only job runs in one of these states (up to 8, sent as repeated `states` query
         *     parameters). With more than one state the list is grouped by state.
         */
        states?: (
          | "SUBMITTED"
          | "PENDING"
          | "SCHEDULED"
          | "RUNNING"
          | "SUCCESS"
          | "FAILED"
          | "CANCELLING"
          | "CANCELLED"
          | "QUEUED"
        )[];
        /** @description The mode of the job runs to list. */
        mode?: "BATCH" | "STREAMING";
      };
      header?: never;
      path: {
        /**
         * @description The ID of the application: the one the job run runs on (cancel, read), or whose job runs
         *     are listed.
         */
        applicationId: components["parameters"]["ApplicationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of job runs. */
      200: {
        headers: {
          "x-amzn-RequestId": components["headers"]["XAmznRequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListJobRunsResponse"];
        };
      };
      400: components["responses"]["ListBadRequest"];
      403: components["responses"]["AccessDenied"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServer"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getJobRun: {
    parameters: {
      query?: {
        /**
         * @description The attempt of the job run to describe. If not specified, the latest attempt is
         *     returned.
         */
        attempt?: number;
      };
      header?: never;
      path: {
        /**
         * @description The ID of the application: the one the job run runs on (cancel, read), or whose job runs
         *     are listed.
         */
        applicationId: components["parameters"]["ApplicationId"];
        /** @description The ID of the job run. */
        jobRunId: components["parameters"]["JobRunId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job run. */
      200: {
        headers: {
          "x-amzn-RequestId": components["headers"]["XAmznRequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetJobRunResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      403: components["responses"]["AccessDenied"];
      404: components["responses"]["ResourceNotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServer"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  cancelJobRun: {
    parameters: {
      query?: {
        /**
         * @description The duration in seconds to wait before forcefully terminating the job after
         *     cancellation is requested. `0` = immediate termination; otherwise 15–1800 seconds
         *     (User Guide; the API Reference states no range). When omitted: no grace period for
         *     batch jobs, 120 seconds for streaming jobs.
         */
        shutdownGracePeriodInSeconds?: number | 0 | unknown;
      };
      header?: never;
      path: {
        /**
         * @description The ID of the application: the one the job run runs on (cancel, read), or whose job runs
         *     are listed.
         */
        applicationId: components["parameters"]["ApplicationId"];
        /** @description The ID of the job run. */
        jobRunId: components["parameters"]["JobRunId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cancellation was accepted. */
      200: {
        headers: {
          "x-amzn-RequestId": components["headers"]["XAmznRequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CancelJobRunResponse"];
        };
      };
      400: components["responses"]["CancelBadRequest"];
      403: components["responses"]["AccessDenied"];
      404: components["responses"]["ResourceNotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServer"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
}
