import { type Route, type SimulatorOptions, VendorSimulator } from "./base.js";
import type { Fault } from "./faults.js";
import {
  type DatabricksRunLifeCycleState,
  type DatabricksTerminationCode,
  databricksRunLifeCycleStateTerminal,
} from "./generated/vendors.gen.js";
import { compareKeys, decodeCursor, type SortKey, tokenPage } from "./paging.js";
import { bodyText, json, newRequestId, sameText } from "./shared.js";

/** A documented `life_cycle_state` (from `specs/databricks.yaml`). */
export type DatabricksLifeCycleState = DatabricksRunLifeCycleState;

const TERMINAL = new Set<string>(databricksRunLifeCycleStateTerminal);

export interface DatabricksRunInit {
  runId: number;
  jobId?: number | undefined;
  /** Default `RUNNING`. */
  state?: DatabricksLifeCycleState | undefined;
  /** The deprecated `state.result_state`, for terminal states; default `SUCCESS` for TERMINATED. */
  resultState?: string | undefined;
  /**
   * `status.termination_details.code` of a terminal run; default: the code that goes with
   * `resultState` (CANCELED → USER_CANCELED, FAILED → RUN_EXECUTION_ERROR, …).
   */
  terminationCode?: DatabricksTerminationCode | undefined;
  runName?: string | undefined;
}

export interface DatabricksSimulatorOptions extends SimulatorOptions {
  /** Personal access tokens accepted as `Authorization: Bearer`. */
  tokens?: readonly string[] | undefined;
  /** OAuth M2M service principals accepted by `POST /oidc/v1/token` (HTTP Basic). */
  oauthClients?: readonly { clientId: string; clientSecret: string }[] | undefined;
  /** Lifetime of issued OAuth tokens (`expires_in`), seconds. Default 3600. */
  tokenTtlSeconds?: number | undefined;
}

interface RunRecord {
  runId: number;
  jobId: number;
  runName: string;
  state: DatabricksLifeCycleState;
  resultState?: string | undefined;
  terminationCode?: string | undefined;
  startTime: number;
  endTime: number;
  cancelRequestedAt?: number | undefined;
}

/** `status.state` for each `state.life_cycle_state` (the status model has no terminal variants). */
const V2_STATE: Record<string, string> = {
  QUEUED: "QUEUED",
  PENDING: "PENDING",
  RUNNING: "RUNNING",
  TERMINATING: "TERMINATING",
  TERMINATED: "TERMINATED",
  SKIPPED: "TERMINATED",
  INTERNAL_ERROR: "TERMINATED",
  BLOCKED: "BLOCKED",
  WAITING_FOR_RETRY: "WAITING",
};

/**
 * `termination_details` {code, type} that goes with a legacy `result_state` (or, for SKIPPED and
 * INTERNAL_ERROR, life-cycle state): the code whose documentation (databricks-sdk-go
 * `TerminationCodeCode`) says the same; the type is the simulator's reading of
 * `TerminationTypeType`.
 */
const TERMINATION: Record<string, { code: string; type: string }> = {
  SUCCESS: { code: "SUCCESS", type: "SUCCESS" },
  SUCCESS_WITH_FAILURES: { code: "SUCCESS_WITH_FAILURES", type: "SUCCESS" },
  FAILED: { code: "RUN_EXECUTION_ERROR", type: "CLIENT_ERROR" },
  // The platform's own cancel, e.g. on exceeding the maximum run duration (the Go SDK's CANCELED).
  TIMEDOUT: { code: "CANCELED", type: "SUCCESS" },
  CANCELED: { code: "USER_CANCELED", type: "SUCCESS" },
  MAXIMUM_CONCURRENT_RUNS_REACHED: { code: "MAX_CONCURRENT_RUNS_EXCEEDED", type: "CLIENT_ERROR" },
  EXCLUDED: { code: "SKIPPED", type: "SUCCESS" },
  UPSTREAM_FAILED: { code: "SKIPPED", type: "SUCCESS" },
  UPSTREAM_CANCELED: { code: "SKIPPED", type: "SUCCESS" },
  DISABLED: { code: "DISABLED", type: "SUCCESS" },
  SKIPPED: { code: "SKIPPED", type: "SUCCESS" },
  INTERNAL_ERROR: { code: "INTERNAL_ERROR", type: "INTERNAL_ERROR" },
};

/** The type of a code given without a result state: what its documentation says it is. */
const TERMINATION_TYPE: Record<string, string> = {
  SUCCESS: "SUCCESS",
  SUCCESS_WITH_FAILURES: "SUCCESS",
  USER_CANCELED: "SUCCESS",
  CANCELED: "SUCCESS",
  SKIPPED: "SUCCESS",
  DISABLED: "SUCCESS",
  INTERNAL_ERROR: "INTERNAL_ERROR",
  CLOUD_FAILURE: "CLOUD_FAILURE",
};

const DEFAULT_PATTERN =
  /^https:\/\/[^/]+\.(?:cloud\.databricks\.com|cloud\.databricks\.us|azuredatabricks\.net|databricks\.azure\.us|databricks\.azure\.cn|gcp\.databricks\.com)(?::443)?(?:[/?#].*)?$/;

const API = /\/api\/(2\.[12])\/jobs\/runs\/(cancel|cancel-all|get|list)$/;

/** `runs/list`'s page size: 20 by default, at most 25, and 0 means the largest (the Go model). */
const LIST_DEFAULT_LIMIT = 20;
const LIST_MAX_LIMIT = 25;
const RUN_TYPES = new Set(["JOB_RUN", "WORKFLOW_RUN", "SUBMIT_RUN"]);

const CANCELED_MESSAGE = "The run was canceled during execution by a user.";

/**
 * Databricks Jobs API 2.1/2.2: `runs/cancel`, `runs/cancel-all`, `runs/get`, `runs/list`, plus
 * the workspace OAuth token endpoint `/oidc/v1/token`.
 */
export class DatabricksSimulator extends VendorSimulator {
  /** What it answers: the spec's operationIds, plus the workspace OAuth token endpoint. */
  static readonly operations = [
    "cancelRun",
    "cancelAllRuns",
    "getRun",
    "listRuns",
    "oauthToken",
  ] as const;
  readonly vendor = "databricks" as const;
  readonly #runs = new Map<number, RunRecord>();
  readonly #tokens: readonly string[] | undefined;
  readonly #clients: DatabricksSimulatorOptions["oauthClients"];
  readonly #issued = new Map<string, number>();
  readonly #ttl: number;

  constructor(options: DatabricksSimulatorOptions = {}) {
    super(options, DEFAULT_PATTERN);
    this.#tokens = options.tokens;
    this.#clients = options.oauthClients;
    this.#ttl = options.tokenTtlSeconds ?? 3600;
  }

  /** Adds (or replaces) a run. */
  addRun(init: DatabricksRunInit): void {
    const state = init.state ?? "RUNNING";
    const now = this.clock.now();
    const terminal = TERMINAL.has(state);
    this.#runs.set(init.runId, {
      runId: init.runId,
      jobId: init.jobId ?? 11223344,
      runName: init.runName ?? `run ${init.runId}`,
      state,
      // Only TERMINATED has a default result: a SKIPPED or INTERNAL_ERROR run says it by itself.
      resultState: terminal
        ? (init.resultState ?? (state === "TERMINATED" ? "SUCCESS" : undefined))
        : undefined,
      terminationCode: terminal ? init.terminationCode : undefined,
      startTime: now,
      endTime: terminal ? now : 0,
    });
  }

  /** Ends a run on its own (not cancelled), e.g. to test cancelling a finished run. */
  finishRun(
    runId: number,
    resultState = "SUCCESS",
    terminationCode?: DatabricksTerminationCode,
  ): void {
    const run = this.#runs.get(runId);
    if (!run) throw new Error(`no run ${runId}`);
    Object.assign(run, {
      state: "TERMINATED",
      resultState,
      terminationCode,
      endTime: this.clock.now(),
    });
  }

  /** The run's states as `runs/get` would show them now, or undefined. */
  runState(
    runId: number,
  ): { lifeCycleState: DatabricksLifeCycleState; resultState?: string } | undefined {
    const run = this.#refresh(runId);
    if (!run) return undefined;
    return run.resultState === undefined
      ? { lifeCycleState: run.state }
      : { lifeCycleState: run.state, resultState: run.resultState };
  }

  #refresh(runId: number): RunRecord | undefined {
    const run = this.#runs.get(runId);
    if (run && run.state === "TERMINATING" && this.cancelDone(run.cancelRequestedAt)) {
      run.state = "TERMINATED";
      run.resultState = "CANCELED";
      run.terminationCode = undefined;
      run.endTime = run.cancelRequestedAt! + this.cancelDelayMs;
    }
    return run;
  }

  #error(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    const requestId = newRequestId(true);
    return json(
      status,
      {
        error_code: code,
        message,
        details: [{ "@type": "type.googleapis.com/google.rpc.RequestInfo", request_id: requestId }],
      },
      { "x-request-id": requestId, ...headers },
    );
  }

  #ok(body: unknown) {
    return json(200, body, { "x-request-id": newRequestId(true) });
  }

  protected unknownPath(): Response {
    return this.#error(404, "ENDPOINT_NOT_FOUND", "No API endpoint found");
  }

  protected faultAnswer(fault: Exclude<Fault, { kind: "latency" | "reset" }>): Response {
    if (fault.kind === "throttle") {
      return this.#error(
        429,
        "REQUEST_LIMIT_EXCEEDED",
        "Too many requests. Please wait a moment and try again.",
        { "Retry-After": String(fault.retryAfterSeconds ?? 1) },
      );
    }
    const status = fault.status ?? 500;
    if (status === 503)
      return this.#error(
        503,
        "TEMPORARILY_UNAVAILABLE",
        "The service is temporarily unavailable.",
        {
          "Retry-After": "1",
        },
      );
    return this.#error(status, "INTERNAL_ERROR", "Internal error, please try again later.");
  }

  protected async authenticate(request: Request): Promise<Response | undefined> {
    const header = request.headers.get("authorization") ?? "";
    const match = /^Bearer ([^\s]+)$/i.exec(header);
    if (!match)
      return this.#error(
        401,
        "UNAUTHENTICATED",
        "Credential was not sent or was of an unsupported type for this API.",
      );
    const token = match[1]!;
    if (this.#tokens === undefined && this.#clients === undefined) return undefined;
    if (this.#tokens?.some((t) => sameText(t, token))) return undefined;
    const expiresAt = this.#issued.get(token);
    if (expiresAt !== undefined && this.clock.now() < expiresAt) return undefined;
    return this.#error(
      401,
      "UNAUTHENTICATED",
      expiresAt !== undefined ? "Token is expired." : "Invalid access token.",
    );
  }

  protected async route(
    request: Request,
    url: URL,
  ): Promise<Route<(typeof DatabricksSimulator.operations)[number]> | undefined> {
    if (url.pathname.endsWith("/oidc/v1/token") && request.method === "POST") {
      return { operation: "oauthToken", skipAuth: true, run: () => this.#token(request) };
    }
    const match = API.exec(url.pathname);
    if (!match) return undefined;
    const [, version, op] = match as unknown as [string, string, string];
    // Accepted on every Jobs call and logged: a unified host routes by it (a workspace host ignores it).
    const workspaceId = request.headers.get("x-databricks-workspace-id") ?? undefined;
    if (op === "list") {
      if (request.method !== "GET") return undefined;
      return {
        operation: "listRuns",
        workspaceId,
        run: () => this.#list(url.searchParams),
      };
    }
    if (op === "get") {
      if (request.method !== "GET") return undefined;
      const raw = url.searchParams.get("run_id");
      return {
        operation: "getRun",
        jobId: raw ?? undefined,
        workspaceId,
        run: () => this.#getRun(raw),
      };
    }
    if (request.method !== "POST") return undefined;
    const body = await this.#body(request);
    if (op === "cancel") {
      const runId = body?.["run_id"];
      return {
        operation: "cancelRun",
        jobId: typeof runId === "number" ? String(runId) : undefined,
        workspaceId,
        run: () => this.#cancel(body),
      };
    }
    return {
      operation: "cancelAllRuns",
      workspaceId,
      run: () => this.#cancelAll(body, version),
    };
  }

  async #body(request: Request): Promise<Record<string, unknown> | undefined> {
    try {
      const parsed: unknown = JSON.parse((await bodyText(request)) || "{}");
      return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : undefined;
    } catch {
      return undefined;
    }
  }

  #badId(value: unknown, name: string): Response | undefined {
    if (value === undefined) {
      return this.#error(400, "INVALID_PARAMETER_VALUE", `Missing required field: ${name}`);
    }
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
      return this.#error(
        400,
        "INVALID_PARAMETER_VALUE",
        `Invalid value for parameter ${name}: ${JSON.stringify(value)}`,
      );
    }
    return undefined;
  }

  #missing(runId: number) {
    return this.#error(400, "INVALID_PARAMETER_VALUE", `Run ${runId} does not exist.`);
  }

  #requestCancel(run: RunRecord) {
    if (TERMINAL.has(run.state) || run.state === "TERMINATING") return;
    run.state = "TERMINATING";
    run.cancelRequestedAt = this.clock.now();
    this.#refresh(run.runId);
  }

  #cancel(body: Record<string, unknown> | undefined): Response {
    if (!body) return this.#error(400, "MALFORMED_REQUEST", "Could not parse request object.");
    const bad = this.#badId(body["run_id"], "run_id");
    if (bad) return bad;
    const run = this.#refresh(body["run_id"] as number);
    if (!run) return this.#missing(body["run_id"] as number);
    // Cancelling a terminal run is a no-op answered with the normal success.
    this.#requestCancel(run);
    return this.#ok({});
  }

  #cancelAll(body: Record<string, unknown> | undefined, version: string): Response {
    if (!body) return this.#error(400, "MALFORMED_REQUEST", "Could not parse request object.");
    const jobId = body["job_id"];
    const allQueued = body["all_queued_runs"] === true;
    if (jobId === undefined && (version === "2.1" || !allQueued)) {
      return this.#error(
        400,
        "INVALID_PARAMETER_VALUE",
        version === "2.1"
          ? "Missing required field: job_id"
          : "Either job_id or all_queued_runs must be set.",
      );
    }
    if (jobId !== undefined) {
      const bad = this.#badId(jobId, "job_id");
      if (bad) return bad;
    }
    for (const run of this.#runs.values()) {
      this.#refresh(run.runId);
      const queued = run.state === "QUEUED";
      if (jobId !== undefined ? run.jobId === jobId && (!queued || allQueued) : queued) {
        this.#requestCancel(run);
      }
    }
    return this.#ok({});
  }

  #getRun(raw: string | null): Response {
    if (raw === null)
      return this.#error(400, "INVALID_PARAMETER_VALUE", "Missing required field: run_id");
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
      return this.#error(
        400,
        "INVALID_PARAMETER_VALUE",
        `Invalid value for parameter run_id: ${raw}`,
      );
    }
    const runId = Number(raw);
    const run = this.#refresh(runId);
    if (!run) return this.#missing(runId);
    return this.#ok(this.#runJson(run));
  }

  /**
   * `runs/list`: newest first by `start_time` (then run id), filtered as the Go model documents,
   * paged by a token that marks the last run of the page (`next_page_token` /
   * `prev_page_token`), or by the deprecated `offset`.
   */
  #list(query: URLSearchParams): Response {
    const invalid = (name: string) =>
      this.#error(
        400,
        "INVALID_PARAMETER_VALUE",
        `Invalid value for parameter ${name}: ${query.get(name)}`,
      );
    const integer = (name: string, min: number, max = Number.MAX_SAFE_INTEGER) => {
      const raw = query.get(name);
      if (raw === null) return undefined;
      const n = Number(raw);
      return /^-?\d+$/.test(raw) && n >= min && n <= max ? n : Number.NaN;
    };
    const flag = (name: string) => {
      const raw = query.get(name);
      return raw === null ? false : raw === "true" ? true : raw === "false" ? false : undefined;
    };
    const jobId = integer("job_id", 0);
    if (Number.isNaN(jobId)) return invalid("job_id");
    const limit = integer("limit", 0, LIST_MAX_LIMIT);
    if (Number.isNaN(limit)) return invalid("limit");
    const offset = integer("offset", 0);
    if (Number.isNaN(offset)) return invalid("offset");
    const from = integer("start_time_from", 0);
    if (Number.isNaN(from)) return invalid("start_time_from");
    const to = integer("start_time_to", 0);
    if (Number.isNaN(to)) return invalid("start_time_to");
    const runType = query.get("run_type");
    if (runType !== null && !RUN_TYPES.has(runType)) return invalid("run_type");
    const activeOnly = flag("active_only");
    if (activeOnly === undefined) return invalid("active_only");
    const completedOnly = flag("completed_only");
    if (completedOnly === undefined) return invalid("completed_only");
    const expandTasks = flag("expand_tasks");
    if (expandTasks === undefined) return invalid("expand_tasks");
    if (activeOnly && completedOnly) {
      return this.#error(
        400,
        "INVALID_PARAMETER_VALUE",
        "active_only and completed_only cannot both be true.",
      );
    }
    const token = query.get("page_token");
    const cursor = token === null ? undefined : decodeCursor(token);
    if (token !== null && !cursor) return invalid("page_token");

    const runs = [...this.#runs.keys()]
      .map((id) => this.#refresh(id)!)
      .filter(
        (run) =>
          (jobId === undefined || run.jobId === jobId) &&
          // Every simulated run is a job run.
          (runType === null || runType === "JOB_RUN") &&
          (!activeOnly || !TERMINAL.has(run.state)) &&
          (!completedOnly || TERMINAL.has(run.state)) &&
          (from === undefined || run.startTime >= from) &&
          (to === undefined || run.startTime <= to),
      );
    // Newest first: descending start time, then descending run id.
    const keyOf = (run: RunRecord): SortKey => [-run.startTime, -run.runId];
    runs.sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
    const size = limit === undefined ? LIST_DEFAULT_LIMIT : limit === 0 ? LIST_MAX_LIMIT : limit;
    const page = tokenPage(runs, keyOf, size, cursor, cursor ? 0 : (offset ?? 0));
    const body: Record<string, unknown> = {};
    // "Only included in the response if there are runs to list."
    if (page.items.length > 0) {
      body["runs"] = page.items.map((run) => {
        const { tasks, has_more, ...base } = this.#runJson(run);
        return expandTasks ? { ...base, tasks, has_more } : base;
      });
    }
    body["has_more"] = page.next !== undefined;
    if (page.next) body["next_page_token"] = page.next;
    if (page.prev) body["prev_page_token"] = page.prev;
    return this.#ok(body);
  }

  #runJson(run: RunRecord) {
    const cancelled = run.resultState === "CANCELED";
    const terminal = TERMINAL.has(run.state);
    const state: Record<string, unknown> = {
      life_cycle_state: run.state,
      state_message: cancelled ? "Run cancelled." : "",
      user_cancelled_or_timedout: cancelled,
    };
    if (run.resultState !== undefined) state["result_state"] = run.resultState;
    // The `status` model next to the deprecated `state`, as the service answers.
    const status: Record<string, unknown> = { state: V2_STATE[run.state] ?? run.state };
    const details = this.#terminationDetails(run);
    if (details) status["termination_details"] = details;
    const end = terminal ? run.endTime : 0;
    return {
      job_id: run.jobId,
      run_id: run.runId,
      number_in_job: run.runId,
      original_attempt_run_id: run.runId,
      creator_user_name: "user.name@databricks.com",
      run_name: run.runName,
      run_type: "JOB_RUN",
      trigger: "ONE_TIME",
      attempt_number: 0,
      state,
      status,
      start_time: run.startTime,
      end_time: end,
      setup_duration: 0,
      execution_duration: terminal ? end - run.startTime : 0,
      cleanup_duration: 0,
      run_duration: terminal ? end - run.startTime : 0,
      run_page_url: `https://dbc-a1b2345c-d6e7.cloud.databricks.com/#job/${run.jobId}/run/${run.runId}`,
      tasks: [],
      has_more: false,
    };
  }

  /** Set while TERMINATING (after a cancel) and once terminal, as `RunStatus` documents. */
  #terminationDetails(run: RunRecord): Record<string, string> | undefined {
    if (run.state === "TERMINATING") {
      return run.cancelRequestedAt === undefined
        ? undefined
        : { code: "USER_CANCELED", type: "SUCCESS", message: CANCELED_MESSAGE };
    }
    if (!TERMINAL.has(run.state)) return undefined;
    const fromResult = TERMINATION[run.resultState ?? run.state];
    const code = run.terminationCode ?? fromResult?.code ?? "INTERNAL_ERROR";
    const type =
      run.terminationCode === undefined
        ? (fromResult?.type ?? "INTERNAL_ERROR")
        : (TERMINATION_TYPE[code] ?? "CLIENT_ERROR");
    return { code, type, message: code === "USER_CANCELED" ? CANCELED_MESSAGE : "" };
  }

  async #token(request: Request): Promise<Response> {
    const oauthError = (status: number, error: string, description: string) =>
      json(status, { error, error_description: description });
    const basic = /^Basic ([A-Za-z0-9+/=]+)$/.exec(request.headers.get("authorization") ?? "");
    let id: string | undefined;
    let secret: string | undefined;
    if (basic) {
      const decoded = atob(basic[1]!);
      const colon = decoded.indexOf(":");
      if (colon > 0) {
        id = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, " "));
        secret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, " "));
      }
    }
    if (id === undefined || secret === undefined) {
      return oauthError(401, "invalid_client", "Client authentication failed");
    }
    if (
      this.#clients !== undefined &&
      !this.#clients.some((c) => c.clientId === id && sameText(c.clientSecret, secret))
    ) {
      return oauthError(401, "invalid_client", "Client authentication failed");
    }
    const form = new URLSearchParams(await bodyText(request));
    if (form.get("grant_type") !== "client_credentials") {
      return oauthError(400, "unsupported_grant_type", "grant_type must be client_credentials");
    }
    const token = `eyJsim.${newRequestId()}`;
    this.#issued.set(token, this.clock.now() + this.#ttl * 1000);
    return json(200, {
      access_token: token,
      token_type: "Bearer",
      expires_in: this.#ttl,
      scope: form.get("scope") ?? "all-apis",
    });
  }
}
