import type { Route } from "./base.js";
import { HuaweiSimulator, type HuaweiSimulatorOptions } from "./huawei.js";
import {
  type HuaweiMrsJobExecutionStatus,
  type HuaweiMrsJobState,
  huaweiMrsJobResultValues,
  huaweiMrsJobStateTerminal,
  huaweiMrsJobStateValues,
} from "./generated/vendors.gen.js";
import { numberedPage } from "./paging.js";
import { decodeSegment } from "./shared.js";

/** A documented `job_state` (from `specs/huawei-mrs.yaml`). */
export type MrsJobState = HuaweiMrsJobState;

const TERMINAL = new Set<string>(huaweiMrsJobStateTerminal);
const RESULT: Record<string, string> = {
  FINISHED: "SUCCEEDED",
  FAILED: "FAILED",
  KILLED: "KILLED",
};
/** The v1.1 (Sahara) `info.status` of a job in each v2 `job_state`. */
const V11_STATUS: Record<MrsJobState, HuaweiMrsJobExecutionStatus> = {
  NEW: "PENDING",
  NEW_SAVING: "PENDING",
  SUBMITTED: "PENDING",
  ACCEPTED: "PREP",
  RUNNING: "RUNNING",
  FINISHED: "SUCCEEDED",
  FAILED: "FAILED",
  KILLED: "KILLED",
};

export interface MrsJobInit {
  jobExecutionId: string;
  /** When given, v2 calls must name this cluster (else any cluster finds the job). */
  clusterId?: string | undefined;
  /** Default `RUNNING`. */
  state?: MrsJobState | undefined;
  jobName?: string | undefined;
  /**
   * Every kill of this job fails with `0175` while the job runs on (the failed kill that a
   * confirmation must not take for an ended job). Default false.
   */
  killFails?: boolean | undefined;
}

export interface HuaweiMrsSimulatorOptions extends HuaweiSimulatorOptions {
  /**
   * The HTTP status of `0175` (a kill that failed): 500 as the vendor's error-code table lists
   * it (default), or 400 as the "Terminating a Job" page shows it.
   */
  failedKillStatus?: 400 | 500 | undefined;
}

interface JobRecord {
  id: string;
  clusterId?: string | undefined;
  jobName: string;
  state: MrsJobState;
  killFails: boolean;
  submittedAt: number;
  finishedAt?: number | undefined;
  cancelRequestedAt?: number | undefined;
}

const DEFAULT_PATTERN =
  /^https:\/\/mrs\.[a-z0-9-]+\.myhuaweicloud\.(?:com|cn|eu)(?::443)?(?:[/?#].*)?$/;
const V2 = /\/v2\/([^/]+)\/clusters\/([^/]+)\/job-executions\/([^/]+)(\/kill)?$/;
const V2_LIST = /\/v2\/([^/]+)\/clusters\/([^/]+)\/job-executions$/;
const V11 = /\/v1\.1\/([^/]+)\/job-executions\/([^/]+)(\/cancel)?$/;
/** "Querying a List of Jobs": `limit` 10 by default (no maximum documented). */
const LIST_DEFAULT_LIMIT = 10;
const JOB_STATES = new Set<string>(huaweiMrsJobStateValues);
const JOB_RESULTS = new Set<string>(huaweiMrsJobResultValues);
/** Who submitted, where and how every simulated job runs (the vendor example's values). */
const USER = "xxxx";
const QUEUE = "default";
const JOB_TYPE = "SparkSubmit";

/**
 * Huawei Cloud MRS: v2 `stopJob` (POST …/kill, 200 without body), `showSingleJobExe` (GET, 202),
 * `showJobExeListNew` (GET …/job-executions, 202, numbered pages) and the legacy v1.1
 * `cancelJobExecution` (GET …/cancel) and `showJobExecution` (GET).
 */
export class HuaweiMrsSimulator extends HuaweiSimulator {
  /** What it answers (the spec's operationIds). */
  static readonly operations = [
    "stopJob",
    "showSingleJobExe",
    "showJobExeListNew",
    "cancelJobExecution",
    "showJobExecution",
  ] as const;
  readonly vendor = "huawei-mrs" as const;
  readonly #jobs = new Map<string, JobRecord>();
  readonly #failedKillStatus: 400 | 500;

  constructor(options: HuaweiMrsSimulatorOptions = {}) {
    super(options, DEFAULT_PATTERN);
    this.#failedKillStatus = options.failedKillStatus ?? 500;
  }

  addJob(init: MrsJobInit): void {
    const state = init.state ?? "RUNNING";
    const now = this.clock.now();
    this.#jobs.set(init.jobExecutionId, {
      id: init.jobExecutionId,
      clusterId: init.clusterId,
      jobName: init.jobName ?? "pyspark1",
      state,
      killFails: init.killFails ?? false,
      submittedAt: now,
      finishedAt: TERMINAL.has(state) ? now : undefined,
    });
  }

  finishJob(jobExecutionId: string, state: "FINISHED" | "FAILED" = "FINISHED"): void {
    const job = this.#jobs.get(jobExecutionId);
    if (!job) throw new Error(`no job ${jobExecutionId}`);
    Object.assign(job, { state, finishedAt: this.clock.now() });
  }

  jobState(jobExecutionId: string): MrsJobState | undefined {
    return this.#refresh(jobExecutionId)?.state;
  }

  #refresh(id: string): JobRecord | undefined {
    const job = this.#jobs.get(id);
    if (job && !TERMINAL.has(job.state) && this.cancelDone(job.cancelRequestedAt)) {
      Object.assign(job, {
        state: "KILLED",
        finishedAt: job.cancelRequestedAt! + this.cancelDelayMs,
      });
    }
    return job;
  }

  protected internalError(): Response {
    return this.error(500, "0162", "Failed to query the job.");
  }

  protected route(
    request: Request,
    url: URL,
  ): Route<(typeof HuaweiMrsSimulator.operations)[number]> | undefined {
    const list = V2_LIST.exec(url.pathname);
    if (list && request.method === "GET") {
      const clusterId = decodeSegment(list[2]!);
      return {
        operation: "showJobExeListNew",
        run: () => this.#list(clusterId, url.searchParams),
      };
    }
    const v2 = V2.exec(url.pathname);
    if (v2) {
      const clusterId = decodeSegment(v2[2]!);
      const id = decodeSegment(v2[3]!);
      if (v2[4] && request.method === "POST") {
        return { operation: "stopJob", jobId: id, run: () => this.#kill(id, clusterId) };
      }
      if (!v2[4] && request.method === "GET") {
        return { operation: "showSingleJobExe", jobId: id, run: () => this.#show(id, clusterId) };
      }
      return undefined;
    }
    const v11 = V11.exec(url.pathname);
    if (v11 && request.method === "GET") {
      const projectId = decodeSegment(v11[1]!);
      const id = decodeSegment(v11[2]!);
      if (v11[3]) {
        return {
          operation: "cancelJobExecution",
          jobId: id,
          run: () => this.#cancelV11(id, projectId),
        };
      }
      return { operation: "showJobExecution", jobId: id, run: () => this.#showV11(id, projectId) };
    }
    return undefined;
  }

  #find(id: string, clusterId: string | undefined): JobRecord | undefined {
    const job = this.#refresh(id);
    if (!job) return undefined;
    if (clusterId !== undefined && job.clusterId !== undefined && job.clusterId !== clusterId) {
      return undefined;
    }
    return job;
  }

  #notFound() {
    return this.error(500, "0176", "The job does not exist.");
  }

  /** Requests the kill; undefined when done, else 0175: the job has ended, or its kill fails. */
  #requestKill(job: JobRecord): Response | undefined {
    if (TERMINAL.has(job.state) || job.killFails) {
      return this.error(this.#failedKillStatus, "0175", "Failed to terminate the job.");
    }
    if (job.cancelRequestedAt === undefined) {
      job.cancelRequestedAt = this.clock.now();
      this.#refresh(job.id);
    }
    return undefined;
  }

  #kill(id: string, clusterId: string): Response {
    const job = this.#find(id, clusterId);
    if (!job) return this.#notFound();
    return this.#requestKill(job) ?? this.ok(200, undefined);
  }

  #show(id: string, clusterId: string): Response {
    const job = this.#find(id, clusterId);
    if (!job) return this.error(500, "0162", "Failed to query the job.");
    return this.ok(202, { job_detail: this.#jobDetail(job) });
  }

  /** A `JobQueryBean`: the job as the v2 read and list show it. */
  #jobDetail(job: JobRecord) {
    const finished = job.finishedAt;
    return {
      job_id: job.id,
      user: USER,
      job_name: job.jobName,
      job_result: RESULT[job.state] ?? "UNDEFINED",
      job_state: job.state,
      job_progress: TERMINAL.has(job.state) ? 100 : 50,
      job_type: JOB_TYPE,
      started_time: job.submittedAt,
      submitted_time: job.submittedAt,
      finished_time: finished ?? 0,
      elapsed_time: (finished ?? this.clock.now()) - job.submittedAt,
      queue: QUEUE,
      arguments: "[]",
      launcher_id: "application_1564622673393_0006",
      app_id: "application_1564622673393_0007",
      properties: "{}",
    };
  }

  /**
   * "Querying a List of Jobs" (202): the cluster's jobs (and those added without a cluster),
   * newest submission first unless `sort_by=asc`, one page of them. `offset` is a page number
   * from 1, as Huawei's Terraform provider reads it; 0, the Go SDK's default, is the first page.
   */
  #list(clusterId: string, query: URLSearchParams): Response {
    const integer = (name: string, min: number) => {
      const raw = query.get(name);
      if (raw === null) return undefined;
      const n = Number(raw);
      return /^\d+$/.test(raw) && n >= min && Number.isSafeInteger(n) ? n : Number.NaN;
    };
    const limit = integer("limit", 1) ?? LIST_DEFAULT_LIMIT;
    const page = Math.max(1, integer("offset", 0) ?? 1);
    const begin = integer("submitted_time_begin", 0);
    const end = integer("submitted_time_end", 0);
    const state = query.get("job_state");
    const result = query.get("job_result");
    const sortBy = query.get("sort_by") ?? "desc";
    if (
      [limit, page, begin, end].some(Number.isNaN) ||
      (state !== null && !JOB_STATES.has(state)) ||
      (result !== null && !JOB_RESULTS.has(result)) ||
      (sortBy !== "asc" && sortBy !== "desc")
    ) {
      return this.error(400, "12000002", "The parameter is invalid.");
    }
    const matches = (name: string, value: string) => {
      const wanted = query.get(name);
      return wanted === null || wanted === value;
    };
    const jobs = [...this.#jobs.keys()]
      .map((id) => this.#refresh(id)!)
      .filter(
        (job) =>
          (job.clusterId === undefined || job.clusterId === clusterId) &&
          matches("job_state", job.state) &&
          matches("job_result", RESULT[job.state] ?? "UNDEFINED") &&
          matches("job_name", job.jobName) &&
          matches("job_id", job.id) &&
          matches("user", USER) &&
          matches("job_type", JOB_TYPE) &&
          matches("queue", QUEUE) &&
          // Submitted "after" / "before" the timestamps.
          (begin === undefined || job.submittedAt > begin) &&
          (end === undefined || job.submittedAt < end),
      );
    const sign = sortBy === "desc" ? -1 : 1;
    jobs.sort((a, b) => sign * (a.submittedAt - b.submittedAt) || a.id.localeCompare(b.id));
    return this.ok(202, {
      total_record: jobs.length,
      job_list: numberedPage(jobs, page, limit).map((job) => this.#jobDetail(job)),
    });
  }

  #cancelV11(id: string, projectId: string): Response {
    const job = this.#find(id, undefined);
    if (!job) return this.#notFound();
    return this.#requestKill(job) ?? this.ok(200, this.#jobExecution(job, projectId));
  }

  #showV11(id: string, projectId: string): Response {
    const job = this.#find(id, undefined);
    if (!job) return this.#notFound();
    return this.ok(200, this.#jobExecution(job, projectId));
  }

  /** The Sahara-style job execution of the v1.1 APIs, its state in `info.status`. */
  #jobExecution(job: JobRecord, projectId: string) {
    const stamp = (ms: number | undefined) =>
      ms === undefined ? null : new Date(ms).toISOString().slice(0, 19);
    // MRS v2 has no "killing" state; Sahara's TOBEKILLED says a kill is under way.
    const killing = !TERMINAL.has(job.state) && job.cancelRequestedAt !== undefined;
    return {
      job_execution: {
        created_at: stamp(job.submittedAt),
        updated_at: stamp(this.clock.now()),
        id: job.id,
        tenant_id: projectId,
        job_id: "",
        start_time: stamp(job.submittedAt),
        end_time: stamp(job.finishedAt),
        cluster_id: job.clusterId ?? "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df",
        oozie_job_id: null,
        return_code: null,
        input_id: null,
        output_id: null,
        is_protected: false,
        is_public: null,
        engine_job_id: null,
        job_configs: null,
        data_source_urls: null,
        info: { status: killing ? "TOBEKILLED" : V11_STATUS[job.state] },
      },
    };
  }
}
