import {
  type AuthenticateInput,
  createJobsHandler,
  type ErrorSource,
  type ItemJobInstanceState,
  type JobsHandler,
  matchJobsRoute,
  WorkloadError,
  workloadErrorResponse,
} from "@cancel/fabric-workload/server";
import { type Route, type SimulatorOptions, VendorSimulator } from "./base.js";
import type { Fault } from "./faults.js";
import {
  type FabricWorkloadJobInstanceStatus,
  fabricWorkloadJobInstanceStatusTerminal,
} from "./generated/vendors.gen.js";
import { sameText } from "./shared.js";

/** A documented job instance `status` (from `specs/fabric-workload.yaml`). */
export type FabricJobStatus = FabricWorkloadJobInstanceStatus;

const TERMINAL = new Set<string>(fabricWorkloadJobInstanceStatusTerminal);

export interface FabricJobInstanceInit {
  jobInstanceId: string;
  /** When given, calls must name these too (else any workspace / item / job type finds it). */
  workspaceId?: string | undefined;
  itemType?: string | undefined;
  /** When given, this item is known to the workload (see `addItem`). */
  itemId?: string | undefined;
  jobType?: string | undefined;
  /** Default `InProgress`. */
  status?: FabricJobStatus | undefined;
}

/**
 * How a cancel is answered: `reference` as Microsoft's sample workload (200 `Cancelled` for every
 * job of a known item), `state` (200 with the job's own state), `conflict` (`state`, but 409
 * `JobAlreadyCompleted` for a finished job).
 */
export type FabricCancelAnswer = "reference" | "state" | "conflict";

export interface FabricWorkloadSimulatorOptions extends SimulatorOptions {
  /**
   * App tokens accepted in `SubjectAndAppToken1.0 … appToken="…"`; default any well-formed (a
   * JWT-shaped `eyJ…`, the spec's grammar, which `@cancel/fabric-workload/server` parses).
   */
  appTokens?: readonly string[] | undefined;
  /** Subject tokens accepted (an empty subject token is always allowed); default any. */
  subjectTokens?: readonly string[] | undefined;
  /**
   * How a cancel of a known job instance is answered. `reference` (default), as Microsoft's
   * sample workload: 200 `{"status":"Cancelled"}` whatever the job's state (running, completed,
   * failed), and the job reads `Cancelled` from then on (`cancelDelayMs` does not apply).
   * `state`: 200 with the job's state after the cancel (`InProgress` for `cancelDelayMs`, then
   * `Cancelled`; a finished job's final state), with start and end times. `conflict`: as
   * `state`, but a finished job is refused with 409 `JobAlreadyCompleted` (the public Job
   * Scheduler's code).
   */
  cancelAnswer?: FabricCancelAnswer | undefined;
  /**
   * How a job instance the workload does not know (on a known item) is answered. `reference`
   * (default), as the sample: a state read is 200 `{"status":"Failed"}`; a cancel is 200
   * `{"status":"Cancelled"}` and recorded, so later reads say `Cancelled`. `not-found`: 404
   * `JobInstanceNotFound` to both.
   */
  unknownJobInstance?: "reference" | "not-found" | undefined;
  /**
   * The error bodies' form. `pascal` (default), as the sample: `{ErrorCode, Message,
   * MessageParameters, Source: 0 | 1 | 2, IsPermanent, MoreDetails}` with nulls for what is unset.
   * `camel`: the Swagger's `ErrorResponse` `{errorCode, message, source: "System" | …, isPermanent}`.
   */
  errorBodies?: "pascal" | "camel" | undefined;
}

interface JobRecord extends Required<Omit<FabricJobInstanceInit, "status">> {
  status: FabricJobStatus;
  startTime: number;
  endTime?: number | undefined;
  cancelRequestedAt?: number | undefined;
  bound: Set<string>;
}

/** The request's path ids. */
interface JobPath {
  workspaceId: string;
  itemType: string;
  itemId: string;
  jobType: string;
}

/** Default msw host for the workload (its URL is the workload's own). */
export const FABRIC_SIMULATOR_BASE_URL = "https://workload.simulator.test/workload";

const DEFAULT_PATTERN = /^https:\/\/workload\.simulator\.test(?::443)?(?:[/?#].*)?$/;

/** An error answer's parts, as the reference workload's exceptions carry them. */
function workloadError(
  status: number,
  errorCode: string,
  message: string,
  source: ErrorSource,
  isPermanent: boolean,
  messageParameters?: string[],
): WorkloadError {
  return new WorkloadError(status, { errorCode, message, source, isPermanent, messageParameters });
}

/**
 * A Fabric workload backend (WDK workload API): `cancelItemJobInstance` (POST …/cancel) and
 * `getItemJobInstanceState` (GET), with SubjectAndAppToken1.0 auth. By default it answers as
 * Microsoft's reference workload (the sample backend); options give the tolerated variants.
 *
 * It is built on `createJobsHandler` of `@cancel/fabric-workload/server`: routes, the
 * Authorization and tenant checks, the validation of ids and headers, the error bodies and the
 * echoed `RequestId`/`ActivityId` are the handler's; the simulator adds the job state (its
 * callbacks) and its configured tokens (its `authenticate`).
 */
export class FabricWorkloadSimulator extends VendorSimulator {
  /** What it answers (the spec's operationIds). */
  static readonly operations = ["cancelItemJobInstance", "getItemJobInstanceState"] as const;
  readonly vendor = "fabric-workload" as const;
  readonly #jobs = new Map<string, JobRecord>();
  readonly #items = new Set<string>();
  /** Cancels of job instances it did not know, by item and job instance id: the reference records them. */
  readonly #cancelledUnknown = new Set<string>();
  readonly #appTokens: readonly string[] | undefined;
  readonly #subjectTokens: readonly string[] | undefined;
  readonly #cancelAnswer: FabricCancelAnswer;
  readonly #unknownJobInstance: "reference" | "not-found";
  readonly #errorBodies: "pascal" | "camel";
  readonly #handler: JobsHandler;

  constructor(options: FabricWorkloadSimulatorOptions = {}) {
    super(options, DEFAULT_PATTERN);
    this.#appTokens = options.appTokens;
    this.#subjectTokens = options.subjectTokens;
    this.#cancelAnswer = options.cancelAnswer ?? "reference";
    this.#unknownJobInstance = options.unknownJobInstance ?? "reference";
    this.#errorBodies = options.errorBodies ?? "pascal";
    this.#handler = createJobsHandler({
      errorBodies: this.#errorBodies,
      authenticate: (input) => this.#checkTokens(input),
      cancel: (ids) => this.#cancel(ids.jobInstanceId, ids),
      getState: (ids) => this.#get(ids.jobInstanceId, ids),
    });
  }

  /** Makes an item known to the workload (it has the item's metadata). */
  addItem(itemId: string): void {
    this.#items.add(itemId);
  }

  addJobInstance(init: FabricJobInstanceInit): void {
    const status = init.status ?? "InProgress";
    const now = this.clock.now();
    const bound = new Set<string>();
    for (const key of ["workspaceId", "itemType", "itemId", "jobType"] as const) {
      if (init[key] !== undefined) bound.add(key);
    }
    if (init.itemId !== undefined) this.#items.add(init.itemId);
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

  /** ASP.NET answers a route no controller has with an empty 404. */
  protected unknownPath(): Response {
    return new Response(null, { status: 404 });
  }

  protected faultAnswer(fault: Exclude<Fault, { kind: "latency" | "reset" }>): Response {
    const error =
      fault.kind === "throttle"
        ? new WorkloadError(429, {
            errorCode: "TooManyRequests",
            message: "Too many requests",
            source: "User",
            isPermanent: false,
            headers: { "Retry-After": String(fault.retryAfterSeconds ?? 1) },
          })
        : workloadError(fault.status ?? 500, "InternalError", "Internal error", "System", false);
    return workloadErrorResponse(error, { errorBodies: this.#errorBodies });
  }

  /** The handler authenticates (as the reference workload: Authorization, tenant, then tokens). */
  protected async authenticate(): Promise<Response | undefined> {
    return undefined;
  }

  /** The configured tokens: a refusal is the handler's 401 `AuthError` with this message. */
  #checkTokens({ appToken, subjectToken }: AuthenticateInput): void {
    if (this.#appTokens !== undefined && !this.#appTokens.some((t) => sameText(t, appToken))) {
      throw new Error("The app token is invalid or expired.");
    }
    if (
      subjectToken !== undefined &&
      this.#subjectTokens !== undefined &&
      !this.#subjectTokens.some((t) => sameText(t, subjectToken))
    ) {
      throw new Error("The subject token is invalid or expired.");
    }
  }

  protected route(
    request: Request,
    url: URL,
  ): Route<(typeof FabricWorkloadSimulator.operations)[number]> | undefined {
    // The handler's own routing (the spec's operations), so the log names what it answers.
    const lookup = matchJobsRoute(request.method, url.pathname);
    if (!lookup.found) return undefined;
    return {
      operation: lookup.match.operationId as (typeof FabricWorkloadSimulator.operations)[number],
      jobId: lookup.match.params.jobInstanceId,
      run: () => this.#handler(request),
    };
  }

  #find(id: string, path: JobPath): JobRecord | undefined {
    const job = this.#refresh(id);
    if (!job) return undefined;
    for (const key of job.bound) {
      if (job[key as keyof JobPath] !== path[key as keyof JobPath]) return undefined;
    }
    return job;
  }

  /**
   * The item check the sample makes before anything else (`ItemBase.Load`): the item is known
   * when it was added, or when the job instance is found (a job added without an item id is
   * found from any item).
   */
  #checkItem(job: JobRecord | undefined, path: JobPath): void {
    if (job !== undefined || this.#items.has(path.itemId)) return;
    throw workloadError(
      404,
      "ItemMetadataNotFound",
      `Item metadata file cannot be found. It is advised to delete this item and create a new item instead (ItemId: ${path.itemId})`,
      "System",
      true,
      [path.itemId],
    );
  }

  #jobNotFound(id: string): WorkloadError {
    return workloadError(
      404,
      "JobInstanceNotFound",
      `Job instance ${id} was not found.`,
      "User",
      true,
      [id],
    );
  }

  /** The job's state: the sample's bare `{status}`, else with its times. */
  #state(job: JobRecord): ItemJobInstanceState {
    if (this.#cancelAnswer === "reference") return { status: job.status };
    return {
      status: job.status,
      startTimeUtc: new Date(job.startTime).toISOString(),
      ...(job.endTime === undefined ? {} : { endTimeUtc: new Date(job.endTime).toISOString() }),
    };
  }

  #cancel(id: string, path: JobPath): ItemJobInstanceState {
    const job = this.#find(id, path);
    this.#checkItem(job, path);
    if (!job) {
      if (this.#unknownJobInstance === "not-found") throw this.#jobNotFound(id);
      // The sample creates the missing job's record, marked cancelled.
      this.#cancelledUnknown.add(`${path.itemId}/${id}`);
      return { status: "Cancelled" };
    }
    if (this.#cancelAnswer === "reference") {
      // The sample only marks the job cancelled, finished or not; reads then say Cancelled.
      if (job.status !== "Cancelled") {
        job.endTime ??= this.clock.now();
        job.status = "Cancelled";
      }
      return { status: "Cancelled" };
    }
    if (TERMINAL.has(job.status)) {
      if (this.#cancelAnswer === "state") return this.#state(job);
      throw workloadError(
        409,
        "JobAlreadyCompleted",
        `Job instance ${id} has already completed and cannot be cancelled.`,
        "User",
        true,
        [id],
      );
    }
    if (job.cancelRequestedAt === undefined) {
      job.cancelRequestedAt = this.clock.now();
      this.#refresh(id);
    }
    return this.#state(job);
  }

  #get(id: string, path: JobPath): ItemJobInstanceState {
    const job = this.#find(id, path);
    this.#checkItem(job, path);
    if (job) return this.#state(job);
    if (this.#unknownJobInstance === "not-found") throw this.#jobNotFound(id);
    // The sample answers a job it has no metadata for as Failed, with nothing else.
    const cancelled = this.#cancelledUnknown.has(`${path.itemId}/${id}`);
    return { status: cancelled ? "Cancelled" : "Failed" };
  }
}
