import { createMockServer } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type CancelManyEntry,
  type CancelManyProgress,
  type CancelTarget,
  createCancelClient,
  type ProviderId,
} from "../src/index.js";
import {
  answer,
  autoClock,
  manualClock,
  ROUTES,
  TARGETS,
  testAuth,
  testClient,
  until,
} from "./helpers.js";

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const PROVIDERS: ProviderId[] = [
  "databricks",
  "emr-serverless",
  "huawei-mrs",
  "huawei-dli",
  "fabric-workload",
];

/** n targets per provider, interleaved, with distinct ids. */
function mixedTargets(n: number): CancelTarget[] {
  const out: CancelTarget[] = [];
  for (let i = 0; i < n; i++) {
    const hex = i.toString(16).padStart(4, "0");
    out.push({ provider: "databricks", runId: 1000 + i });
    out.push({ ...TARGETS["emr-serverless"], jobRunId: `run${hex}` });
    out.push({ ...TARGETS["huawei-mrs"], jobExecutionId: `exe-${hex}` });
    out.push({ ...TARGETS["huawei-dli"], jobId: `job-${hex}` });
    out.push({
      ...TARGETS["fabric-workload"],
      jobInstanceId: `63f77191-432d-4ee6-9c5f-31a1a698${hex}`,
    });
  }
  return out;
}

/** Handlers that succeed, except ids ending in "3" (not found); counts in-flight per provider. */
function vendorHandlers(inFlight: Map<string, { now: number; max: number }>) {
  const track = (provider: string) => {
    const entry = inFlight.get(provider) ?? { now: 0, max: 0 };
    inFlight.set(provider, entry);
    entry.now++;
    entry.max = Math.max(entry.max, entry.now);
    return async <T>(response: T) => {
      await new Promise((resolve) => setImmediate(resolve));
      entry.now--;
      return response;
    };
  };
  return [
    http.post(ROUTES.cancelRun[1], async ({ request }) => {
      const done = track("databricks");
      const { run_id } = (await request.json()) as { run_id: number };
      return done(
        run_id % 10 === 3
          ? HttpResponse.json(
              { error_code: "INVALID_PARAMETER_VALUE", message: `Run ${run_id} does not exist.` },
              { status: 400 },
            )
          : HttpResponse.json({}),
      );
    }),
    http.delete(ROUTES.cancelJobRun[1], ({ params }) =>
      track("emr-serverless")(
        String(params.jobRunId).endsWith("3")
          ? HttpResponse.json(
              { message: "no such run" },
              { status: 404, headers: { "X-Amzn-ErrorType": "ResourceNotFoundException" } },
            )
          : HttpResponse.json({ applicationId: "a", jobRunId: String(params.jobRunId) }),
      ),
    ),
    http.post(ROUTES.stopJob[1], ({ params }) =>
      track("huawei-mrs")(
        String(params.jobExecutionId).endsWith("3")
          ? HttpResponse.json(
              { error_code: "0176", error_msg: "The job does not exist." },
              { status: 500 },
            )
          : new HttpResponse(null, { status: 200 }),
      ),
    ),
    http.delete(ROUTES.cancelSqlJob[1], ({ params }) =>
      track("huawei-dli")(
        String(params.jobId).endsWith("3")
          ? HttpResponse.json({ error_code: "DLI.0023", error_msg: "gone" }, { status: 404 })
          : HttpResponse.json({ is_success: true, message: "" }),
      ),
    ),
    http.post(ROUTES.cancelItemJobInstance[1], ({ params }) =>
      track("fabric-workload")(
        String(params.jobInstanceId).endsWith("3")
          ? HttpResponse.json(
              { errorCode: "JobInstanceNotFound", message: "no", source: "User" },
              { status: 404 },
            )
          : HttpResponse.json({ status: "Cancelled" }),
      ),
    ),
  ];
}

function expectExactlyOnePerTarget(
  targets: readonly CancelTarget[],
  entries: readonly CancelManyEntry[],
  progress: readonly CancelManyProgress[],
) {
  expect(entries).toHaveLength(targets.length);
  entries.forEach((entry, i) => {
    expect(entry.ok ? entry.result.target : entry.error.target).toBe(targets[i]);
  });
  expect(progress).toHaveLength(targets.length);
  expect(new Set(progress.map((p) => p.index)).size).toBe(targets.length);
  expect(progress.map((p) => p.completed)).toEqual(progress.map((_, i) => i + 1));
  for (const p of progress) expect(p.entry).toBe(entries[p.index]);
}

describe("cancelMany", () => {
  it("mixed vendors with partial failures: one entry per target, in input order", async () => {
    const sdk = testClient({ clock: autoClock() });
    const inFlight = new Map<string, { now: number; max: number }>();
    mock.use(...vendorHandlers(inFlight));
    const targets = mixedTargets(40);
    const progress: CancelManyProgress[] = [];
    const entries = await sdk.cancelMany(targets, {
      concurrency: 3,
      onProgress: (p) => progress.push(p),
    });
    expectExactlyOnePerTarget(targets, entries, progress);
    const failed = entries.filter((e) => !e.ok);
    // ids 3, 13, 23, 33 (run ids 1003, …; hex 0003, 000d → only those ending in 3) per provider
    expect(failed.every((e) => e.error?.kind === "not-found")).toBe(true);
    expect(failed.length).toBeGreaterThan(0);
    expect(entries.filter((e) => e.ok).length + failed.length).toBe(200);
    expect(mock.requests).toHaveLength(200);
    for (const provider of PROVIDERS) expect(inFlight.get(provider)!.max).toBeLessThanOrEqual(3);
    const fabric = entries.find((e) => e.ok && e.result.provider === "fabric-workload");
    expect(fabric?.result?.outcome).toBe("cancelled");
  });

  it("a throttled provider (429 + Retry-After) pauses its own lane; the others finish meanwhile", async () => {
    const clock = manualClock();
    const sdk = testClient({ clock });
    const inFlight = new Map<string, { now: number; max: number }>();
    let throttled = 0;
    mock.use(
      http.post(ROUTES.cancelRun[1], () => {
        if (throttled < 2) {
          throttled++;
          return HttpResponse.json(
            { error_code: "REQUEST_LIMIT_EXCEEDED", message: "slow down" },
            { status: 429, headers: { "Retry-After": "2" } },
          );
        }
        return HttpResponse.json({});
      }),
      ...vendorHandlers(inFlight).slice(1),
    );
    // Group 3 holds the ids the handlers answer "not found".
    const targets = mixedTargets(10).filter((_, i) => Math.floor(i / 5) !== 3);
    const progress: CancelManyProgress[] = [];
    const run = sdk.cancelMany(targets, { concurrency: 2, onProgress: (p) => progress.push(p) });
    const others = targets.filter((t) => t.provider !== "databricks").length;
    // Time stands still: Databricks' lane sleeps out its Retry-After while the others complete.
    await until(() => progress.length >= others && clock.sleeping > 0);
    expect(progress.slice(0, others).every((p) => p.entry.ok)).toBe(true);
    expect(progress.filter((p) => targets[p.index]!.provider === "databricks")).toHaveLength(0);
    const databricksRequestsBefore = mock.requests.filter((r) =>
      r.url.pathname.endsWith("/jobs/runs/cancel"),
    ).length;
    expect(databricksRequestsBefore).toBe(2);
    clock.advance(1999);
    await until(() => true, 20);
    expect(mock.requests.filter((r) => r.url.pathname.endsWith("/jobs/runs/cancel"))).toHaveLength(
      2,
    );
    clock.advance(1);
    const entries = await run;
    expectExactlyOnePerTarget(targets, entries, progress);
    expect(entries.every((e) => e.ok)).toBe(true);
    const databricksTargets = targets.filter((t) => t.provider === "databricks").length;
    expect(mock.requests.filter((r) => r.url.pathname.endsWith("/jobs/runs/cancel"))).toHaveLength(
      databricksTargets + 2,
    );
  });

  it("a target throttled past throttleRetries ends with its throttled error", async () => {
    const sdk = testClient({ clock: autoClock() });
    mock.use(
      answer("cancelSqlJob", 429, { error_code: "APIGW.0308", error_msg: "threshold reached" }),
    );
    const entries = await sdk.cancelMany([TARGETS["huawei-dli"]], { throttleRetries: 2 });
    expect(entries[0]).toMatchObject({ ok: false, error: { kind: "throttled", retryable: true } });
    expect(mock.requests).toHaveLength(3);
  });

  it("abort half-way: finished ones keep their outcome, the rest say aborted; nothing twice", async () => {
    const sdk = testClient({ clock: autoClock() });
    const inFlight = new Map<string, { now: number; max: number }>();
    mock.use(...vendorHandlers(inFlight));
    const targets = mixedTargets(20);
    const controller = new AbortController();
    const progress: CancelManyProgress[] = [];
    const entries = await sdk.cancelMany(targets, {
      concurrency: 2,
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p);
        if (p.completed === 30) controller.abort(new Error("shutting down"));
      },
    });
    expectExactlyOnePerTarget(targets, entries, progress);
    const aborted = entries.filter((e) => !e.ok && e.error.kind === "aborted");
    const finished = entries.filter((e) => e.ok || e.error.kind !== "aborted");
    expect(finished.length).toBeGreaterThanOrEqual(30);
    expect(aborted.length).toBeGreaterThan(0);
    expect(aborted.length + finished.length).toBe(100);
    // Never-started targets were not sent: requests = finished + those cut off in flight.
    const neverSent = aborted.filter((e) => e.error!.attempts === 0).length;
    expect(mock.requests.length).toBeLessThanOrEqual(100 - neverSent);
    expect(mock.requests.length).toBeGreaterThanOrEqual(finished.length);
    expect(neverSent).toBeGreaterThan(50);
  });

  it("bad targets and unconfigured providers end as invalid-request entries; the rest go on", async () => {
    const sdk = createCancelClient({
      databricks: {
        baseUrl: "https://dbc-a1b2345c-d6e7.cloud.databricks.com/api/2.2",
        authenticate: testAuth,
      },
      defaults: { retry: false },
    });
    mock.use(answer("cancelRun", 200, {}));
    const targets = [
      TARGETS.databricks,
      { provider: "nope" } as unknown as CancelTarget,
      TARGETS["huawei-dli"],
      null as unknown as CancelTarget,
      { provider: "databricks", runId: -1.5 } as CancelTarget,
    ];
    const entries = await sdk.cancelMany(targets);
    expect(entries.map((e) => (e.ok ? e.result.outcome : e.error.kind))).toEqual([
      "cancel-requested",
      "invalid-request",
      "invalid-request",
      "invalid-request",
      "invalid-request",
    ]);
    expect(mock.requests).toHaveLength(1);
  });

  it("scales: 10 000 targets at concurrency 64, each with exactly one outcome", async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    let calls = 0;
    const sdk = createCancelClient({
      databricks: {
        baseUrl: "https://dbc-a1b2345c-d6e7.cloud.databricks.com/api/2.2",
        authenticate: testAuth,
      },
      defaults: {
        retry: false,
        fetch: async () => {
          calls++;
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          await Promise.resolve();
          inFlight--;
          return new Response("{}", {
            status: 200,
            headers: { "content-type": "application/json" },
          });
        },
      },
      clock: autoClock(),
    });
    const targets: CancelTarget[] = Array.from({ length: 10_000 }, (_, i) => ({
      provider: "databricks",
      runId: i + 1,
    }));
    let progressCount = 0;
    const entries = await sdk.cancelMany(targets, {
      concurrency: 64,
      onProgress: () => progressCount++,
    });
    expect(entries).toHaveLength(10_000);
    expect(entries.every((e) => e.ok)).toBe(true);
    expect(progressCount).toBe(10_000);
    expect(calls).toBe(10_000);
    expect(maxInFlight).toBeLessThanOrEqual(64);
    expect(maxInFlight).toBeGreaterThan(1);
  }, 30_000);
});
