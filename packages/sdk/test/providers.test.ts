// The per-provider entries: `createCancelClient` from `@cancel/sdk/client` with only the adapters
// it is given gives the same results and errors as the full client, and refuses the others.
import { createMockServer } from "@cancel/testkit";
import type { RequestHandler } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type AnyProviderAdapter,
  CancelError,
  type CancelResult,
  type CancelTarget,
  createCancelClient,
  PROVIDERS,
  type ProviderId,
} from "../src/client.js";
import { databricks } from "../src/databricks.js";
import { emrServerless } from "../src/emr-serverless.js";
import { fabricWorkload } from "../src/fabric-workload.js";
import { huaweiDli } from "../src/huawei-dli.js";
import { huaweiMrs } from "../src/huawei-mrs.js";
import { createCancelClient as createFullClient, errorMappings } from "../src/index.js";
import {
  answer,
  autoClock,
  IDS,
  MRS_V11_TARGET,
  REQUEST_ID_HEADER,
  sequence,
  TARGETS,
  testConfig,
  unexpected,
} from "./helpers.js";

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const ADAPTERS = {
  databricks,
  "emr-serverless": emrServerless,
  "huawei-mrs": huaweiMrs,
  "huawei-dli": huaweiDli,
  "fabric-workload": fabricWorkload,
} as const satisfies Record<ProviderId, AnyProviderAdapter>;

/** A client of one provider, configured as the full test client configures it. */
function leanClient<P extends ProviderId>(provider: P, extra: Record<string, unknown> = {}) {
  return createCancelClient({
    ...testConfig(extra),
    providers: [ADAPTERS[provider] as AnyProviderAdapter],
  });
}

const rid = (provider: ProviderId, id: string) => ({ [REQUEST_ID_HEADER[provider]]: id });

/** Per provider: a cancel answer, a terminal status answer, and an error only its rows map. */
const CASES: Record<
  ProviderId,
  {
    cancel: RequestHandler;
    status: RequestHandler;
    outcome: string;
    operation: string;
    final: string;
    error: RequestHandler;
    /** The kind by the vendor's own row, and the kind the HTTP status alone would give. */
    kind: string;
    byStatus: string;
  }
> = {
  databricks: {
    cancel: answer("cancelRun", 200, {}, rid("databricks", "req-1")),
    status: answer("getRun", 200, {
      run_id: IDS.runId,
      state: { life_cycle_state: "TERMINATED", result_state: "CANCELED" },
    }),
    outcome: "cancel-requested",
    operation: "cancelRun",
    final: "TERMINATED",
    error: answer(
      "cancelRun",
      400,
      { error_code: "INVALID_PARAMETER_VALUE", message: `Run ${IDS.runId} does not exist.` },
      rid("databricks", "req-e"),
    ),
    kind: "not-found",
    byStatus: "invalid-request",
  },
  "emr-serverless": {
    cancel: answer(
      "cancelJobRun",
      200,
      { applicationId: IDS.applicationId, jobRunId: IDS.jobRunId },
      rid("emr-serverless", "req-1"),
    ),
    status: answer("getJobRun", 200, { jobRun: { state: "CANCELLED" } }),
    outcome: "cancel-requested",
    operation: "cancelJobRun",
    final: "CANCELLED",
    error: answer(
      "cancelJobRun",
      400,
      { message: "Rate exceeded" },
      { ...rid("emr-serverless", "req-e"), "X-Amzn-ErrorType": "ThrottlingException" },
    ),
    kind: "throttled",
    byStatus: "invalid-request",
  },
  "huawei-mrs": {
    cancel: answer("stopJob", 200, undefined, rid("huawei-mrs", "req-1")),
    status: answer("showSingleJobExe", 200, {
      job_detail: { job_state: "KILLED", job_result: "KILLED" },
    }),
    outcome: "cancel-requested",
    operation: "stopJob",
    final: "KILLED",
    error: answer(
      "stopJob",
      500,
      { error_code: "0176", error_msg: "The job does not exist." },
      rid("huawei-mrs", "req-e"),
    ),
    kind: "not-found",
    byStatus: "server",
  },
  "huawei-dli": {
    cancel: answer("cancelSqlJob", 200, { is_success: true, message: "" }, rid("huawei-dli", "r1")),
    status: answer("showSqlJobStatus", 200, { job_id: IDS.jobId, status: "CANCELLED" }),
    outcome: "cancel-requested",
    operation: "cancelSqlJob",
    final: "CANCELLED",
    error: answer(
      "cancelSqlJob",
      400,
      { error_code: "DLI.0002", error_msg: "The object does not exist." },
      rid("huawei-dli", "req-e"),
    ),
    kind: "not-found",
    byStatus: "invalid-request",
  },
  "fabric-workload": {
    cancel: answer(
      "cancelItemJobInstance",
      200,
      { status: "Cancelled" },
      rid("fabric-workload", "req-1"),
    ),
    status: answer("getItemJobInstanceState", 200, { status: "Cancelled" }),
    outcome: "cancelled",
    operation: "cancelItemJobInstance",
    final: "Cancelled",
    error: answer(
      "cancelItemJobInstance",
      400,
      { errorCode: "JobInstanceNotFound", message: "no such job instance", source: "User" },
      rid("fabric-workload", "req-e"),
    ),
    kind: "not-found",
    byStatus: "invalid-request",
  },
};

/** The parts of a result or error that must be the same whichever client made them. */
const resultShape = (r: CancelResult) => ({
  provider: r.provider,
  target: r.target,
  outcome: r.outcome,
  vendorStatus: r.vendorStatus,
  requestId: r.requestId,
  httpStatus: r.httpStatus,
  operation: r.operation,
  raw: r.raw,
  runStatus: r.runStatus,
  waitable: r.waitable,
  final: r.final,
});
const errorShape = (e: CancelError) => ({
  name: e.name,
  message: e.message,
  kind: e.kind,
  provider: e.provider,
  operation: e.operation,
  target: e.target,
  status: e.status,
  code: e.code,
  vendorMessage: e.vendorMessage,
  requestId: e.requestId,
  retryable: e.retryable,
});

describe.each(PROVIDERS)("createCancelClient from @cancel/sdk/client with only %s", (provider) => {
  const c = CASES[provider];
  const target = TARGETS[provider] as CancelTarget;

  it("cancels through the adapter: the same result as the full client", async () => {
    mock.use(c.cancel);
    const lean = leanClient(provider);
    expect(lean.providers).toEqual([provider]);
    expect(lean.configured).toEqual([provider]);
    const result = await lean.cancel(target);
    expect(result).toMatchObject({ provider, outcome: c.outcome, operation: c.operation });
    expect(result.requestId).toBe(provider === "huawei-dli" ? "r1" : "req-1");
    expect(mock.requests).toHaveLength(1);
    const full = await createFullClient(testConfig()).cancel(target);
    expect(resultShape(result)).toEqual(resultShape(full));
  });

  it("waits through the adapter's status read", async () => {
    mock.use(c.cancel, c.status);
    const lean = leanClient(provider, { clock: autoClock() });
    const result = await lean.cancel(target, { wait: true });
    expect(result.final).toMatchObject({ provider, state: "cancelled", terminal: true });
    expect(result.final.vendorState).toBe(c.final);
    expect(await lean.status(target)).toMatchObject({ state: "cancelled", vendorState: c.final });
  });

  it("maps the vendor's errors by the adapter's own rows, as the full client does", async () => {
    mock.use(c.error);
    // The row is the vendor's, not the HTTP status fallback.
    expect(c.kind).not.toBe(c.byStatus);
    expect(ADAPTERS[provider].profile.errorKinds).toBe(errorMappings[provider]);
    const error = await leanClient(provider)
      .cancel(target)
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(error).toBeInstanceOf(CancelError);
    expect(error).toMatchObject({ kind: c.kind, provider, requestId: "req-e" });
    const full = await createFullClient(testConfig())
      .cancel(target)
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(errorShape(error)).toEqual(errorShape(full));
  });

  it("refuses every other provider's target: invalid-request naming the adapter, nothing sent", async () => {
    const lean = leanClient(provider);
    for (const other of PROVIDERS.filter((p) => p !== provider)) {
      const error = await lean
        .cancel(TARGETS[other] as never)
        .then(unexpected, (e: unknown) => e as CancelError);
      expect(error).toBeInstanceOf(CancelError);
      expect(error).toMatchObject({ kind: "invalid-request", provider: other, retryable: false });
      expect(error.target).toBe(TARGETS[other]);
      expect(error.message).toContain(`from "@cancel/sdk/${other}"`);
      expect(error.message).toContain(`import { ${ADAPTERS[other].setupHint.split(":")[0]} }`);
    }
    expect(mock.requests).toHaveLength(0);
  });
});

describe("a client of some providers", () => {
  const sdk = createCancelClient({
    ...testConfig(),
    providers: [emrServerless, huaweiDli],
  });

  it("lists its providers in PROVIDERS order; configured only those with a key", () => {
    expect(sdk.providers).toEqual(["emr-serverless", "huawei-dli"]);
    expect(sdk.configured).toEqual(["emr-serverless", "huawei-dli"]);
    const partly = createCancelClient({
      providers: [huaweiDli, emrServerless],
      emrServerless: {},
    });
    expect(partly.providers).toEqual(["emr-serverless", "huawei-dli"]);
    expect(partly.configured).toEqual(["emr-serverless"]);
  });

  it("an unregistered provider is refused by every method before anything is created or sent", async () => {
    // The full test configuration has a databricks key; without the adapter it is not used.
    const target = TARGETS.databricks as never;
    const refused = (e: unknown) => {
      expect(e).toBeInstanceOf(CancelError);
      expect(e).toMatchObject({ kind: "invalid-request", provider: "databricks" });
      expect((e as CancelError).message).toBe(
        'databricks is not a provider of this client: import { databricks } from "@cancel/sdk/databricks" and add it to providers (with its databricks: {…} options), or use createCancelClient from "@cancel/sdk" for every provider',
      );
    };
    refused(await sdk.cancel(target).then(unexpected, (e: unknown) => e));
    refused(await sdk.cancel(target, { wait: true }).then(unexpected, (e: unknown) => e));
    refused(await sdk.status(target).then(unexpected, (e: unknown) => e));
    refused(await sdk.waitUntilTerminal(target).then(unexpected, (e: unknown) => e));
    let thrown: unknown;
    try {
      sdk.providerClient("databricks" as never);
    } catch (error) {
      thrown = error;
    }
    refused(thrown);
    expect(mock.requests).toHaveLength(0);
  });

  it("cancelMany: unregistered targets end as invalid-request entries, the others go on", async () => {
    mock.use(
      answer("cancelJobRun", 200, { applicationId: IDS.applicationId, jobRunId: IDS.jobRunId }),
      answer("cancelSqlJob", 200, { is_success: true, message: "" }),
    );
    const entries = await sdk.cancelMany([
      TARGETS["emr-serverless"],
      TARGETS["fabric-workload"] as never,
      TARGETS["huawei-dli"],
      MRS_V11_TARGET as never,
    ]);
    expect(
      entries.map((e) => (e.ok ? e.result.provider : `${e.error.kind} ${e.error.provider}`)),
    ).toEqual([
      "emr-serverless",
      "invalid-request fabric-workload",
      "huawei-dli",
      "invalid-request huawei-mrs",
    ]);
    expect(mock.requests).toHaveLength(2);
  });

  it("still refuses a target carrying the field of a provider it was not made with", async () => {
    const error = await sdk
      .cancel({ ...TARGETS["emr-serverless"], runId: IDS.runId } as never)
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(error).toMatchObject({ kind: "invalid-request", provider: "emr-serverless" });
    expect(error.message).toBe("emr-serverless target: fields of another provider: runId");
    const unknown = await sdk
      .cancel({ provider: "snowflake" } as never)
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(unknown.message).toBe(
      'target.provider must be one of emr-serverless, huawei-dli, got "snowflake"',
    );
    expect(mock.requests).toHaveLength(0);
  });

  it("a registered provider without a configuration key names what to add", async () => {
    const client = createCancelClient({ providers: [emrServerless] });
    const error = await client
      .cancel(TARGETS["emr-serverless"])
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(error).toMatchObject({ kind: "invalid-request", provider: "emr-serverless" });
    expect(error.message).toContain("emrServerless: { region, credentials }");
    expect(mock.requests).toHaveLength(0);
  });

  it("waits through the adapters it has", async () => {
    mock.use(
      answer("cancelJobRun", 200, { applicationId: IDS.applicationId, jobRunId: IDS.jobRunId }),
      sequence("getJobRun", [
        { body: { jobRun: { state: "CANCELLING" } } },
        { body: { jobRun: { state: "CANCELLED" } } },
      ]),
    );
    const client = createCancelClient({
      ...testConfig({ clock: autoClock() }),
      providers: [emrServerless],
    });
    const result = await client.cancel(TARGETS["emr-serverless"], { wait: true });
    expect(result.final).toMatchObject({ state: "cancelled", vendorState: "CANCELLED" });
  });
});

describe("createCancelClient from @cancel/sdk/client without providers", () => {
  it.each([
    ["no configuration", undefined],
    ["no providers key", {}],
    ["not an array", { providers: emrServerless }],
    ["not adapters", { providers: ["emr-serverless"] }],
  ])("%s: an invalid-request CancelError saying what to give", (_, config) => {
    let thrown: unknown;
    try {
      createCancelClient(config as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CancelError);
    expect(thrown).toMatchObject({ kind: "invalid-request" });
    expect((thrown as CancelError).message).toContain("providers: [emrServerless]");
  });

  it("an empty list makes a client that refuses every target", async () => {
    const client = createCancelClient({ providers: [] });
    expect(client.providers).toEqual([]);
    const error = await client
      .cancel(TARGETS.databricks as never)
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(error).toMatchObject({ kind: "invalid-request", provider: "databricks" });
  });
});
