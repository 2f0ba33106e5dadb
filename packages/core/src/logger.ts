/**
 * A log the caller plugs in (or the console, when `CANCEL_LOG` names a level), filtered by level,
 * off by default. Lines carry what attempt events carry (provider, operation, attempt, HTTP
 * status, error class, vendor code, request id, timings), never a message, a header or a body:
 * nothing a credential could ride in. Only code that uses it bundles it.
 */
import { readEnv } from "./env.js";
import { ConfigurationError } from "./errors.js";
import type { AttemptEvent } from "./transport.js";

/** The levels, most verbose first; `silent` logs nothing. */
export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The environment variable that turns the console log on, e.g. `CANCEL_LOG=debug`. */
export const LOG_LEVEL_ENV = "CANCEL_LOG";

/** A log line's fields: the same names for every line of a kind. */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

/** A logger with one method per level (the console, pino- or winston-like objects, …). */
export interface Logger {
  debug(message: string, fields: LogFields): void;
  info(message: string, fields: LogFields): void;
  warn(message: string, fields: LogFields): void;
  error(message: string, fields: LogFields): void;
}

/** One line at a level (not `silent`). */
export type Log = (level: Exclude<LogLevel, "silent">, message: string, fields: LogFields) => void;

export interface LogOptions {
  /**
   * Where lines go: an object with `debug`, `info`, `warn` and `error`, or one function of the
   * level. Default: the console, when a level is set (`logLevel` or `CANCEL_LOG`).
   */
  logger?: Logger | Log | undefined;
  /**
   * The least severe level written. Default: `CANCEL_LOG` where the runtime has an environment,
   * else `info` with a `logger` and `silent` without one.
   */
  logLevel?: LogLevel | undefined;
}

/** `CANCEL_LOG`, where the environment may be read (Deno without --allow-env throws). */
function envLevel(): string | undefined {
  try {
    return readEnv(LOG_LEVEL_ENV)?.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * The log these options ask for, or undefined when it is silent (then a call site pays one
 * check). A logger that throws never changes a call's outcome.
 *
 * @throws {ConfigurationError} when `logLevel` or `CANCEL_LOG` is not a level, or `logger` is
 *   not a logger.
 */
export function createLog(options: LogOptions = {}): Log | undefined {
  const { logger, logLevel } = options;
  const subject = logLevel === undefined ? LOG_LEVEL_ENV : "logLevel";
  const level = logLevel ?? envLevel() ?? (logger ? "info" : "silent");
  const least = LOG_LEVELS.indexOf(level as LogLevel);
  const sink: Log | undefined =
    logger === undefined
      ? (at, message, fields) => console[at](`[cancel] ${message}`, fields)
      : typeof logger === "function"
        ? logger
        : LOG_LEVELS.every((at) => at === "silent" || typeof logger?.[at] === "function")
          ? (at, message, fields) => logger[at](message, fields)
          : undefined;
  if (least < 0 || !sink) {
    const [what, problem, fix] = sink
      ? [subject, "is not a log level", `one of ${LOG_LEVELS.join(", ")}`]
      : ["logger", "is not a logger", "a function or an object with debug, info, warn and error"];
    throw new ConfigurationError(`${what} ${problem}: use ${fix}`, {
      subject: what,
      problem,
      fix: what === LOG_LEVEL_ENV ? { env: [what], example: "debug" } : { options: [what] },
    });
  }
  if (level === "silent") return undefined;
  return (at, message, fields) => {
    if (LOG_LEVELS.indexOf(at) < least) return;
    try {
      sink(at, message, fields);
    } catch {
      // A failing logger never changes a call's outcome.
    }
  };
}

const ATTEMPT_LEVEL = { success: "debug", retry: "info", error: "warn" } as const;

/**
 * An `onAttempt` observer that logs each attempt with the event as its fields: a success at
 * `debug`, a retry at `info`, the failure that ends a call at `warn` (the caller gets the error).
 */
export function attemptLog(log: Log): (event: AttemptEvent) => void {
  return (event) =>
    log(
      ATTEMPT_LEVEL[event.outcome],
      `${event.provider} ${event.operation} attempt ${event.attempt}: ${event.outcome}`,
      { ...event },
    );
}
