/**
 * The log: levels (most verbose first), a logger object or function or else the console, the
 * CANCEL_LOG environment variable where there is an environment, and an attempt observer.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigurationError } from "../src/errors.js";
import { attemptLog, createLog, LOG_LEVELS, type LogFields } from "../src/logger.js";
import type { AttemptEvent } from "../src/transport.js";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

type Line = [string, string, LogFields];
const capture = () => {
  const lines: Line[] = [];
  return {
    lines,
    logger: (level: string, message: string, fields: LogFields) =>
      void lines.push([level, message, fields]),
  };
};
const everyLevel = (log: ReturnType<typeof createLog>) => {
  for (const level of ["debug", "info", "warn", "error"] as const) log?.(level, level, {});
};

describe("createLog", () => {
  it("is off by default: no logger, no level, no CANCEL_LOG", () => {
    vi.stubEnv("CANCEL_LOG", "");
    expect(createLog()).toBeUndefined();
    expect(createLog({ logLevel: "silent", logger: () => {} })).toBeUndefined();
  });

  it.each([
    ["debug", ["debug", "info", "warn", "error"]],
    ["info", ["info", "warn", "error"]],
    ["warn", ["warn", "error"]],
    ["error", ["error"]],
  ] as const)("logLevel %s writes that level and the more severe ones", (logLevel, written) => {
    const { lines, logger } = capture();
    everyLevel(createLog({ logger, logLevel }));
    expect(lines.map(([level]) => level)).toEqual(written);
  });

  it("a logger without a level logs info and up; an object gets each level's method", () => {
    vi.stubEnv("CANCEL_LOG", "");
    const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    everyLevel(createLog({ logger }));
    expect(logger.debug).not.toHaveBeenCalled();
    expect(logger.info).toHaveBeenCalledWith("info", {});
    expect(logger.warn).toHaveBeenCalledWith("warn", {});
    expect(logger.error).toHaveBeenCalledWith("error", {});
  });

  it("CANCEL_LOG names the level (any case) and turns the console on; logLevel wins over it", () => {
    vi.stubEnv("CANCEL_LOG", "Warn");
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    everyLevel(createLog());
    expect(info).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith("[cancel] warn", {});
    const { lines, logger } = capture();
    everyLevel(createLog({ logger, logLevel: "error" }));
    expect(lines.map(([level]) => level)).toEqual(["error"]);
  });

  it("without an environment (browsers, workers) or where reading it throws (Deno without --allow-env): off", () => {
    vi.stubGlobal("process", undefined);
    expect(createLog()).toBeUndefined();
    vi.stubGlobal("process", {
      get env(): never {
        throw new Error("NotCapable: Requires env access");
      },
    });
    expect(createLog()).toBeUndefined();
  });

  it("a bad level or logger is a ConfigurationError naming it", () => {
    vi.stubEnv("CANCEL_LOG", "verbose");
    const env = (() => createLog()) as never;
    expect(env).toThrow(ConfigurationError);
    expect(env).toThrow(`CANCEL_LOG is not a log level: use one of ${LOG_LEVELS.join(", ")}`);
    try {
      createLog();
    } catch (error) {
      expect(error).toMatchObject({
        subject: "CANCEL_LOG",
        problem: "is not a log level",
        fixes: [{ env: ["CANCEL_LOG"], example: "debug" }],
      });
    }
    expect(() => createLog({ logLevel: "trace" as never })).toThrow(/^logLevel is not a log level/);
    expect(() => createLog({ logger: { info() {} } as never })).toThrow(/^logger is not a logger/);
    expect(() => createLog({ logger: "console" as never, logLevel: "info" })).toThrow(
      ConfigurationError,
    );
  });

  it("a logger that throws is ignored", () => {
    const log = createLog({
      logger: () => {
        throw new Error("down");
      },
    });
    expect(() => log?.("info", "x", {})).not.toThrow();
  });
});

describe("attemptLog", () => {
  const event = (outcome: AttemptEvent["outcome"], extra: Partial<AttemptEvent> = {}) => ({
    provider: "emr-serverless",
    operation: "cancelJobRun",
    attempt: 2,
    outcome,
    delayMs: outcome === "retry" ? 800 : 0,
    status: 503,
    errorName: "ServerError",
    code: "InternalServerException",
    requestId: "req-1",
    elapsedMs: 12,
    ...extra,
  });

  it("a success at debug, a retry at info, a final failure at warn; the event as the fields", () => {
    const { lines, logger } = capture();
    const observe = attemptLog(createLog({ logger, logLevel: "debug" })!);
    observe(event("success", { status: 200, errorName: undefined, code: undefined }));
    observe(event("retry"));
    observe(event("error"));
    expect(lines.map(([level, message]) => `${level} ${message}`)).toEqual([
      "debug emr-serverless cancelJobRun attempt 2: success",
      "info emr-serverless cancelJobRun attempt 2: retry",
      "warn emr-serverless cancelJobRun attempt 2: error",
    ]);
    expect(lines[1]![2]).toEqual(event("retry"));
  });
});
