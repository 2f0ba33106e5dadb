import { type Route, type SimulatorOptions, VendorSimulator } from "./base.js";
import type { Fault } from "./faults.js";
import { type AwsKey, verifySigV4 } from "./sigv4.js";
import {
  type EmrServerlessJobRunState,
  emrServerlessJobRunStateTerminal,
} from "./generated/vendors.gen.js";
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
const ID = /^[0-9a-z]{1,64}$/;

/** AWS EMR Serverless (restJson1): `CancelJobRun` (DELETE) and `GetJobRun` (GET). */
export class EmrServerlessSimulator extends VendorSimulator {
  /** What it answers (the spec's operationIds). */
  static readonly operations = ["cancelJobRun", "getJobRun"] as const;
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

  #validate(applicationId: string, jobRunId: string): Response | undefined {
    for (const [name, value] of [
      ["applicationId", applicationId],
      ["jobRunId", jobRunId],
    ] as const) {
      if (!ID.test(value)) {
        return this.#error(
          400,
          "ValidationException",
          `1 validation error detected: Value '${value}' at '${name}' failed to satisfy constraint: Member must satisfy regular expression pattern: [0-9a-z]+`,
        );
      }
    }
    return undefined;
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
    return this.#ok({ jobRun });
  }
}
