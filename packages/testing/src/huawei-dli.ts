import type { Route } from "./base.js";
import { HuaweiSimulator, type HuaweiSimulatorOptions } from "./huawei.js";
import { type HuaweiDliJobStatus, huaweiDliJobStatusTerminal } from "./generated/vendors.gen.js";
import { decodeSegment } from "./shared.js";

/** A documented job `status` (from `specs/huawei-dli.yaml`). */
export type DliJobStatus = HuaweiDliJobStatus;

const TERMINAL = new Set<string>(huaweiDliJobStatusTerminal);

export interface DliJobInit {
  jobId: string;
  /** Default `RUNNING`. */
  status?: DliJobStatus | undefined;
  jobType?: string | undefined;
  queueName?: string | undefined;
  statement?: string | undefined;
  /**
   * The caller lacks the queue's "Terminate Jobs" permission: every cancel of this job answers
   * 400 `DLI.0003` and changes nothing, while its status stays readable. Default false.
   */
  cancelDenied?: boolean | undefined;
}

export interface HuaweiDliSimulatorOptions extends HuaweiSimulatorOptions {
  /**
   * How an unknown job is answered: `DLI.0002` (400, object does not exist; default) or
   * `DLI.0023` (404, no related resources) — the vendor documents both.
   */
  unknownJob?: "DLI.0002" | "DLI.0023" | undefined;
}

interface JobRecord {
  jobId: string;
  status: DliJobStatus;
  jobType: string;
  queueName: string;
  statement: string;
  startTime: number;
  endTime?: number | undefined;
  cancelRequestedAt?: number | undefined;
  cancelDenied: boolean;
}

const DEFAULT_PATTERN =
  /^https:\/\/dli\.[a-z0-9-]+\.myhuaweicloud\.(?:com|cn|eu)(?::443)?(?:[/?#].*)?$/;
const PATH = /\/v1\.0\/([^/]+)\/jobs\/([^/]+)(\/status)?$/;

/**
 * Huawei Cloud DLI: `cancelSqlJob` (DELETE) and `showSqlJobStatus` (GET …/status). A cancel of a
 * finished, failed or cancelled job is refused with a 400 that names no state (as DLI documents
 * no code for it); the status read gives the final status.
 */
export class HuaweiDliSimulator extends HuaweiSimulator {
  /** What it answers (the spec's operationIds). */
  static readonly operations = ["cancelSqlJob", "showSqlJobStatus"] as const;
  readonly vendor = "huawei-dli" as const;
  readonly #jobs = new Map<string, JobRecord>();
  readonly #unknown: "DLI.0002" | "DLI.0023";

  constructor(options: HuaweiDliSimulatorOptions = {}) {
    super(options, DEFAULT_PATTERN);
    this.#unknown = options.unknownJob ?? "DLI.0002";
  }

  addJob(init: DliJobInit): void {
    const status = init.status ?? "RUNNING";
    const now = this.clock.now();
    this.#jobs.set(init.jobId, {
      jobId: init.jobId,
      status,
      jobType: init.jobType ?? "QUERY",
      queueName: init.queueName ?? "default",
      statement: init.statement ?? "select * from t1",
      startTime: now,
      endTime: TERMINAL.has(status) ? now : undefined,
      cancelDenied: init.cancelDenied ?? false,
    });
  }

  finishJob(jobId: string, status: "FINISHED" | "FAILED" = "FINISHED"): void {
    const job = this.#jobs.get(jobId);
    if (!job) throw new Error(`no job ${jobId}`);
    Object.assign(job, { status, endTime: this.clock.now() });
  }

  jobStatus(jobId: string): DliJobStatus | undefined {
    return this.#refresh(jobId)?.status;
  }

  #refresh(jobId: string): JobRecord | undefined {
    const job = this.#jobs.get(jobId);
    if (job && !TERMINAL.has(job.status) && this.cancelDone(job.cancelRequestedAt)) {
      Object.assign(job, {
        status: "CANCELLED",
        endTime: job.cancelRequestedAt! + this.cancelDelayMs,
      });
    }
    return job;
  }

  protected internalError(): Response {
    return this.error(500, "DLI.0999", "Server-side errors occur.");
  }

  protected route(
    request: Request,
    url: URL,
  ): Route<(typeof HuaweiDliSimulator.operations)[number]> | undefined {
    const match = PATH.exec(url.pathname);
    if (!match) return undefined;
    const jobId = decodeSegment(match[2]!);
    if (!match[3] && request.method === "DELETE") {
      return { operation: "cancelSqlJob", jobId, run: () => this.#cancel(jobId) };
    }
    if (match[3] && request.method === "GET") {
      return { operation: "showSqlJobStatus", jobId, run: () => this.#status(jobId) };
    }
    return undefined;
  }

  #notFound(jobId: string) {
    return this.#unknown === "DLI.0023"
      ? this.error(404, "DLI.0023", "No related resources were found.")
      : this.error(400, "DLI.0002", `There is no job with id ${jobId}.`);
  }

  #cancel(jobId: string): Response {
    const job = this.#refresh(jobId);
    if (!job) return this.#notFound(jobId);
    // Neither refusal's code is documented: each is a 400 code of the error table (dli_02_0056)
    // with the table's own message, which names no job state, so a client must read the status.
    if (job.cancelDenied) return this.error(400, "DLI.0003", "SQL permission verification fails.");
    // "If execution of a job completes or fails, this job cannot be canceled" (dli_02_0104).
    if (TERMINAL.has(job.status)) {
      return this.error(400, "DLI.0007", "The operation is not supported.");
    }
    if (job.cancelRequestedAt === undefined) {
      job.cancelRequestedAt = this.clock.now();
      this.#refresh(jobId);
    }
    return this.ok(200, { is_success: true, message: "" });
  }

  #status(jobId: string): Response {
    const job = this.#refresh(jobId);
    if (!job) return this.#notFound(jobId);
    return this.ok(200, {
      is_success: true,
      message: "",
      job_id: job.jobId,
      job_type: job.jobType,
      job_mode: "async",
      queue_name: job.queueName,
      owner: "test",
      start_time: job.startTime,
      duration: (job.endTime ?? this.clock.now()) - job.startTime,
      status: job.status,
      input_size: 0,
      result_count: 0,
      statement: job.statement,
    });
  }
}
