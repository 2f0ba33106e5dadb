/**
 * `@cancel/sdk/databricks`: the Databricks adapter (Jobs API 2.2 `runs/cancel`, status from
 * `runs/get`) with its error mapping. Give it to `createCancelClient` from `@cancel/sdk/client`.
 */
import { invokeWithMetadata } from "@cancel/core";
import { cancelRunOperation, createClient, descriptor, getRunOperation } from "@cancel/databricks";
import { type ProviderAdapter, cancelAnswer, lookup, obj, runStatus, str } from "./adapter.js";
import type { RunState } from "./types.js";

export type { DatabricksTarget } from "./types.js";

const LIFE_CYCLE: Readonly<Record<string, RunState>> = {
  QUEUED: "pending",
  PENDING: "pending",
  BLOCKED: "pending",
  WAITING_FOR_RETRY: "pending",
  WAITING: "pending",
  RUNNING: "running",
  TERMINATING: "stopping",
  SKIPPED: "skipped",
  INTERNAL_ERROR: "failed",
};
const RESULT: Readonly<Record<string, RunState>> = {
  CANCELED: "cancelled",
  UPSTREAM_CANCELED: "cancelled",
  SUCCESS: "succeeded",
  SUCCESS_WITH_FAILURES: "succeeded",
  FAILED: "failed",
  UPSTREAM_FAILED: "failed",
  MAXIMUM_CONCURRENT_RUNS_REACHED: "failed",
  TIMEDOUT: "timed-out",
  EXCLUDED: "skipped",
  DISABLED: "skipped",
};
const TERMINATION: Readonly<Record<string, RunState>> = {
  USER_CANCELED: "cancelled",
  CANCELED: "cancelled",
  SUCCESS: "succeeded",
  SKIPPED: "skipped",
  RUN_EXECUTION_ERROR: "failed",
  INTERNAL_ERROR: "failed",
};

/** Databricks run state: `state.life_cycle_state` + `result_state`, else the 2.2 `status` model. */
function databricksRunState(raw: unknown): {
  state: RunState;
  vendorState: string | undefined;
  vendorResult: string | undefined;
} {
  const state = obj(obj(raw).state);
  const status = obj(obj(raw).status);
  const lifeCycle = str(state.life_cycle_state);
  const result = str(state.result_state);
  if (lifeCycle !== undefined) {
    if (lifeCycle === "TERMINATED") {
      const byResult = lookup(RESULT, result);
      const byTermination = lookup(TERMINATION, str(obj(status.termination_details).code));
      const final =
        byResult !== "unknown" ? byResult : byTermination !== "unknown" ? byTermination : "ended";
      return { state: final, vendorState: lifeCycle, vendorResult: result };
    }
    return { state: lookup(LIFE_CYCLE, lifeCycle), vendorState: lifeCycle, vendorResult: result };
  }
  const v2 = str(status.state);
  if (v2 === "TERMINATED") {
    const code = str(obj(status.termination_details).code);
    const final = lookup(TERMINATION, code);
    return { state: final === "unknown" ? "ended" : final, vendorState: v2, vendorResult: code };
  }
  return { state: lookup(LIFE_CYCLE, v2), vendorState: v2, vendorResult: undefined };
}

/** The Databricks adapter: `createCancelClient({ providers: [databricks], databricks: {…} })`. */
export const databricks: ProviderAdapter<"databricks"> = {
  provider: "databricks",
  setupHint:
    "databricks: { host, token } (or databricks: {} to read DATABRICKS_HOST and DATABRICKS_TOKEN or DATABRICKS_CLIENT_ID/DATABRICKS_CLIENT_SECRET)",
  errors: [
    {
      status: 400,
      codes: ["INVALID_PARAMETER_VALUE"],
      message: "Run .* does not exist|Run: .* in job: .* doesn't exist",
      kind: "not-found",
      note: 'Databricks answers a missing run with 400 INVALID_PARAMETER_VALUE "Run … does not exist"',
    },
    {
      codes: ["RESOURCE_DOES_NOT_EXIST"],
      kind: "not-found",
      note: "the run or job does not exist",
    },
    {
      codes: ["ENDPOINT_NOT_FOUND"],
      kind: "invalid-request",
      note: "no such API endpoint: wrong host or API version, not a missing run",
    },
    {
      status: 401,
      codes: ["PERMISSION_DENIED"],
      kind: "unauthenticated",
      note: "legacy answer to a bad token: 401 with PERMISSION_DENIED",
    },
    {
      codes: ["UNAUTHENTICATED"],
      kind: "unauthenticated",
      note: "invalid or expired token",
    },
    {
      codes: ["PERMISSION_DENIED"],
      kind: "forbidden",
      note: "no Manage Run / Owner / Admin permission on the job",
    },
    {
      codes: descriptor.retryCodes?.throttling?.codes ?? [],
      kind: "throttled",
      note: "rate limit codes (the spec's x-cancel-retry throttling codes)",
    },
    {
      codes: descriptor.retryCodes?.transient?.codes ?? [],
      kind: "unavailable",
      note: "temporarily unavailable",
    },
    {
      codes: ["ABORTED", "ALREADY_EXISTS", "RESOURCE_ALREADY_EXISTS", "RESOURCE_CONFLICT"],
      kind: "conflict",
      note: "conflicting state (the SDKs' ResourceConflict family)",
    },
    {
      codes: ["INTERNAL_ERROR", "UNKNOWN", "DATA_LOSS"],
      kind: "server",
      note: "internal error",
    },
  ],
  create: (options) => createClient(options),
  cancelOperation: () => cancelRunOperation.operationId,
  statusOperation: () => getRunOperation.operationId,
  async cancel(client, target, options) {
    const { data, metadata } = await invokeWithMetadata(
      client,
      cancelRunOperation,
      { runId: target.runId },
      options,
    );
    // Databricks cancels asynchronously and answers a cancel of a finished run with the same {}.
    return cancelAnswer(cancelRunOperation.operationId, data, metadata);
  },
  async status(client, target, options) {
    const { data, metadata } = await invokeWithMetadata(
      client,
      getRunOperation,
      { runId: target.runId },
      options,
    );
    const { state, vendorState, vendorResult } = databricksRunState(data);
    return runStatus(target, state, vendorState, vendorResult, metadata, data);
  },
};
