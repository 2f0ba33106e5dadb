/**
 * The workspace a client's calls are for on a unified host: sent as `X-Databricks-Workspace-Id`
 * (the spec's `workspaceId` input field) on every call, as the official SDKs do when their
 * `workspace_id` / `DATABRICKS_WORKSPACE_ID` is set.
 */
import { ConfigurationError, checkHeaderValue, readEnv } from "@cancel/core";
import { ENV } from "./auth/index.js";
import { provider } from "./generated/client.gen.js";

const invalid = (where: string, problem: string) =>
  new ConfigurationError(`${where} ${problem}`, { provider, subject: where, problem });

/**
 * The `workspaceId` option, else `DATABRICKS_WORKSPACE_ID` (an empty variable counts as unset),
 * else undefined: a classic workspace host needs none.
 *
 * @throws {ConfigurationError} naming the option or variable when the value cannot be sent as a
 *   header (empty, control characters, surrounding whitespace); never quoting it.
 */
export function resolveWorkspaceId(option: unknown): string | undefined {
  const where = option !== undefined ? "workspaceId" : ENV.workspaceId;
  const value = option !== undefined ? option : readEnv(ENV.workspaceId);
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalid(where, "must be a string");
  if (value === "") throw invalid(where, "is empty");
  const problem = checkHeaderValue(value);
  if (problem) throw invalid(where, problem);
  return value;
}

/**
 * The input with the client's workspace id where it leaves `workspaceId` out (a call's own value
 * wins). No input becomes `{ workspaceId }`; other non-objects are returned unchanged, for the
 * input validation to report.
 */
export function withWorkspaceId(input: unknown, workspaceId: string): unknown {
  if (input === undefined) return { workspaceId };
  if (input === null || typeof input !== "object" || Array.isArray(input)) return input;
  const given = input as Record<string, unknown>;
  return given.workspaceId === undefined || given.workspaceId === null
    ? { ...given, workspaceId }
    : given;
}
