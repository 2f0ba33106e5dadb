import { readFileSync } from "node:fs";
import { createMockServer } from "@cancel/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpResponse, http } from "msw";
import { type CancelError, createCancelClient as createClientOf } from "../src/client.js";
import { emrServerless } from "../src/emr-serverless.js";
import { createManualClock, createSimulators } from "@cancel/testing";
import { simulatorHandlers } from "@cancel/testing/msw";
import {
  type CancelClient,
  type CancelClientConfig,
  cancelWhere,
  createCancelClient,
  followRun,
  planCancel,
} from "../src/index.js";
import { trace } from "@opentelemetry/api";
import {
  answer,
  autoClock,
  manualClock,
  sequence,
  TARGETS,
  testClient,
  testConfig,
  until,
} from "./helpers.js";
import { memoryTracing } from "./otel.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The README's ts block that starts with `// README: <name>`, without its import lines. */
function block(name: string): string {
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const found = blocks.find((b) => b.startsWith(`// README: ${name}\n`));
  if (!found) throw new Error(`README has no block "${name}"`);
  return found.replace(/^import .*;$/gm, "");
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<unknown>;

const mock = createMockServer();
const otel = memoryTracing();
beforeAll(() => mock.listen());
afterAll(() => mock.close());

describe("the README, tried as a new user would", () => {
  it("its configuration block builds a client for all five providers (lazily: nothing read yet)", async () => {
    const run = new AsyncFunction(
      "createCancelClient",
      "getFabricAppToken",
      `${block("configure")}\nreturn sdk;`,
    );
    const sdk = (await run(createCancelClient, () => "eyJ.app.token")) as CancelClient;
    expect(sdk.configured).toEqual([
      "databricks",
      "emr-serverless",
      "fabric-workload",
      "huawei-dli",
      "huawei-mrs",
    ]);
    expect(mock.requests).toHaveLength(0);
  });

  it("its traces-and-logs block: a span in the application's OpenTelemetry SDK, a line on its logger", async () => {
    trace.setGlobalTracerProvider({ getTracer: () => otel.tracer });
    try {
      mock.use(answer("cancelJobRun", 200, { applicationId: "a", jobRunId: "r" }));
      const lines: unknown[][] = [];
      const logger = {
        debug() {},
        info: (...line: unknown[]) => lines.push(line),
        warn() {},
        error() {},
      };
      // The block's configuration, pointed at the local handlers.
      const local = (config: CancelClientConfig) =>
        createCancelClient({
          ...config,
          emrServerless: { ...config.emrServerless, ...testConfig().emrServerless },
        });
      const run = new AsyncFunction(
        "createCancelClient",
        "trace",
        "console",
        `${block("traces and logs")}\nreturn sdk;`,
      );
      const sdk = (await run(local, trace, logger)) as CancelClient;
      await sdk.cancel(TARGETS["emr-serverless"]);
      expect(otel.only("cancel emr-serverless").attributes["cancel.outcome"]).toBe(
        "cancel-requested",
      );
      expect(lines).toEqual([
        [
          "cancel emr-serverless: cancel-requested",
          expect.objectContaining({ "cancel.provider": "emr-serverless" }),
        ],
      ]);
    } finally {
      trace.disable();
    }
  });

  it("its umbrella example cancels one run on each vendor and waits for it, against local handlers", async () => {
    mock.use(
      answer("cancelRun", 200, {}, { "x-request-id": "db-1" }),
      sequence("getRun", [
        { body: { run_id: 455644833, state: { life_cycle_state: "TERMINATING" } } },
        {
          body: {
            run_id: 455644833,
            state: { life_cycle_state: "TERMINATED", result_state: "CANCELED" },
          },
        },
      ]),
      answer("cancelJobRun", 200, {
        applicationId: "00f1r6ss7gs9ue09",
        jobRunId: "00f1s0tqg1gkas09",
      }),
      sequence("getJobRun", [
        { body: { jobRun: { state: "CANCELLING" } } },
        { body: { jobRun: { state: "CANCELLED" } } },
      ]),
      answer("stopJob", 200),
      answer("showSingleJobExe", 202, {
        job_detail: { job_state: "KILLED", job_result: "KILLED" },
      }),
      answer("cancelSqlJob", 200, { is_success: true, message: "" }),
      answer("showSqlJobStatus", 200, {
        job_id: "6d2146a0-c2d5-41bd-8ca0-ca9694ada992",
        status: "CANCELLED",
      }),
      answer("cancelItemJobInstance", 200, {
        status: "Cancelled",
        startTimeUtc: "2023-12-10T14:41:39.412Z",
      }),
    );
    const sdk = testClient({ clock: autoClock() });
    const lines: unknown[][] = [];
    const example = new AsyncFunction("sdk", "console", block("cancel one run on each vendor"));
    await example(sdk, { log: (...args: unknown[]) => lines.push(args) });
    expect(lines).toEqual([
      ["databricks", "cancel-requested", "db-1", "cancelled", "TERMINATED"],
      ["emr-serverless", "cancel-requested", undefined, "cancelled", "CANCELLED"],
      ["huawei-mrs", "cancel-requested", undefined, "cancelled", "KILLED"],
      ["huawei-dli", "cancel-requested", undefined, "cancelled", "CANCELLED"],
      [
        "fabric-workload",
        "cancelled",
        expect.stringMatching(/^[0-9a-f-]{36}$/),
        "cancelled",
        "Cancelled",
      ],
    ]);
  });

  it("its per-provider example cancels on EMR Serverless, and that client refuses other vendors", async () => {
    mock.use(
      http.delete(
        "https://emr-serverless.eu-west-1.amazonaws.com/applications/:applicationId/jobruns/:jobRunId",
        () =>
          HttpResponse.json(
            { applicationId: "00f1r6ss7gs9ue09", jobRunId: "00f1s0tqg1gkas09" },
            { headers: { "x-amzn-RequestId": "emr-1" } },
          ),
      ),
    );
    const env = {
      AWS_ACCESS_KEY_ID: "AKIDEXAMPLE",
      AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    };
    const saved = Object.keys(env).map((key) => [key, process.env[key]] as const);
    Object.assign(process.env, env);
    try {
      const run = new AsyncFunction(
        "createCancelClient",
        "emrServerless",
        `${block("only the providers you use")}\nreturn { emr, result };`,
      );
      const { emr, result } = (await run(createClientOf, emrServerless)) as {
        emr: CancelClient<"emr-serverless">;
        result: { outcome: string; requestId: string };
      };
      expect(result).toMatchObject({ outcome: "cancel-requested", requestId: "emr-1" });
      expect(emr.providers).toEqual(["emr-serverless"]);
      const refused = await emr
        .cancel({ provider: "databricks", runId: 1 } as never)
        .catch((e: unknown) => e as CancelError);
      expect(refused).toMatchObject({ kind: "invalid-request", provider: "databricks" });
    } finally {
      for (const [key, value] of saved) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  describe("its followRun example", () => {
    const example = () =>
      new AsyncFunction(
        "sdk",
        "followRun",
        "startNightlyReport",
        "signal",
        "console",
        block("follow a run"),
      );
    const running = { run_id: 455644833, state: { life_cycle_state: "RUNNING" } };
    const sent = () => mock.requests.map((r) => `${r.method} ${r.url.pathname.split("/").at(-1)}`);

    it("the run ends by itself: its final state is printed, and nothing is cancelled", async () => {
      mock.reset();
      mock.use(
        sequence("getRun", [
          { body: running },
          {
            body: {
              ...running,
              state: { life_cycle_state: "TERMINATED", result_state: "SUCCESS" },
            },
          },
        ]),
      );
      const lines: unknown[][] = [];
      await example()(
        testClient({ clock: autoClock() }),
        followRun,
        async () => ({ runId: 455644833 }),
        new AbortController().signal,
        { log: (...args: unknown[]) => lines.push(args) },
      );
      expect(lines).toEqual([["the run ended by itself:", "succeeded"]]);
      expect(sent()).toEqual(["GET get", "GET get"]);
    });

    it("the owner's signal aborts mid-run: the run is cancelled, with the abort's reason", async () => {
      mock.reset();
      mock.use(answer("getRun", 200, running), answer("cancelRun", 200, {}));
      const clock = manualClock();
      const owner = new AbortController();
      const lines: unknown[][] = [];
      const running$ = example()(
        testClient({ clock }),
        followRun,
        async () => ({ runId: 455644833 }),
        owner.signal,
        { log: (...args: unknown[]) => lines.push(args) },
      );
      await until(() => clock.sleeping === 1);
      owner.abort("shutdown");
      await expect(running$).rejects.toMatchObject({ kind: "aborted" });
      expect(lines).toEqual([["cancelled for its owner:", "shutdown", "cancelled"]]);
      expect(sent()).toEqual(["GET get", "POST cancel"]);
    });
  });

  it("its cancel-by-filter example plans, then cancels only the old runs, against the EMR simulator", async () => {
    const key = { accessKeyId: "AKIAREADMEFILTER0001", secretAccessKey: "readme/filter/secret" };
    const clock = createManualClock(Date.UTC(2026, 0, 1));
    const sims = createSimulators({
      clock,
      emrServerless: { credentials: [key], region: "eu-west-1" },
    });
    mock.use(...simulatorHandlers(sims));
    const app = "00f1r6ss7gs9ue09";
    sims.emrServerless.addJobRun({ applicationId: app, jobRunId: "00old1" });
    sims.emrServerless.addJobRun({ applicationId: app, jobRunId: "00old2", state: "PENDING" });
    sims.emrServerless.addJobRun({ applicationId: app, jobRunId: "00done", state: "SUCCESS" });
    clock.advance(3 * 60 * 60_000);
    sims.emrServerless.addJobRun({ applicationId: app, jobRunId: "00young" });
    const sdk = createCancelClient({
      clock,
      emrServerless: { region: "eu-west-1", credentials: key },
      defaults: { retry: false },
    });
    const logs: unknown[][] = [];
    const run = new AsyncFunction(
      "sdk",
      "planCancel",
      "cancelWhere",
      "console",
      // The one piece of TypeScript in it: `as const`.
      block("cancel by filter").replace(" as const", ""),
    );
    await run(sdk, planCancel, cancelWhere, { log: (...args: unknown[]) => logs.push(args) });
    // EMR lists by state when asked for states: the order is the vendor's.
    expect(
      logs
        .slice(0, 2)
        .map((l) => l.slice(0, 2))
        .sort(),
    ).toEqual([
      ["00old1", "running"],
      ["00old2", "pending"],
    ]);
    expect(logs[2]).toEqual([["cancel-requested", "cancel-requested"]]);
    expect(sims.emrServerless.jobRunState(app, "00young")).toBe("RUNNING");
    expect(sims.emrServerless.requests.map((r) => r.operation)).toEqual([
      "listJobRuns",
      "listJobRuns",
      "cancelJobRun",
      "cancelJobRun",
    ]);
  });
});
