/**
 * The log: off by default, a caller's logger (an object or a function) or the console by
 * `CANCEL_LOG`, filtered by level; a line per attempt (from every provider client) and per call.
 */
import { createSimulators, type Simulators } from "@cancel/testing";
import { simulatorHandlers } from "@cancel/testing/msw";
import { createMockServer } from "@cancel/testkit";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type CancelClientConfig, createCancelClient } from "../src/index.js";
import { autoClock, IDS, TARGETS } from "./helpers.js";

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => {
  mock.reset();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});
afterAll(() => mock.close());

const TARGET = TARGETS["emr-serverless"];
const KEY = { accessKeyId: "AKIASDKLOGGING000001", secretAccessKey: "sdkLoggingSecret/0123456789" };

let sims: Simulators;
let clock: ReturnType<typeof autoClock>;
beforeEach(() => {
  vi.stubEnv("CANCEL_LOG", "");
  clock = autoClock();
  sims = createSimulators({ clock, emrServerless: { credentials: [KEY], region: "us-east-1" } });
  mock.use(...simulatorHandlers(sims));
});

const client = (extra: Partial<CancelClientConfig> = {}) =>
  createCancelClient({
    emrServerless: { region: "us-east-1", credentials: KEY },
    clock,
    random: () => 0,
    defaults: { retry: false },
    ...extra,
  });

type Line = [level: string, message: string, fields: Record<string, unknown>];
const capture = () => {
  const lines: Line[] = [];
  return { lines, logger: (...line: Line) => void lines.push(line) };
};

describe("with a logger", () => {
  it("a cancel of a run that had ended: its attempts, the confirming read and the outcome", async () => {
    sims.emrServerless.addJobRun({
      applicationId: IDS.applicationId,
      jobRunId: IDS.jobRunId,
      state: "FAILED",
    });
    const { lines, logger } = capture();
    const result = await client({ logger, logLevel: "debug" }).cancel(TARGET);
    expect(lines.map(([level, message]) => `${level} ${message}`)).toEqual([
      "warn emr-serverless cancelJobRun attempt 1: error",
      "debug emr-serverless getJobRun attempt 1: success",
      "debug status emr-serverless: ok",
      "info cancel emr-serverless: already-terminal",
    ]);
    expect(lines[0]![2]).toMatchObject({
      provider: "emr-serverless",
      operation: "cancelJobRun",
      attempt: 1,
      outcome: "error",
      status: 400,
      errorName: "BadRequestError",
      code: "ValidationException",
      requestId: result.requestId,
    });
    expect(lines[3]![2]).toEqual({
      "cancel.provider": "emr-serverless",
      "cancel.operation": "cancelJobRun",
      "http.request.method": "DELETE",
      "server.address": "emr-serverless.us-east-1.amazonaws.com",
      "server.port": 443,
      "cancel.outcome": "already-terminal",
      "cancel.attempts": 1,
      "cancel.request_id": result.requestId,
      "http.response.status_code": 400,
      "cancel.run_state": "failed",
    });
  });

  it("defaults to info; logLevel filters; a logger object gets each level's method", async () => {
    sims.emrServerless.addJobRun({ applicationId: IDS.applicationId, jobRunId: IDS.jobRunId });
    sims.emrServerless.faults.add({
      fault: { kind: "throttle", retryAfterSeconds: 1 },
      operation: "cancelJobRun",
      times: 1,
    });
    const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    await client({ logger, defaults: {} }).cancel(TARGET);
    expect(logger.debug).not.toHaveBeenCalled();
    expect(logger.info.mock.calls.map(([message]) => message)).toEqual([
      "emr-serverless cancelJobRun attempt 1: retry",
      "cancel emr-serverless: cancel-requested",
    ]);
    expect(logger.info.mock.calls[0]![1]).toMatchObject({ status: 429, delayMs: 1000 });
    expect(logger.warn).not.toHaveBeenCalled();

    const { lines, logger: only } = capture();
    await client({ logger: only, logLevel: "warn" })
      .cancel({ ...TARGET, jobRunId: "00missing" })
      .catch(() => {});
    expect(lines.map(([level, message]) => `${level} ${message}`)).toEqual([
      "warn emr-serverless cancelJobRun attempt 1: error",
      "warn cancel emr-serverless: error",
    ]);
    expect(lines[1]![2]).toMatchObject({
      "error.type": "not-found",
      "http.response.status_code": 404,
    });
  });

  it("a logger that throws changes nothing", async () => {
    sims.emrServerless.addJobRun({ applicationId: IDS.applicationId, jobRunId: IDS.jobRunId });
    const logger = () => {
      throw new Error("logger down");
    };
    await expect(client({ logger, logLevel: "debug" }).cancel(TARGET)).resolves.toMatchObject({
      outcome: "cancel-requested",
    });
  });

  it("a bad logLevel or logger: invalid-request naming it, nothing sent", async () => {
    for (const extra of [
      { logLevel: "verbose" as never },
      { logger: { info: () => {} } as never },
    ]) {
      await expect(client(extra).cancel(TARGET)).rejects.toMatchObject({
        kind: "invalid-request",
        message: expect.stringMatching(/^(logLevel is not a log level|logger is not a logger)/),
      });
    }
    expect(sims.emrServerless.requests).toEqual([]);
  });
});

describe("CANCEL_LOG", () => {
  const consoleSpies = () => ({
    debug: vi.spyOn(console, "debug").mockImplementation(() => {}),
    info: vi.spyOn(console, "info").mockImplementation(() => {}),
    warn: vi.spyOn(console, "warn").mockImplementation(() => {}),
    error: vi.spyOn(console, "error").mockImplementation(() => {}),
  });

  it("unset: nothing is logged", async () => {
    const spies = consoleSpies();
    sims.emrServerless.addJobRun({ applicationId: IDS.applicationId, jobRunId: IDS.jobRunId });
    await client().cancel(TARGET, { wait: true });
    await client()
      .cancel({ ...TARGET, jobRunId: "00missing" })
      .catch(() => {});
    for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();
  });

  it("CANCEL_LOG=debug: the console, every line", async () => {
    vi.stubEnv("CANCEL_LOG", "debug");
    const spies = consoleSpies();
    sims.emrServerless.addJobRun({ applicationId: IDS.applicationId, jobRunId: IDS.jobRunId });
    await client().cancel(TARGET);
    expect(spies.debug).toHaveBeenCalledWith(
      "[cancel] emr-serverless cancelJobRun attempt 1: success",
      expect.objectContaining({ status: 200 }),
    );
    expect(spies.info).toHaveBeenCalledWith(
      "[cancel] cancel emr-serverless: cancel-requested",
      expect.objectContaining({ "cancel.outcome": "cancel-requested" }),
    );
  });

  it("CANCEL_LOG=INFO is info; the logLevel option wins over it", async () => {
    vi.stubEnv("CANCEL_LOG", "INFO");
    const spies = consoleSpies();
    sims.emrServerless.addJobRun({ applicationId: IDS.applicationId, jobRunId: IDS.jobRunId });
    await client().cancel(TARGET);
    expect(spies.debug).not.toHaveBeenCalled();
    expect(spies.info).toHaveBeenCalledTimes(1);
    await client({ logLevel: "silent" }).cancel(TARGET);
    expect(spies.info).toHaveBeenCalledTimes(1);
  });

  it("CANCEL_LOG=verbose: invalid-request naming CANCEL_LOG, nothing sent", async () => {
    vi.stubEnv("CANCEL_LOG", "verbose");
    const error = await client()
      .cancel(TARGET)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: "invalid-request",
      message: expect.stringContaining("CANCEL_LOG is not a log level"),
      cause: { subject: "CANCEL_LOG", fixes: [{ env: ["CANCEL_LOG"], example: "debug" }] },
    });
    expect(sims.emrServerless.requests).toEqual([]);
    // cancelMany too: a rejected promise, never a throw.
    const many = client().cancelMany([TARGET]);
    await expect(many).rejects.toMatchObject({ kind: "invalid-request" });
  });

  it("is not read before the first call", () => {
    vi.stubEnv("CANCEL_LOG", "verbose");
    expect(() => client()).not.toThrow();
  });
});
