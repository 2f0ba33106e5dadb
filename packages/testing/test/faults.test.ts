import { ConnectionError, RateLimitError } from "@cancel/core";
import * as databricks from "@cancel/databricks";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  CONNECTION_RESET,
  createManualClock,
  createSimulators,
  FaultInjector,
} from "../src/index.js";
import { simulatorHandlers } from "../src/msw.js";

const DBX = "https://dbc-a1b2345c-d6e7.cloud.databricks.com";
const getRun = (id: number) =>
  new Request(`${DBX}/api/2.2/jobs/runs/get?run_id=${id}`, {
    headers: { authorization: "Bearer t" },
  });

describe("fault rules", () => {
  it("every Nth request is throttled with the vendor's envelope and Retry-After", async () => {
    const sims = createSimulators();
    sims.databricks.addRun({ runId: 1 });
    sims.databricks.faults.add({ fault: { kind: "throttle", retryAfterSeconds: 7 }, every: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const answer = await sims.databricks.handle(getRun(1));
      if (answer === CONNECTION_RESET) throw new Error("reset");
      statuses.push(answer.status);
      if (answer.status === 429) {
        expect(answer.headers.get("retry-after")).toBe("7");
        expect((await answer.json()).error_code).toBe("REQUEST_LIMIT_EXCEEDED");
      }
    }
    expect(statuses).toEqual([200, 200, 429, 200, 200, 429]);
  });

  it("probability rules are reproducible from the seed; jobId and operation narrow a rule", () => {
    const draw = (seed: number) => {
      const faults = new FaultInjector(seed);
      faults.add({ fault: { kind: "server-error" }, probability: 0.5 });
      return Array.from({ length: 20 }, () => faults.pick("getRun", "1").fault !== undefined);
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42).filter(Boolean).length).toBeGreaterThan(3);
    const faults = new FaultInjector();
    const rule = faults.add({
      fault: { kind: "reset" },
      jobId: 7,
      operation: "cancelRun",
      times: 1,
    });
    expect(faults.pick("cancelRun", "8").fault).toBeUndefined();
    expect(faults.pick("getRun", "7").fault).toBeUndefined();
    expect(faults.pick("cancelRun", "7").fault).toEqual({ kind: "reset" });
    expect(faults.pick("cancelRun", "7").fault).toBeUndefined();
    expect(rule.fired).toBe(1);
  });

  it("each vendor answers throttling and 5xx in its own envelope", async () => {
    const sims = createSimulators();
    for (const sim of sims.all) sim.faults.add({ fault: { kind: "throttle" }, times: 1 });
    const urls = {
      databricks: `${DBX}/api/2.2/jobs/runs/get?run_id=1`,
      "emr-serverless": "https://emr-serverless.us-east-1.amazonaws.com/applications/a/jobruns/b",
      "huawei-mrs": "https://mrs.cn-north-4.myhuaweicloud.com/v2/p/clusters/c/job-executions/j",
      "huawei-dli": "https://dli.cn-north-4.myhuaweicloud.com/v1.0/p/jobs/j/status",
      "fabric-workload":
        "https://workload.simulator.test/workspaces/w/items/t/i/jobTypes/j/instances/x",
    };
    const bodies: Record<string, unknown> = {};
    for (const sim of sims.all) {
      const answer = await sim.handle(new Request(urls[sim.vendor]));
      if (answer === CONNECTION_RESET) throw new Error("reset");
      expect(answer.status).toBe(429);
      expect(answer.headers.get("retry-after")).toBe("1");
      bodies[sim.vendor] = {
        body: await answer.json(),
        errorType: answer.headers.get("x-amzn-errortype")?.split(":")[0],
      };
    }
    expect(bodies).toMatchObject({
      databricks: { body: { error_code: "REQUEST_LIMIT_EXCEEDED" } },
      "emr-serverless": { body: { message: "Rate exceeded" }, errorType: "ThrottlingException" },
      "huawei-mrs": { body: { error_code: "APIGW.0308" } },
      "huawei-dli": { body: { error_code: "APIGW.0308" } },
      "fabric-workload": { body: { ErrorCode: "TooManyRequests", Source: 1 } },
    });
    // In the registry's order (VENDORS), as `sims.all` lists them.
    expect(sims.requests().map((r) => `${r.vendor} ${r.status}`)).toEqual([
      "databricks 429",
      "emr-serverless 429",
      "fabric-workload 429",
      "huawei-dli 429",
      "huawei-mrs 429",
    ]);
    sims.emrServerless.faults.add({ fault: { kind: "server-error", status: 503 } });
    const unavailable = await sims.emrServerless.handle(new Request(urls["emr-serverless"]));
    if (unavailable === CONNECTION_RESET) throw new Error("reset");
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("x-amzn-errortype")).toMatch(/^ServiceUnavailable/);
  });

  it("latency delays the answer by real milliseconds", async () => {
    const sims = createSimulators();
    sims.databricks.addRun({ runId: 1 });
    sims.databricks.faults.add({ fault: { kind: "latency", ms: 40 } });
    const started = performance.now();
    await sims.databricks.handle(getRun(1));
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });
});

describe("faults through our clients", () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it("msw: a reset is a network error (ConnectionError); retried, the cancel still lands", async () => {
    const clock = createManualClock();
    const sims = createSimulators({ clock });
    server.resetHandlers(...simulatorHandlers(sims));
    sims.databricks.addRun({ runId: 1 });
    const client = databricks.createClient({ host: DBX, token: "t", clock });
    sims.databricks.faults.add({ fault: { kind: "reset" }, times: 1 });
    await expect(
      databricks.cancelRun(client, { runId: 1 }, { retry: false }),
    ).rejects.toBeInstanceOf(ConnectionError);
    sims.databricks.faults.add({ fault: { kind: "reset" }, times: 1 });
    await databricks.cancelRun(client, { runId: 1 });
    expect(sims.databricks.requests.map((r) => r.status)).toEqual(["reset", "reset", 200]);
    expect(sims.databricks.runState(1)?.resultState).toBe("CANCELED");
  });

  it("msw: 429 with Retry-After is waited out on the client's clock, then succeeds", async () => {
    const clock = createManualClock();
    const sims = createSimulators({ clock });
    server.resetHandlers(...simulatorHandlers(sims));
    sims.databricks.addRun({ runId: 1 });
    sims.databricks.faults.add({ fault: { kind: "throttle", retryAfterSeconds: 2 }, times: 1 });
    const client = databricks.createClient({ host: DBX, token: "t", clock });
    const before = clock.now();
    await databricks.cancelRun(client, { runId: 1 });
    expect(clock.now() - before).toBeGreaterThanOrEqual(2000);
    sims.databricks.faults.add({ fault: { kind: "throttle", retryAfterSeconds: 2 } });
    const error = await databricks
      .getRun(client, { runId: 1 }, { retry: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 2000, code: "REQUEST_LIMIT_EXCEEDED" });
  });
});
