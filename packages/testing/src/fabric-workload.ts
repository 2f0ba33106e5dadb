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
  /** App tokens accepted in `SubjectAndAppToken1.0 … appToken="…"`; default any well-formed. */
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
const PATH =
  /\/workspaces\/([^/]+)\/items\/([^/]+)\/([^/]+)\/jobTypes\/([^/]+)\/instances\/([^/]+)(\/cancel)?$/;
const TOKEN = String.raw`[A-Za-z0-9\-._~+/]+=*`;
const AUTH = new RegExp(
  `^SubjectAndAppToken1\\.0 subjectToken="(${TOKEN})?", appToken="(${TOKEN})"$`,
);
// What .NET's Guid.TryParse takes for the tenant header: 32 hex digits, dashed or not, maybe braced.
const GUID =
  /^(?:[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}|\([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\))$/i;

// The sample's `ErrorSource` enum, which System.Text.Json writes as its number.
const SOURCE = { System: 0, User: 1, External: 2 } as const;
type Source = keyof typeof SOURCE;

interface WorkloadError {
  status: number;
  code: string;
  message: string;
  source: Source;
  permanent: boolean;
  parameters?: string[] | undefined;
}

/**
 * A Fabric workload backend (WDK workload API): `cancelItemJobInstance` (POST …/cancel) and
 * `getItemJobInstanceState` (GET), with SubjectAndAppToken1.0 auth. By default it answers as
 * Microsoft's reference workload (the sample backend); options give the tolerated variants.
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

  constructor(options: FabricWorkloadSimulatorOptions = {}) {
    super(options, DEFAULT_PATTERN);
    this.#appTokens = options.appTokens;
    this.#subjectTokens = options.subjectTokens;
    this.#cancelAnswer = options.cancelAnswer ?? "reference";
    this.#unknownJobInstance = options.unknownJobInstance ?? "reference";
    this.#errorBodies = options.errorBodies ?? "pascal";
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

  #error(error: WorkloadError, headers: Record<string, string> = {}): Response {
    const { status, code, message, source, permanent, parameters } = error;
    // The sample writes its contract class with System.Text.Json: C# names, enum numbers, nulls.
    const body =
      this.#errorBodies === "pascal"
        ? {
            ErrorCode: code,
            Message: message,
            MessageParameters: parameters ?? null,
            Source: SOURCE[source],
            IsPermanent: permanent,
            MoreDetails: null,
          }
        : {
            errorCode: code,
            message,
            ...(parameters ? { messageParameters: parameters } : {}),
            source,
            isPermanent: permanent,
          };
    return json(status, body, headers);
  }

  /** ASP.NET answers a route no controller has with an empty 404. */
  protected unknownPath(): Response {
    return new Response(null, { status: 404 });
  }

  protected faultAnswer(fault: Exclude<Fault, { kind: "latency" | "reset" }>): Response {
    if (fault.kind === "throttle") {
      return this.#error(
        {
          status: 429,
          code: "TooManyRequests",
          message: "Too many requests",
          source: "User",
          permanent: false,
        },
        { "Retry-After": String(fault.retryAfterSeconds ?? 1) },
      );
    }
    return this.#error({
      status: fault.status ?? 500,
      code: "InternalError",
      message: "Internal error",
      source: "System",
      permanent: false,
    });
  }

  #authError(message: string): Response {
    return this.#error({
      status: 401,
      code: "AuthError",
      message,
      source: "External",
      permanent: false,
    });
  }

  protected async authenticate(request: Request): Promise<Response | undefined> {
    const header = request.headers.get("authorization");
    const match = header === null ? null : AUTH.exec(header);
    if (!match) return this.#authError("Missing or invalid Authorization header");
    // The sample reads the tenant header next and needs a GUID in it.
    if (!GUID.test(request.headers.get("x-ms-client-tenant-id") ?? "")) {
      return this.#authError("Missing or invalid x-ms-client-tenant-id header");
    }
    const subject = match[1] ?? "";
    const app = match[2]!;
    if (this.#appTokens !== undefined && !this.#appTokens.some((t) => sameText(t, app))) {
      return this.#authError("The app token is invalid or expired.");
    }
    if (
      subject !== "" &&
      this.#subjectTokens !== undefined &&
      !this.#subjectTokens.some((t) => sameText(t, subject))
    ) {
      return this.#authError("The subject token is invalid or expired.");
    }
    // The spec requires both; the sample only logs them. Refused here so a client that omits
    // one is caught.
    for (const name of ["ActivityId", "RequestId"]) {
      if (!request.headers.get(name)) {
        return this.#error({
          status: 400,
          code: "MissingHeader",
          message: `The required header '${name}' is missing.`,
          source: "User",
          permanent: true,
        });
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
  #itemNotFound(job: JobRecord | undefined, path: JobPath): Response | undefined {
    if (job !== undefined || this.#items.has(path.itemId)) return undefined;
    return this.#error({
      status: 404,
      code: "ItemMetadataNotFound",
      message: `Item metadata file cannot be found. It is advised to delete this item and create a new item instead (ItemId: ${path.itemId})`,
      parameters: [path.itemId],
      source: "System",
      permanent: true,
    });
  }

  #jobNotFound(id: string): Response {
    return this.#error({
      status: 404,
      code: "JobInstanceNotFound",
      message: `Job instance ${id} was not found.`,
      parameters: [id],
      source: "User",
      permanent: true,
    });
  }

  /** The job's state: the sample's bare `{status}`, else with its times. */
  #state(job: JobRecord): Response {
    if (this.#cancelAnswer === "reference") return json(200, { status: job.status });
    const body: Record<string, unknown> = {
      status: job.status,
      startTimeUtc: new Date(job.startTime).toISOString(),
    };
    if (job.endTime !== undefined) body["endTimeUtc"] = new Date(job.endTime).toISOString();
    return json(200, body);
  }

  #cancel(id: string, path: JobPath): Response {
    const job = this.#find(id, path);
    const refused = this.#itemNotFound(job, path);
    if (refused) return refused;
    if (!job) {
      if (this.#unknownJobInstance === "not-found") return this.#jobNotFound(id);
      // The sample creates the missing job's record, marked cancelled.
      this.#cancelledUnknown.add(`${path.itemId}/${id}`);
      return json(200, { status: "Cancelled" });
    }
    if (this.#cancelAnswer === "reference") {
      // The sample only marks the job cancelled, finished or not; reads then say Cancelled.
      if (job.status !== "Cancelled") {
        job.endTime ??= this.clock.now();
        job.status = "Cancelled";
      }
      return json(200, { status: "Cancelled" });
    }
    if (TERMINAL.has(job.status)) {
      if (this.#cancelAnswer === "state") return this.#state(job);
      return this.#error({
        status: 409,
        code: "JobAlreadyCompleted",
        message: `Job instance ${id} has already completed and cannot be cancelled.`,
        parameters: [id],
        source: "User",
        permanent: true,
      });
    }
    if (job.cancelRequestedAt === undefined) {
      job.cancelRequestedAt = this.clock.now();
      this.#refresh(id);
    }
    return this.#state(job);
  }

  #get(id: string, path: JobPath): Response {
    const job = this.#find(id, path);
    const refused = this.#itemNotFound(job, path);
    if (refused) return refused;
    if (job) return this.#state(job);
    if (this.#unknownJobInstance === "not-found") return this.#jobNotFound(id);
    // The sample answers a job it has no metadata for as Failed, with nothing else.
    const cancelled = this.#cancelledUnknown.has(`${path.itemId}/${id}`);
    return json(200, { status: cancelled ? "Cancelled" : "Failed" });
  }
}
