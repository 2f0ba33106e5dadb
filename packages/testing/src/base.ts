import { type Clock, realClock } from "./clock.js";
import { type Fault, FaultInjector } from "./faults.js";
import { CONNECTION_RESET, type SimAnswer, type SimRequestRecord, type Vendor } from "./shared.js";

/** Options every vendor simulator takes. */
export interface SimulatorOptions {
  /** Time source of the state machine and of signature date checks. Default: real time. */
  clock?: Clock | undefined;
  /**
   * How long a cancelled run stays in its "cancelling" state (TERMINATING, CANCELLING, …) before
   * it reads as cancelled, in clock milliseconds. Default 0: the first read after the cancel
   * already shows it cancelled (Databricks and EMR still answer the cancel itself while
   * stopping).
   */
  cancelDelayMs?: number | undefined;
  /** Seed of the random numbers behind `probability` fault rules. Default 1. */
  seed?: number | undefined;
  /**
   * Which URLs the msw handlers intercept for this vendor: a base URL (its origin and path
   * prefix) or a RegExp tested against the full request URL. Defaults: the vendor's own host
   * patterns (see the README).
   */
  baseUrl?: string | RegExp | undefined;
}

/** One request routed to an operation (one of the simulator's declared `operations`). */
export interface Route<Operation extends string = string> {
  operation: Operation;
  jobId?: string | undefined;
  /** The workspace the request names (Databricks `X-Databricks-Workspace-Id`), for the log. */
  workspaceId?: string | undefined;
  /** The token endpoint and the like authenticate themselves. */
  skipAuth?: boolean;
  run(): Promise<Response> | Response;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Turns a base URL into the RegExp the msw handler matches. */
export function urlPattern(baseUrl: string | RegExp): RegExp {
  if (typeof baseUrl !== "string") return baseUrl;
  const trimmed = baseUrl.replace(/\/+$/, "");
  return new RegExp(`^${escapeRegExp(trimmed)}(?:[/?#].*)?$`);
}

/** State shared by the five simulators: a clock, a cancel delay, faults and a request log. */
export abstract class VendorSimulator {
  abstract readonly vendor: Vendor;
  readonly clock: Clock;
  /** Fault rules of this vendor (see {@link FaultInjector.add}). */
  readonly faults: FaultInjector;
  /** Every request handled, in order. */
  readonly requests: SimRequestRecord[] = [];
  /** Also receives every record (the combined log of `createSimulators`). */
  log: SimRequestRecord[] | undefined;
  /** Milliseconds between a cancel and the cancelled state; may be changed at any time. */
  cancelDelayMs: number;
  /** What the msw handlers intercept. */
  readonly urlPattern: RegExp;

  constructor(options: SimulatorOptions, defaultPattern: RegExp) {
    this.clock = options.clock ?? realClock;
    this.cancelDelayMs = options.cancelDelayMs ?? 0;
    this.faults = new FaultInjector(options.seed ?? 1);
    this.urlPattern = options.baseUrl === undefined ? defaultPattern : urlPattern(options.baseUrl);
  }

  protected abstract route(
    request: Request,
    url: URL,
  ): Promise<Route | undefined> | Route | undefined;
  /** The vendor's answer for a path it does not serve. */
  protected abstract unknownPath(request: Request): Response;
  /** The vendor's answer for a fault. */
  protected abstract faultAnswer(fault: Exclude<Fault, { kind: "latency" | "reset" }>): Response;
  /** Undefined when the request is authenticated, else the vendor's refusal. */
  protected abstract authenticate(request: Request): Promise<Response | undefined>;

  /** Whether a cancel requested at `at` has taken effect by now. */
  protected cancelDone(at: number | undefined): boolean {
    return at !== undefined && this.clock.now() >= at + this.cancelDelayMs;
  }

  /**
   * Answers one request as the vendor would (the msw handlers and the HTTP server both call
   * this): fault rules first, then authentication, then the operation on the shared state.
   */
  async handle(request: Request): Promise<SimAnswer> {
    const url = new URL(request.url);
    const route = await this.route(request, url);
    const operation = route?.operation ?? "unknown";
    const record = (status: number | "reset") => {
      const entry: SimRequestRecord = {
        vendor: this.vendor,
        operation,
        method: request.method,
        url: request.url,
        jobId: route?.jobId,
        ...(route?.workspaceId === undefined ? {} : { workspaceId: route.workspaceId }),
        status,
        at: this.clock.now(),
      };
      this.requests.push(entry);
      this.log?.push(entry);
    };
    const { latencyMs, fault } = this.faults.pick(operation, route?.jobId);
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (fault?.kind === "reset") {
      record("reset");
      return CONNECTION_RESET;
    }
    let response: Response;
    if (fault !== undefined && fault.kind !== "latency") response = this.faultAnswer(fault);
    else if (route === undefined) response = this.unknownPath(request);
    else {
      const refused = route.skipAuth ? undefined : await this.authenticate(request);
      response = refused ?? (await route.run());
    }
    record(response.status);
    return response;
  }
}
