/**
 * Selectors against the simulators of the four vendors that list runs: pages as each vendor pages
 * them, filters on the vendor's side and ours, the plan (a dry run sends no cancel), the bound on
 * matches, and a run that ends between the plan and its cancel.
 */
import { createManualClock, createSimulators, type Simulators } from "@cancel/testing";
import { simulatorHandlers } from "@cancel/testing/msw";
import { createMockServer } from "@cancel/testkit";
import { http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  ACTIVE_STATES,
  type CancelClient,
  CancelError,
  type CancelTarget,
  cancelWhere,
  createCancelClient,
  planCancel,
  type RunSelector,
  selectRuns,
} from "../src/index.js";
import { BASE, IDS, unexpected } from "./helpers.js";

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const HOUR = 3_600_000;
const AWS_KEY = {
  accessKeyId: "AKIASDKSELECT0000001",
  secretAccessKey: "sdkSelectSecret/0123456789",
};
const HUAWEI_KEY = { ak: "HPUASIMULATORAK01", sk: "simulatorSecretKey0123456789" };

/** One vendor as these tests drive it: how to add a run, finish it, and name it. */
interface Vendor {
  provider: "databricks" | "emr-serverless" | "huawei-dli" | "huawei-mrs";
  listOperation: string;
  cancelOperation: string;
  selector: RunSelector;
  /** Adds run `n` (1-based), running unless `finished`. */
  add(sims: Simulators, n: number, options?: { finished?: boolean; name?: string }): void;
  finish(sims: Simulators, n: number): void;
  /** The run's id field in its target, and the id of run `n`. */
  idField: string;
  id(n: number): string | number;
  /** The route of one run's cancel, for a handler that ends the run just before it. */
  cancelRoute: [string, string];
  names: boolean;
}

const vendors: Vendor[] = [
  {
    provider: "databricks",
    listOperation: "listRuns",
    cancelOperation: "cancelRun",
    selector: { provider: "databricks", jobId: 9 },
    add: (sims, n, o = {}) =>
      sims.databricks.addRun({
        runId: 1000 + n,
        jobId: 9,
        state: "RUNNING",
        ...(o.name ? { runName: o.name } : {}),
        ...(o.finished ? { state: "TERMINATED", resultState: "SUCCESS" } : {}),
      }),
    finish: (sims, n) => sims.databricks.finishRun(1000 + n),
    idField: "runId",
    id: (n) => 1000 + n,
    cancelRoute: ["post", `${BASE.databricks}/jobs/runs/cancel`],
    names: true,
  },
  {
    provider: "emr-serverless",
    listOperation: "listJobRuns",
    cancelOperation: "cancelJobRun",
    selector: { provider: "emr-serverless", applicationId: IDS.applicationId },
    add: (sims, n, o = {}) =>
      sims.emrServerless.addJobRun({
        applicationId: IDS.applicationId,
        jobRunId: `00run${n}`,
        state: o.finished ? "SUCCESS" : "RUNNING",
        ...(o.name ? { name: o.name } : {}),
      }),
    finish: (sims, n) => sims.emrServerless.finishJobRun(IDS.applicationId, `00run${n}`),
    idField: "jobRunId",
    id: (n) => `00run${n}`,
    cancelRoute: [
      "delete",
      `${BASE["emr-serverless"]}/applications/:applicationId/jobruns/:jobRunId`,
    ],
    names: true,
  },
  {
    provider: "huawei-dli",
    listOperation: "listSqlJobs",
    cancelOperation: "cancelSqlJob",
    selector: { provider: "huawei-dli", projectId: IDS.projectId },
    add: (sims, n, o = {}) =>
      sims.huaweiDli.addJob({ jobId: `job-${n}`, status: o.finished ? "FINISHED" : "RUNNING" }),
    finish: (sims, n) => sims.huaweiDli.finishJob(`job-${n}`),
    idField: "jobId",
    id: (n) => `job-${n}`,
    cancelRoute: ["delete", `${BASE["huawei-dli"]}/v1.0/:projectId/jobs/:jobId`],
    names: false,
  },
  {
    provider: "huawei-mrs",
    listOperation: "showJobExeListNew",
    cancelOperation: "stopJob",
    selector: { provider: "huawei-mrs", projectId: IDS.projectId, clusterId: IDS.clusterId },
    add: (sims, n, o = {}) =>
      sims.huaweiMrs.addJob({
        jobExecutionId: `exec-${n}`,
        clusterId: IDS.clusterId,
        state: o.finished ? "FINISHED" : "RUNNING",
        ...(o.name ? { jobName: o.name } : {}),
      }),
    finish: (sims, n) => sims.huaweiMrs.finishJob(`exec-${n}`),
    idField: "jobExecutionId",
    id: (n) => `exec-${n}`,
    cancelRoute: [
      "post",
      `${BASE["huawei-mrs"]}/v2/:projectId/clusters/:clusterId/job-executions/:jobExecutionId/kill`,
    ],
    names: true,
  },
] as Vendor[];

function setup() {
  const clock = createManualClock(Date.UTC(2026, 0, 1));
  const sims = createSimulators({
    clock,
    databricks: { tokens: ["dapi-sim"] },
    emrServerless: { credentials: [AWS_KEY], region: "us-east-1" },
    huaweiDli: { credentials: [HUAWEI_KEY] },
    huaweiMrs: { credentials: [HUAWEI_KEY] },
  });
  mock.use(...simulatorHandlers(sims));
  const sdk: CancelClient = createCancelClient({
    clock,
    defaults: { retry: false },
    databricks: { host: "dbc-a1b2345c-d6e7.cloud.databricks.com", token: "dapi-sim" },
    emrServerless: { region: "us-east-1", credentials: AWS_KEY },
    huaweiDli: { region: "cn-north-4", credentials: HUAWEI_KEY, projectId: IDS.projectId },
    huaweiMrs: { region: "cn-north-4", credentials: HUAWEI_KEY, projectId: IDS.projectId },
  });
  return { clock, sims, sdk };
}

const operations = (sims: Simulators, provider: string) =>
  sims.vendor(provider as never).requests.map((r) => r.operation);

const idsOf = (v: Vendor, targets: readonly CancelTarget[]) =>
  targets.map((t) => (t as unknown as Record<string, unknown>)[v.idField]);

describe.each(vendors)("$provider selectors (simulator)", (v) => {
  it("walks three pages lazily and plans every active run, sending no cancel", async () => {
    const { clock, sims, sdk } = setup();
    for (let n = 1; n <= 5; n++) {
      clock.advance(60_000);
      v.add(sims, n);
    }
    clock.advance(HOUR);
    const plan = await planCancel(sdk, v.selector, { pageSize: 2 });
    expect(plan.pages).toBe(3);
    expect(plan.listed).toBe(5);
    expect(
      new Set(
        idsOf(
          v,
          plan.runs.map((r) => r.target),
        ),
      ),
    ).toEqual(new Set([1, 2, 3, 4, 5].map(v.id)));
    for (const run of plan.runs) {
      expect(run.state).toBe("running");
      expect(run.target.provider).toBe(v.provider);
      expect(run.ageMs).toBeGreaterThanOrEqual(HOUR);
      expect(run.ageMs).toBeLessThan(HOUR + 6 * 60_000);
    }
    expect(operations(sims, v.provider)).toEqual([
      v.listOperation,
      v.listOperation,
      v.listOperation,
    ]);

    // A consumer that stops after the first run stops the pages.
    sims.vendor(v.provider as never).requests.length = 0;
    for await (const _ of selectRuns(sdk, v.selector, { pageSize: 2 })) break;
    expect(operations(sims, v.provider)).toEqual([v.listOperation]);
  });

  it("matches active runs only by default, and filters by age and name", async () => {
    const { clock, sims, sdk } = setup();
    v.add(sims, 1, { name: "nightly" });
    v.add(sims, 2, { finished: true, name: "nightly" });
    clock.advance(3 * HOUR);
    v.add(sims, 3, { name: "adhoc" });
    v.add(sims, 4, { finished: true });
    clock.advance(60_000);

    const active = await planCancel(sdk, v.selector);
    expect(
      idsOf(
        v,
        active.runs.map((r) => r.target),
      ).sort(),
    ).toEqual([v.id(1), v.id(3)].sort());
    const old = await planCancel(sdk, { ...v.selector, olderThanMs: 2 * HOUR });
    expect(
      idsOf(
        v,
        old.runs.map((r) => r.target),
      ),
    ).toEqual([v.id(1)]);
    const finished = await planCancel(sdk, { ...v.selector, states: ["succeeded"] });
    expect(
      idsOf(
        v,
        finished.runs.map((r) => r.target),
      ).sort(),
    ).toEqual([v.id(2), v.id(4)].sort());
    if (v.names) {
      const named = await planCancel(sdk, { ...v.selector, name: /^night/g });
      expect(
        idsOf(
          v,
          named.runs.map((r) => r.target),
        ),
      ).toEqual([v.id(1)]);
    } else {
      const error = await planCancel(sdk, { ...v.selector, name: "x" }).then(unexpected, (e) => e);
      expect(error).toMatchObject({ kind: "invalid-request" });
      expect(error.message).toMatch(/lists no run names/);
    }
    expect(operations(sims, v.provider).every((op) => op === v.listOperation)).toBe(true);
  });

  it("cancelWhere: a dry run sends no cancel; the real one cancels each run once, through cancelMany", async () => {
    const { sims, sdk } = setup();
    for (let n = 1; n <= 3; n++) v.add(sims, n);
    v.add(sims, 4, { finished: true });

    const dry = await cancelWhere(sdk, v.selector, { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, entries: [] });
    expect(dry.plan.runs).toHaveLength(3);
    expect(operations(sims, v.provider)).not.toContain(v.cancelOperation);

    const done = await cancelWhere(sdk, v.selector, { concurrency: 2 });
    expect(done.entries).toHaveLength(3);
    expect(done.entries.every((e) => e.ok && e.result.outcome !== "already-terminal")).toBe(true);
    expect(
      idsOf(
        v,
        done.entries.map((e) => e.result!.target),
      ),
    ).toEqual(
      idsOf(
        v,
        done.plan.runs.map((r) => r.target),
      ),
    );
    expect(operations(sims, v.provider).filter((op) => op === v.cancelOperation)).toHaveLength(3);
  });

  it("a run that ends between the plan and its cancel comes out already-terminal, not an error", async () => {
    const { sims, sdk } = setup();
    v.add(sims, 1);
    v.add(sims, 2);
    let ended = false;
    // Just before the simulator sees run 2's cancel, the run ends on its own.
    const [method, route] = v.cancelRoute;
    mock.use(
      (http as unknown as Record<string, typeof http.all>)[method]!(route, async ({ request }) => {
        const text = request.method === "GET" ? "" : await request.clone().text();
        if (!ended && (request.url.includes(String(v.id(2))) || text.includes(String(v.id(2))))) {
          ended = true;
          v.finish(sims, 2);
        }
        return undefined;
      }),
    );
    const { plan, entries } = await cancelWhere(sdk, v.selector);
    expect(plan.runs.map((r) => r.state)).toEqual(["running", "running"]);
    expect(ended).toBe(true);
    const byId = new Map(entries.map((e) => [idsOf(v, [e.result!.target])[0], e.result!]));
    expect(entries.every((e) => e.ok)).toBe(true);
    expect(byId.get(v.id(1))!.outcome).not.toBe("already-terminal");
    expect(byId.get(v.id(2))!).toMatchObject({
      outcome: "already-terminal",
      final: { terminal: true, state: "succeeded" },
    });
  });

  it("refuses a selector that matches more than maxRuns, and cancels nothing", async () => {
    const { sims, sdk } = setup();
    for (let n = 1; n <= 4; n++) v.add(sims, n);
    const error = await cancelWhere(sdk, { ...v.selector, maxRuns: 3 }, { pageSize: 2 }).then(
      unexpected,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CancelError);
    expect(error).toMatchObject({ kind: "invalid-request", provider: v.provider });
    expect((error as Error).message).toMatch(
      /matches more than maxRuns \(3\) runs; nothing was cancelled/,
    );
    expect(operations(sims, v.provider)).toEqual([v.listOperation, v.listOperation]);
  });
});

describe("a listing ends with its signal and its deadline", () => {
  it("an abort between pages stops the walk: an aborted CancelError, no page more", async () => {
    const { sims, sdk } = setup();
    for (let n = 1; n <= 5; n++) vendors[1]!.add(sims, n);
    const stop = new AbortController();
    const seen: string[] = [];
    const error = await (async () => {
      for await (const run of selectRuns(sdk, vendors[1]!.selector, {
        pageSize: 2,
        signal: stop.signal,
      })) {
        seen.push(String((run.target as { jobRunId: string }).jobRunId));
        if (seen.length === 2) stop.abort(new Error("owner gone"));
      }
    })().then(unexpected, (e: unknown) => e);
    expect(error).toMatchObject({ kind: "aborted", provider: "emr-serverless" });
    expect(seen).toHaveLength(2);
    expect(operations(sims, "emr-serverless")).toEqual(["listJobRuns"]);
  });

  it("a deadline for the whole listing: a page with no time left is not asked for", async () => {
    const { clock, sims, sdk } = setup();
    for (let n = 1; n <= 5; n++) vendors[1]!.add(sims, n);
    // Each page takes a minute of the client's (manual) clock.
    mock.use(
      http.get(`${BASE["emr-serverless"]}/applications/:app/jobruns`, () => {
        clock.advance(60_000);
        return undefined;
      }),
    );
    const error = await planCancel(sdk, vendors[1]!.selector, {
      pageSize: 2,
      deadlineMs: 90_000,
    }).then(unexpected, (e: unknown) => e);
    expect(error).toMatchObject({ kind: "timeout", provider: "emr-serverless" });
    expect((error as Error).message).toMatch(/deadline ran out before its last page/);
    expect(operations(sims, "emr-serverless")).toEqual(["listJobRuns", "listJobRuns"]);
  });
});

describe("selectors are checked before anything is sent", () => {
  it.each([
    [{ provider: "emr-serverless" }, /emr-serverless selector: missing applicationId/],
    [
      { provider: "emr-serverless", applicationId: "a", appId: "b" },
      /unknown appId \(it takes applicationId, mode, states/,
    ],
    [
      { provider: "huawei-mrs", projectId: IDS.projectId, clusterId: "c", states: ["active"] },
      /unknown states active \(the states are pending, running/,
    ],
    [{ provider: "databricks", states: [] }, /states must be a non-empty list/],
    [{ provider: "databricks", maxRuns: 0 }, /maxRuns must be a positive integer, got 0/],
    [{ provider: "databricks", olderThanMs: -1 }, /olderThanMs must be a number of ms ≥ 0/],
    [
      {
        provider: "databricks",
        createdAfter: new Date(2026, 5, 1),
        createdBefore: new Date(2026, 0, 1),
      },
      /createdAfter is not before createdBefore/,
    ],
    [
      { provider: "fabric-workload" },
      /fabric-workload selector: the vendor's API has no operation that lists runs/,
    ],
    [{ provider: "nope" }, /nope is not a provider of this client/],
  ])("%j", async (selector, message) => {
    const sent: string[] = [];
    const sdk = createCancelClient({
      defaults: {
        retry: false,
        fetch: async (input) => {
          sent.push(String(input));
          throw new Error("nothing may be sent");
        },
      },
      databricks: { host: "dbc-a1b2345c-d6e7.cloud.databricks.com", token: "dapi-x" },
      emrServerless: { region: "us-east-1", credentials: AWS_KEY },
      huaweiMrs: { region: "cn-north-4", credentials: HUAWEI_KEY, projectId: IDS.projectId },
    });
    const error = await planCancel(sdk, selector as unknown as RunSelector).then(
      unexpected,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CancelError);
    expect(error).toMatchObject({ kind: "invalid-request" });
    expect((error as Error).message).toMatch(message);
    expect(sent).toEqual([]);
  });

  it("defaults to every state of a run that has not ended", () => {
    expect(ACTIVE_STATES).toEqual(["pending", "running", "stopping", "unknown"]);
  });
});
