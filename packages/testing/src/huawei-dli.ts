import type { Route } from "./base.js";
import { HuaweiSimulator, type HuaweiSimulatorOptions } from "./huawei.js";
import {
  type HuaweiDliJobStatus,
  huaweiDliJobStatusTerminal,
  huaweiDliJobStatusValues,
} from "./generated/vendors.gen.js";
import { numberedPage } from "./paging.js";
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
/** The user every simulated job was submitted by. */
const OWNER = "test";
const LIST_PATH = /\/v1\.0\/([^/]+)\/jobs$/;

/** "Querying All Jobs" (dli_02_0025): `page-size` 1 to 100 (default 50), `current-page` 1 to 100. */
const LIST_DEFAULT_PAGE_SIZE = 50;
const LIST_MAX = 100;
const JOB_TYPES = new Set([
  "DDL",
  "DCL",
  "IMPORT",
  "EXPORT",
  "QUERY",
  "INSERT",
  "DATA_MIGRATION",
  "UPDATE",
  "DELETE",
  "RESTART_QUEUE",
  "SCALE_QUEUE",
]);
/** `job-status` takes the statuses a SQL job has, and the Go SDK's values for other job kinds. */
const STATUS_FILTERS = new Set<string>([
  ...huaweiDliJobStatusValues,
  "COMPUTED",
  "SUSPENDED",
  "ACTIVE",
  "DELETED",
  "CREATING",
]);
const ORDERS = new Set(["start_time_desc", "start_time_asc", "duration_desc", "duration_asc"]);

/**
 * Huawei Cloud DLI: `cancelSqlJob` (DELETE), `showSqlJobStatus` (GET …/status) and
 * `listSqlJobs` (GET …/jobs, numbered pages). A cancel of a finished, failed or cancelled job is
 * refused with a 400 that names no state (as DLI documents no code for it); the status read
 * gives the final status.
 */
export class HuaweiDliSimulator extends HuaweiSimulator {
  /** What it answers (the spec's operationIds). */
  static readonly operations = ["cancelSqlJob", "showSqlJobStatus", "listSqlJobs"] as const;
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
    if (LIST_PATH.test(url.pathname) && request.method === "GET") {
      return { operation: "listSqlJobs", run: () => this.#list(url.searchParams) };
    }
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

  /**
   * "Querying All Jobs": the jobs that match, sorted by `order` (newest submission first by
   * default), one numbered page of them, and how many match in all (`job_count`).
   */
  #list(query: URLSearchParams): Response {
    const invalid = () => this.error(400, "DLI.0001", "Parameter check errors occur.");
    const integer = (name: string, min: number, max = Number.MAX_SAFE_INTEGER) => {
      const raw = query.get(name);
      if (raw === null) return undefined;
      const n = Number(raw);
      return /^\d+$/.test(raw) && n >= min && n <= max ? n : Number.NaN;
    };
    const pageSize = integer("page-size", 1, LIST_MAX) ?? LIST_DEFAULT_PAGE_SIZE;
    const currentPage = integer("current-page", 1, LIST_MAX) ?? 1;
    const start = integer("start", 1);
    const end = integer("end", 0);
    const jobType = query.get("job-type");
    const jobTypes = query.getAll("job_types");
    const status = query.get("job-status");
    const order = query.get("order") ?? "start_time_desc";
    const engine = query.get("engine-type");
    if (
      [pageSize, currentPage, start, end].some(Number.isNaN) ||
      (jobType !== null && jobType !== "ALL" && !JOB_TYPES.has(jobType)) ||
      jobTypes.some((type) => !JOB_TYPES.has(type)) ||
      (status !== null && !STATUS_FILTERS.has(status)) ||
      !ORDERS.has(order) ||
      (engine !== null && engine !== "spark" && engine !== "hetuEngine")
    ) {
      return invalid();
    }
    const text = (name: string) => query.get(name);
    const sql = text("sql_pattern")?.toLowerCase();
    const now = this.clock.now();
    const jobs = [...this.#jobs.keys()]
      .map((id) => this.#refresh(id)!)
      .filter(
        (job) =>
          (status === null || job.status === status) &&
          (jobType === null || jobType === "ALL" || job.jobType === jobType) &&
          (jobTypes.length === 0 || jobTypes.includes(job.jobType)) &&
          (text("job-id") === null || job.jobId === text("job-id")) &&
          (text("queue_name") === null || job.queueName === text("queue_name")) &&
          (text("owner") === null || text("owner") === OWNER) &&
          (sql === undefined || job.statement.toLowerCase().includes(sql)) &&
          // Every simulated job runs on Spark, and has no tags, database or table.
          (engine === null || engine === "spark") &&
          text("tags") === null &&
          text("db_name") === null &&
          text("table_name") === null &&
          // "later than" / "earlier than" the start time.
          (start === undefined || job.startTime > start) &&
          (end === undefined || job.startTime < end),
      );
    const duration = (job: JobRecord) => (job.endTime ?? now) - job.startTime;
    const sortKey = order.startsWith("duration") ? duration : (job: JobRecord) => job.startTime;
    const sign = order.endsWith("_desc") ? -1 : 1;
    jobs.sort((a, b) => sign * (sortKey(a) - sortKey(b)) || a.jobId.localeCompare(b.jobId));
    return this.ok(200, {
      is_success: true,
      message: "",
      job_count: jobs.length,
      jobs: numberedPage(jobs, currentPage, pageSize).map((job) => this.#jobJson(job, now)),
    });
  }

  /** A job as the list shows it (`SqlJob`). */
  #jobJson(job: JobRecord, now: number) {
    return {
      job_id: job.jobId,
      job_type: job.jobType,
      queue_name: job.queueName,
      owner: OWNER,
      start_time: job.startTime,
      duration: (job.endTime ?? now) - job.startTime,
      status: job.status,
      input_size: 0,
      result_count: 0,
      detail: "",
      statement: job.statement,
      engine_type: "spark",
      ...(job.endTime === undefined ? {} : { end_time: job.endTime }),
    };
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
      owner: OWNER,
      start_time: job.startTime,
      duration: (job.endTime ?? this.clock.now()) - job.startTime,
      status: job.status,
      input_size: 0,
      result_count: 0,
      statement: job.statement,
    });
  }
}
