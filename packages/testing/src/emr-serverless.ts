import { type Route, type SimulatorOptions, VendorSimulator } from "./base.js";
import type { Fault } from "./faults.js";
import { type AwsKey, verifySigV4 } from "./sigv4.js";
import {
  type EmrServerlessJobRunState,
  emrServerlessJobRunStateTerminal,
  emrServerlessJobRunStateValues,
} from "./generated/vendors.gen.js";
import { compareKeys, decodeCursor, type SortKey, tokenPage } from "./paging.js";
import { decodeSegment, json } from "./shared.js";

/** A documented job run `state` (from `specs/emr-serverless.yaml`). */
export type EmrJobRunState = EmrServerlessJobRunState;

const TERMINAL = new Set<string>(emrServerlessJobRunStateTerminal);

export interface EmrJobRunInit {
  applicationId: string;
  jobRunId: string;
  /** Default `RUNNING`. */
  state?: EmrJobRunState | undefined;
  name?: string | undefined;
}

export interface EmrServerlessSimulatorOptions extends SimulatorOptions {
  /** Keys whose SigV4 signatures are accepted; without them any well-formed signature is. */
  credentials?: readonly AwsKey[] | undefined;
  /** Region the credential scope must name (default: any). */
  region?: string | undefined;
}

interface JobRunRecord {
  applicationId: string;
  jobRunId: string;
  name: string;
  state: EmrJobRunState;
  createdAt: number;
  updatedAt: number;
  endedAt?: number | undefined;
  cancelRequestedAt?: number | undefined;
}

// The hosts of every partition (specs/emr-serverless.yaml, server variable dnsSuffix).
const DEFAULT_PATTERN =
  /^https:\/\/emr-serverless(?:-fips)?\.[a-z0-9-]+\.(?:amazonaws\.(?:com|com\.cn|eu)|api\.(?:aws|aws\.ic\.gov|aws\.scloud|aws\.hci\.ic\.gov|amazonwebservices\.(?:com\.cn|eu)|cloud-aws\.adc-e\.uk)|c2s\.ic\.gov|sc2s\.sgov\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)(?::443)?(?:[/?#].*)?$/;
const PATH = /\/applications\/([^/]+)\/jobruns\/([^/]+)$/;
const LIST_PATH = /\/applications\/([^/]+)\/jobruns$/;
const ID = /^[0-9a-z]{1,64}$/;
const STATES = new Set<string>(emrServerlessJobRunStateValues);
/** `ListJobRuns`' `maxResults` is 1 to 50; the default is not documented, the simulator uses 50. */
const LIST_MAX_RESULTS = 50;
const NEXT_TOKEN = /^[A-Za-z0-9_=-]{1,1024}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * AWS EMR Serverless (restJson1): `CancelJobRun` (DELETE), `GetJobRun` (GET) and `ListJobRuns`
 * (GET on the application's `jobruns`).
 */
export class EmrServerlessSimulator extends VendorSimulator {
  /** What it answers (the spec's operationIds). */
  static readonly operations = ["cancelJobRun", "getJobRun", "listJobRuns"] as const;
  readonly vendor = "emr-serverless" as const;
  readonly #runs = new Map<string, JobRunRecord>();
  readonly #keys: readonly AwsKey[] | undefined;
  readonly #region: string | undefined;

  constructor(options: EmrServerlessSimulatorOptions = {}) {
    super(options, DEFAULT_PATTERN);
    this.#keys = options.credentials;
    this.#region = options.region;
  }

  /** Adds (or replaces) a job run. */
  addJobRun(init: EmrJobRunInit): void {
    const now = this.clock.now();
    const state = init.state ?? "RUNNING";
    this.#runs.set(`${init.applicationId}/${init.jobRunId}`, {
      applicationId: init.applicationId,
      jobRunId: init.jobRunId,
      name: init.name ?? "nightly-etl",
      state,
      createdAt: now,
      updatedAt: now,
      endedAt: TERMINAL.has(state) ? now : undefined,
    });
  }

  /** Ends a job run on its own (not cancelled). */
  finishJobRun(applicationId: string, jobRunId: string, state: "SUCCESS" | "FAILED" = "SUCCESS") {
    const run = this.#runs.get(`${applicationId}/${jobRunId}`);
    if (!run) throw new Error(`no job run ${applicationId}/${jobRunId}`);
    const now = this.clock.now();
    Object.assign(run, { state, updatedAt: now, endedAt: now });
  }

  /** The job run's state as `GetJobRun` would show it now. */
  jobRunState(applicationId: string, jobRunId: string): EmrJobRunState | undefined {
    return this.#refresh(applicationId, jobRunId)?.state;
  }

  #refresh(applicationId: string, jobRunId: string): JobRunRecord | undefined {
    const run = this.#runs.get(`${applicationId}/${jobRunId}`);
    if (run && run.state === "CANCELLING" && this.cancelDone(run.cancelRequestedAt)) {
      const at = run.cancelRequestedAt! + this.cancelDelayMs;
      Object.assign(run, { state: "CANCELLED", updatedAt: at, endedAt: at });
    }
    return run;
  }

  #error(status: number, type: string, message: string, headers: Record<string, string> = {}) {
    return json(
      status,
      { message },
      {
        "X-Amzn-ErrorType": `${type}:http://internal.amazon.com/coral/com.amazonaws.emrserverless/`,
        "x-amzn-RequestId": crypto.randomUUID(),
        ...headers,
      },
    );
  }

  #ok(body: unknown) {
    return json(200, body, { "x-amzn-RequestId": crypto.randomUUID() });
  }

  protected unknownPath(): Response {
    return this.#error(404, "UnknownOperationException", "");
  }

  protected faultAnswer(fault: Exclude<Fault, { kind: "latency" | "reset" }>): Response {
    if (fault.kind === "throttle") {
      return this.#error(429, "ThrottlingException", "Rate exceeded", {
        "Retry-After": String(fault.retryAfterSeconds ?? 1),
      });
    }
    const status = fault.status ?? 500;
    if (status === 500)
      return this.#error(
        500,
        "InternalServerException",
        "Request processing failed because of an error or failure with the service.",
      );
    return this.#error(status, "ServiceUnavailable", "Service Unavailable");
  }

  protected async authenticate(request: Request): Promise<Response | undefined> {
    const body = request.body
      ? new Uint8Array(await request.clone().arrayBuffer())
      : new Uint8Array();
    const verdict = await verifySigV4(request, body, {
      keys: this.#keys,
      region: this.#region,
      service: "emr-serverless",
      now: this.clock.now(),
    });
    return verdict.ok ? undefined : this.#error(verdict.status, verdict.code, verdict.message);
  }

  protected route(
    request: Request,
    url: URL,
  ): Route<(typeof EmrServerlessSimulator.operations)[number]> | undefined {
    const list = LIST_PATH.exec(url.pathname);
    if (list && request.method === "GET") {
      const applicationId = decodeSegment(list[1]!);
      return { operation: "listJobRuns", run: () => this.#list(applicationId, url.searchParams) };
    }
    const match = PATH.exec(url.pathname);
    if (!match) return undefined;
    const applicationId = decodeSegment(match[1]!);
    const jobRunId = decodeSegment(match[2]!);
    if (request.method === "DELETE") {
      return {
        operation: "cancelJobRun",
        jobId: jobRunId,
        run: () => this.#cancel(applicationId, jobRunId, url),
      };
    }
    if (request.method === "GET") {
      return {
        operation: "getJobRun",
        jobId: jobRunId,
        run: () => this.#get(applicationId, jobRunId, url),
      };
    }
    return undefined;
  }

  #validate(applicationId: string, jobRunId?: string): Response | undefined {
    for (const [name, value] of [
      ["applicationId", applicationId],
      ["jobRunId", jobRunId],
    ] as const) {
      if (value !== undefined && !ID.test(value)) {
        return this.#invalid(
          value,
          name,
          "Member must satisfy regular expression pattern: [0-9a-z]+",
        );
      }
    }
    return undefined;
  }

  /** The model's constraint wording, as the service words a `ValidationException`. */
  #invalid(value: string, name: string, constraint: string): Response {
    return this.#error(
      400,
      "ValidationException",
      `1 validation error detected: Value '${value}' at '${name}' failed to satisfy constraint: ${constraint}`,
    );
  }

  #notFound(applicationId: string, jobRunId: string) {
    return this.#error(
      404,
      "ResourceNotFoundException",
      `Job run ${jobRunId} does not exist in application ${applicationId}`,
    );
  }

  #cancel(applicationId: string, jobRunId: string, url: URL): Response {
    const invalid = this.#validate(applicationId, jobRunId);
    if (invalid) return invalid;
    const grace = url.searchParams.get("shutdownGracePeriodInSeconds");
    if (grace !== null) {
      const n = Number(grace);
      if (!/^\d+$/.test(grace) || (n !== 0 && (n < 15 || n > 1800))) {
        return this.#error(
          400,
          "ValidationException",
          "shutdownGracePeriodInSeconds must be 0 or between 15 and 1800",
        );
      }
    }
    const run = this.#refresh(applicationId, jobRunId);
    if (!run) return this.#notFound(applicationId, jobRunId);
    // AWS refuses a run that has ended like bad input (see the spec); one cancelling answers 200.
    if (TERMINAL.has(run.state)) {
      return this.#error(
        400,
        "ValidationException",
        `Job run ${jobRunId} is not in a cancellable state`,
      );
    }
    if (run.state !== "CANCELLING") {
      const now = this.clock.now();
      Object.assign(run, { state: "CANCELLING", updatedAt: now, cancelRequestedAt: now });
      this.#refresh(applicationId, jobRunId);
    }
    return this.#ok({ applicationId, jobRunId });
  }

  #get(applicationId: string, jobRunId: string, url: URL): Response {
    const invalid = this.#validate(applicationId, jobRunId);
    if (invalid) return invalid;
    const attempt = url.searchParams.get("attempt");
    if (attempt !== null && !/^[1-9]\d*$/.test(attempt)) {
      return this.#error(400, "ValidationException", "attempt must be at least 1");
    }
    const run = this.#refresh(applicationId, jobRunId);
    if (!run) return this.#notFound(applicationId, jobRunId);
    return this.#ok({ jobRun: this.#jobRunJson(run) });
  }

  /**
   * `ListJobRuns`: the application's job runs, newest first (the order is not documented),
   * grouped by state in the order `states` names them ("the resulting list will be grouped by
   * the state"), paged by a `nextToken` that marks the last run of the page.
   */
  #list(applicationId: string, query: URLSearchParams): Response {
    const invalid = this.#validate(applicationId);
    if (invalid) return invalid;
    const token = query.get("nextToken");
    if (token !== null && !NEXT_TOKEN.test(token)) {
      return this.#invalid(
        token,
        "nextToken",
        "Member must satisfy regular expression pattern: [A-Za-z0-9_=-]+",
      );
    }
    const cursor = token === null ? undefined : decodeCursor(token);
    // A well-formed token it did not issue: AWS documents no answer; the simulator's own wording.
    if (token !== null && !cursor) {
      return this.#error(400, "ValidationException", "The nextToken is invalid or has expired.");
    }
    const rawMax = query.get("maxResults");
    const maxResults = rawMax === null ? LIST_MAX_RESULTS : Number(rawMax);
    if (
      rawMax !== null &&
      (!/^\d+$/.test(rawMax) || maxResults < 1 || maxResults > LIST_MAX_RESULTS)
    ) {
      return this.#invalid(
        rawMax,
        "maxResults",
        maxResults < 1
          ? "Member must have value greater than or equal to 1"
          : `Member must have value less than or equal to ${LIST_MAX_RESULTS}`,
      );
    }
    // restJson1 writes a timestamp in the query as an ISO 8601 date-time.
    const time = (name: string, absent: number) => {
      const raw = query.get(name);
      if (raw === null) return absent;
      return DATE_TIME.test(raw) ? Date.parse(raw) : Number.NaN;
    };
    const after = time("createdAtAfter", -Infinity);
    const before = time("createdAtBefore", Infinity);
    for (const [name, at] of [
      ["createdAtAfter", after],
      ["createdAtBefore", before],
    ] as const) {
      if (Number.isNaN(at)) {
        return this.#error(
          400,
          "ValidationException",
          `Invalid value for ${name}: ${query.get(name)}`,
        );
      }
    }
    const states = query.getAll("states");
    const unknown = states.find((state) => !STATES.has(state));
    if (unknown !== undefined) {
      return this.#invalid(
        unknown,
        "states",
        `Member must satisfy enum value set: [${[...STATES].join(", ")}]`,
      );
    }
    if (states.length > 8) {
      return this.#invalid(
        `[${states.join(", ")}]`,
        "states",
        "Member must have length less than or equal to 8",
      );
    }
    const mode = query.get("mode");
    if (mode !== null && mode !== "BATCH" && mode !== "STREAMING") {
      return this.#invalid(mode, "mode", "Member must satisfy enum value set: [BATCH, STREAMING]");
    }

    const runs = [...this.#runs.values()]
      .filter((run) => run.applicationId === applicationId)
      .map((run) => this.#refresh(run.applicationId, run.jobRunId)!)
      .filter(
        (run) =>
          (states.length === 0 || states.includes(run.state)) &&
          // Every simulated job run is a batch run.
          (mode === null || mode === "BATCH") &&
          run.createdAt >= after &&
          run.createdAt <= before,
      );
    // Grouped by state (in the filter's order), then newest first.
    const keyOf = (run: JobRunRecord): SortKey => [
      Math.max(0, states.indexOf(run.state)),
      -run.createdAt,
      run.jobRunId,
    ];
    runs.sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
    const page = tokenPage(runs, keyOf, maxResults, cursor);
    const body: Record<string, unknown> = {
      jobRuns: page.items.map((run) => this.#summaryJson(run)),
    };
    if (page.next) body["nextToken"] = page.next;
    return this.#ok(body);
  }

  /** A `JobRunSummary`: the `JobRun` members it shares, its id as `id`. */
  #summaryJson(run: JobRunRecord) {
    const jobRun = this.#jobRunJson(run);
    return {
      applicationId: run.applicationId,
      id: run.jobRunId,
      name: jobRun["name"],
      mode: jobRun["mode"],
      arn: jobRun["arn"],
      createdBy: jobRun["createdBy"],
      createdAt: jobRun["createdAt"],
      updatedAt: jobRun["updatedAt"],
      executionRole: jobRun["executionRole"],
      state: jobRun["state"],
      stateDetails: jobRun["stateDetails"],
      releaseLabel: jobRun["releaseLabel"],
      type: "Spark",
      attempt: jobRun["attempt"],
      attemptCreatedAt: jobRun["attemptCreatedAt"],
      attemptUpdatedAt: jobRun["attemptUpdatedAt"],
    };
  }

  #jobRunJson(run: JobRunRecord): Record<string, unknown> {
    const { applicationId, jobRunId } = run;
    const seconds = (ms: number) => ms / 1000;
    const region = this.#region ?? "us-east-1";
    const jobRun: Record<string, unknown> = {
      applicationId,
      jobRunId,
      name: run.name,
      arn: `arn:aws:emr-serverless:${region}:123456789012:/applications/${applicationId}/jobruns/${jobRunId}`,
      createdBy: "arn:aws:iam::123456789012:user/data-engineer",
      createdAt: seconds(run.createdAt),
      updatedAt: seconds(run.updatedAt),
      executionRole: "arn:aws:iam::123456789012:role/EMRServerlessS3RuntimeRole",
      state: run.state,
      stateDetails:
        run.state === "CANCELLING"
          ? "Job run cancellation requested by user."
          : run.state === "CANCELLED"
            ? "Job run was cancelled by user."
            : "",
      releaseLabel: "emr-7.9.0",
      jobDriver: { sparkSubmit: { entryPoint: "s3://amzn-s3-demo-bucket/scripts/wordcount.py" } },
      mode: "BATCH",
      attempt: 1,
      attemptCreatedAt: seconds(run.createdAt),
      attemptUpdatedAt: seconds(run.updatedAt),
      startedAt: seconds(run.createdAt),
      executionTimeoutMinutes: 720,
      queuedDurationMilliseconds: 0,
    };
    if (run.endedAt !== undefined) {
      jobRun["endedAt"] = seconds(run.endedAt);
      jobRun["totalExecutionDurationSeconds"] = Math.round((run.endedAt - run.createdAt) / 1000);
    }
    return jobRun;
  }
}
