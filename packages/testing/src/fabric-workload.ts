import { type Route, type SimulatorOptions, VendorSimulator } from "./base.js";
import type { Fault } from "./faults.js";
import {
  type FabricWorkloadJobInstanceStatus,
  fabricWorkloadJobInstanceStatusTerminal,
} from "./generated/vendors.gen.js";
import { decodeSegment, json, sameText } from "./shared.js";

/** A documented job instance `status` (from `specs/fabric-workload.yaml`). */
export type FabricJobStatus = FabricWorkloadJobInstanceStatus;

const TERMINAL = new Set<string>(fabricWorkloadJobInstanceStatusTerminal);

export interface FabricJobInstanceInit {
  jobInstanceId: string;
  /** When given, calls must name these too (else any workspace / item / job type finds it). */
  workspaceId?: string | undefined;
  itemType?: string | undefined;
  itemId?: string | undefined;
  jobType?: string | undefined;
  /** Default `InProgress`. */
  status?: FabricJobStatus | undefined;
}

export interface FabricWorkloadSimulatorOptions extends SimulatorOptions {
  /** App tokens accepted in `SubjectAndAppToken1.0 … appToken="…"`; default any well-formed. */
  appTokens?: readonly string[] | undefined;
  /** Subject tokens accepted (an empty subject token is always allowed); default any. */
  subjectTokens?: readonly string[] | undefined;
  /**
   * How a cancel of a finished job is answered: `conflict` (409 `JobAlreadyCompleted`, the
   * public Fabric API's code; default) or `state` (200 with the final state).
   */
  alreadyFinished?: "conflict" | "state" | undefined;
}

interface JobRecord extends Required<Omit<FabricJobInstanceInit, "status">> {
  status: FabricJobStatus;
  startTime: number;
  endTime?: number | undefined;
  cancelRequestedAt?: number | undefined;
  bound: Set<string>;
}

/** Default msw host for the workload (its URL is the workload's own). */
export const FABRIC_SIMULATOR_BASE_URL = "https://workload.simulator.test/workload";

const DEFAULT_PATTERN = /^https:\/\/workload\.simulator\.test(?::443)?(?:[/?#].*)?$/;
const PATH =
  /\/workspaces\/([^/]+)\/items\/([^/]+)\/([^/]+)\/jobTypes\/([^/]+)\/instances\/([^/]+)(\/cancel)?$/;
const TOKEN = String.raw`[A-Za-z0-9\-._~+/]+=*`;
const AUTH = new RegExp(
  `^SubjectAndAppToken1\\.0 subjectToken="(${TOKEN})?", appToken="(${TOKEN})"$`,
);

/**
 * A Fabric workload backend (WDK workload API): `cancelItemJobInstance` (POST …/cancel) and
 * `getItemJobInstanceState` (GET), with SubjectAndAppToken1.0 auth and `ErrorResponse` errors.
 */
export class FabricWorkloadSimulator extends VendorSimulator {
  /** What it answers (the spec's operationIds). */
  static readonly operations = ["cancelItemJobInstance", "getItemJobInstanceState"] as const;
  readonly vendor = "fabric-workload" as const;
  readonly #jobs = new Map<string, JobRecord>();
  readonly #appTokens: readonly string[] | undefined;
  readonly #subjectTokens: readonly string[] | undefined;
  readonly #alreadyFinished: "conflict" | "state";

  constructor(options: FabricWorkloadSimulatorOptions = {}) {
    super(options, DEFAULT_PATTERN);
    this.#appTokens = options.appTokens;
    this.#subjectTokens = options.subjectTokens;
    this.#alreadyFinished = options.alreadyFinished ?? "conflict";
  }

  addJobInstance(init: FabricJobInstanceInit): void {
    const status = init.status ?? "InProgress";
    const now = this.clock.now();
    const bound = new Set<string>();
    for (const key of ["workspaceId", "itemType", "itemId", "jobType"] as const) {
      if (init[key] !== undefined) bound.add(key);
    }
    this.#jobs.set(init.jobInstanceId, {
      jobInstanceId: init.jobInstanceId,
      workspaceId: init.workspaceId ?? "",
      itemType: init.itemType ?? "",
      itemId: init.itemId ?? "",
      jobType: init.jobType ?? "",
      status,
      startTime: now,
      endTime: TERMINAL.has(status) ? now : undefined,
      bound,
    });
  }

  finishJobInstance(jobInstanceId: string, status: "Completed" | "Failed" = "Completed"): void {
    const job = this.#jobs.get(jobInstanceId);
    if (!job) throw new Error(`no job instance ${jobInstanceId}`);
    Object.assign(job, { status, endTime: this.clock.now() });
  }

  jobInstanceStatus(jobInstanceId: string): FabricJobStatus | undefined {
    return this.#refresh(jobInstanceId)?.status;
  }

  #refresh(id: string): JobRecord | undefined {
    const job = this.#jobs.get(id);
    if (job && !TERMINAL.has(job.status) && this.cancelDone(job.cancelRequestedAt)) {
      Object.assign(job, {
        status: "Cancelled",
        endTime: job.cancelRequestedAt! + this.cancelDelayMs,
      });
    }
    return job;
  }

  #error(
    status: number,
    errorCode: string,
    message: string,
    source: "System" | "User" | "External",
    headers: Record<string, string> = {},
  ) {
    return json(
      status,
      { errorCode, message, source, isPermanent: status < 500 && status !== 429 },
      headers,
    );
  }

  protected unknownPath(): Response {
    return this.#error(404, "NotFound", "The requested resource was not found.", "System");
  }

  protected faultAnswer(fault: Exclude<Fault, { kind: "latency" | "reset" }>): Response {
    if (fault.kind === "throttle") {
      return this.#error(429, "TooManyRequests", "Too many requests", "System", {
        "Retry-After": String(fault.retryAfterSeconds ?? 1),
      });
    }
    return this.#error(
      fault.status ?? 500,
      "InternalError",
      "An internal error occurred.",
      "System",
    );
  }

  protected async authenticate(request: Request): Promise<Response | undefined> {
    const header = request.headers.get("authorization");
    const match = header === null ? null : AUTH.exec(header);
    if (!match) {
      return this.#error(
        401,
        "AuthError",
        header === null
          ? "The Authorization header is missing."
          : 'The Authorization header is not of the form SubjectAndAppToken1.0 subjectToken="…", appToken="…".',
        "External",
      );
    }
    const subject = match[1] ?? "";
    const app = match[2]!;
    if (this.#appTokens !== undefined && !this.#appTokens.some((t) => sameText(t, app))) {
      return this.#error(401, "AuthError", "The app token is invalid or expired.", "External");
    }
    if (
      subject !== "" &&
      this.#subjectTokens !== undefined &&
      !this.#subjectTokens.some((t) => sameText(t, subject))
    ) {
      return this.#error(401, "AuthError", "The subject token is invalid or expired.", "External");
    }
    for (const name of ["ActivityId", "RequestId", "x-ms-client-tenant-id"]) {
      if (!request.headers.get(name)) {
        return this.#error(
          400,
          "MissingHeader",
          `The required header '${name}' is missing.`,
          "User",
        );
      }
    }
    return undefined;
  }

  protected route(
    request: Request,
    url: URL,
  ): Route<(typeof FabricWorkloadSimulator.operations)[number]> | undefined {
    const match = PATH.exec(url.pathname);
    if (!match) return undefined;
    const [workspaceId, itemType, itemId, jobType, jobInstanceId] = match
      .slice(1, 6)
      .map((s) => decodeSegment(s!)) as [string, string, string, string, string];
    const path = { workspaceId, itemType, itemId, jobType };
    if (match[6] && request.method === "POST") {
      return {
        operation: "cancelItemJobInstance",
        jobId: jobInstanceId,
        run: () => this.#cancel(jobInstanceId, path),
      };
    }
    if (!match[6] && request.method === "GET") {
      return {
        operation: "getItemJobInstanceState",
        jobId: jobInstanceId,
        run: () => this.#get(jobInstanceId, path),
      };
    }
    return undefined;
  }

  #find(id: string, path: Record<string, string>): JobRecord | undefined {
    const job = this.#refresh(id);
    if (!job) return undefined;
    for (const key of job.bound) {
      if ((job as unknown as Record<string, string>)[key] !== path[key]) return undefined;
    }
    return job;
  }

  #notFound(id: string) {
    return this.#error(404, "JobInstanceNotFound", `Job instance ${id} was not found.`, "User");
  }

  #state(job: JobRecord) {
    const body: Record<string, unknown> = {
      status: job.status,
      startTimeUtc: new Date(job.startTime).toISOString(),
    };
    if (job.endTime !== undefined) body["endTimeUtc"] = new Date(job.endTime).toISOString();
    return json(200, body);
  }

  #cancel(id: string, path: Record<string, string>): Response {
    const job = this.#find(id, path);
    if (!job) return this.#notFound(id);
    if (TERMINAL.has(job.status)) {
      if (this.#alreadyFinished === "state") return this.#state(job);
      return this.#error(
        409,
        "JobAlreadyCompleted",
        `Job instance ${id} has already completed and cannot be cancelled.`,
        "User",
      );
    }
    if (job.cancelRequestedAt === undefined) {
      job.cancelRequestedAt = this.clock.now();
      this.#refresh(id);
    }
    return this.#state(job);
  }

  #get(id: string, path: Record<string, string>): Response {
    const job = this.#find(id, path);
    if (!job) return this.#notFound(id);
    return this.#state(job);
  }
}
