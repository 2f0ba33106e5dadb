/**
 * Databricks' official JavaScript SDK (`@databricks/sdk-experimental`, written by Databricks, not
 * here) against the Databricks simulator's HTTP server: PAT auth only, plain HTTP to 127.0.0.1
 * (the SDK keeps an `http://` host and uses an `http.Agent` for it), no environment variables and
 * no `~/.databrickscfg`. It cancels a run and reads it to TERMINATED / CANCELED, and gets its
 * `ApiError` for an unknown run and a wrong token.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ApiError,
  Config,
  ConfigError,
  type jobs,
  Time,
  TimeUnits,
  WorkspaceClient,
} from "@databricks/sdk-experimental";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createManualClock, type ManualClock } from "../src/index.js";
import { type RunningSimulators, startSimulators } from "../src/node.js";

const TOKEN = "dapi0fficia1sdk00000000000000000";
const runId = 4242;
const jobId = 77;

describe("@databricks/sdk-experimental against the Databricks simulator (HTTP)", () => {
  let running: RunningSimulators;
  let clock: ManualClock;
  const config = (token: string | null = TOKEN) =>
    new Config({
      host: running.urls.databricks,
      ...(token === null ? {} : { token }),
      // Only PAT: DefaultCredentials skips every other provider when authType is set.
      authType: "pat",
      // Isolated: the SDK reads DATABRICKS_* from `env` (default process.env) and the profile
      // from `configFile` (default ~/.databrickscfg); give it neither.
      env: {},
      configFile: join(tmpdir(), "cancel-testing-no-such-databrickscfg"),
      httpTimeoutSeconds: 2,
      retryTimeoutSeconds: 2,
    });
  const sdk = (token?: string | null) => new WorkspaceClient(config(token));
  const rejection = (promise: Promise<unknown>) => promise.catch((e: unknown) => e);

  beforeEach(async () => {
    clock = createManualClock();
    running = await startSimulators({
      clock,
      cancelDelayMs: 5000,
      databricks: { tokens: [TOKEN] },
    });
    running.sims.databricks.addRun({ runId, jobId, state: "RUNNING", runName: "nightly" });
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await running.close();
  });

  it("cancels a running run and reads it with getRun through TERMINATING to TERMINATED / CANCELED", async () => {
    const client = sdk();
    const before = await client.jobs.getRun({ run_id: runId });
    expect(before).toMatchObject({ run_id: runId, job_id: jobId, run_name: "nightly" });
    expect(before.state?.life_cycle_state).toBe("RUNNING");

    await client.jobs.cancelRun({ run_id: runId });
    const seen: (string | undefined)[] = [];
    let run: jobs.Run = await client.jobs.getRun({ run_id: runId });
    for (let i = 0; i < 10 && run.state?.life_cycle_state !== "TERMINATED"; i++) {
      seen.push(run.state?.life_cycle_state);
      clock.advance(1000); // no real waiting: the simulator's state follows the manual clock
      run = await client.jobs.getRun({ run_id: runId });
    }
    expect(seen).toEqual(Array(5).fill("TERMINATING"));
    expect(run.state).toMatchObject({
      life_cycle_state: "TERMINATED",
      result_state: "CANCELED",
      user_cancelled_or_timedout: true,
    });
    expect(run.status).toMatchObject({
      state: "TERMINATED",
      termination_details: { code: "USER_CANCELED", type: "SUCCESS" },
    });
    expect(run.end_time).toBe(run.start_time! + 5000);
    // Cancelling a finished run is the documented no-op.
    await client.jobs.cancelRun({ run_id: runId });
    expect(running.sims.databricks.runState(runId)).toEqual({
      lifeCycleState: "TERMINATED",
      resultState: "CANCELED",
    });
    expect(
      running.sims.databricks.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`),
    ).toContain("POST /api/2.2/jobs/runs/cancel");
  });

  it("cancelRun's waiter polls getRun until TERMINATED / CANCELED", async () => {
    const client = sdk();
    const waiter = await client.jobs.cancelRun({ run_id: runId });
    expect(running.sims.databricks.runState(runId)?.lifeCycleState).toBe("TERMINATING");
    // The waiter sleeps ≥ 1 s of real time between polls, so let the cancel finish first.
    clock.advance(5000);
    const progress: (string | undefined)[] = [];
    const run = await waiter.wait({
      timeout: new Time(2, TimeUnits.seconds),
      onProgress: async (r) => {
        progress.push(r.state?.life_cycle_state);
      },
    });
    expect(progress).toEqual(["TERMINATED"]);
    expect(run.state?.result_state).toBe("CANCELED");

    // With cancelDelayMs 0 the cancel is immediate and the waiter returns on its first poll.
    running.sims.databricks.addRun({ runId: 4243, jobId });
    running.sims.databricks.cancelDelayMs = 0;
    const immediate = await (
      await client.jobs.cancelRun({ run_id: 4243 })
    ).wait({
      timeout: new Time(2, TimeUnits.seconds),
    });
    expect(immediate.status?.termination_details?.code).toBe("USER_CANCELED");
  });

  it("gets ApiError 400 for a run that does not exist", async () => {
    const client = sdk();
    for (const call of [
      () => client.jobs.getRun({ run_id: 123 }),
      () => client.jobs.cancelRun({ run_id: 123 }),
    ]) {
      const error = await rejection(call());
      expect(error).toBeInstanceOf(ApiError);
      const apiError = error as ApiError;
      expect(apiError.statusCode).toBe(400);
      // The Databricks answer, as the SDK received it.
      expect(JSON.parse(apiError.response as string)).toMatchObject({
        error_code: "INVALID_PARAMETER_VALUE",
        message: "Run 123 does not exist.",
      });
      // SDK 0.17.0 only parses error `details` that carry `metadata` (ErrorInfo); the
      // RequestInfo detail in the answer makes it fall back to the HTTP reason phrase as the
      // code and the raw body as the message. The message still names the missing run.
      expect(apiError.errorCode).toBe("Bad Request");
      expect(apiError.message).toContain("Run 123 does not exist.");
      expect(apiError.isRetryable()).toBe(false);
    }
    expect(running.sims.databricks.requests.map((r) => r.status)).toEqual([400, 400]);
  });

  it("gets ApiError 401 for a wrong token and changes nothing", async () => {
    const client = sdk("dapi-not-a-valid-token");
    for (const call of [
      () => client.jobs.cancelRun({ run_id: runId }),
      () => client.jobs.getRun({ run_id: runId }),
    ]) {
      const error = await rejection(call());
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ statusCode: 401, errorCode: "Unauthorized" });
      expect(JSON.parse((error as ApiError).response as string)).toMatchObject({
        error_code: "UNAUTHENTICATED",
        message: "Invalid access token.",
      });
    }
    expect(running.sims.databricks.runState(runId)?.lifeCycleState).toBe("RUNNING");
  });

  it("uses only the PAT it is given: no environment, no config file, no other credentials", async () => {
    vi.stubEnv("DATABRICKS_HOST", running.urls.databricks);
    vi.stubEnv("DATABRICKS_TOKEN", TOKEN);
    vi.stubEnv("DATABRICKS_AUTH_TYPE", "oauth-m2m");
    const noToken = sdk(null);
    const error = await rejection(noToken.jobs.getRun({ run_id: runId }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(/cannot configure default credentials/);
    expect(running.sims.databricks.requests).toEqual([]);

    const withToken = config();
    await new WorkspaceClient(withToken).jobs.getRun({ run_id: runId });
    expect(withToken.authType).toBe("pat");
    expect(withToken.host).toBe(running.urls.databricks);
  });
});
