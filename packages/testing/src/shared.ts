import type { Vendor } from "./generated/vendors.gen.js";

/** What a simulator answers: a response, or "drop the connection" (a reset / network error). */
export const CONNECTION_RESET: unique symbol = Symbol("connection reset");
export type SimAnswer = Response | typeof CONNECTION_RESET;

export { type Vendor, VENDORS } from "./generated/vendors.gen.js";

/** One request a simulator saw, for assertions. */
export interface SimRequestRecord {
  vendor: Vendor;
  /** The operation it was routed to (the spec's operationId), or `unknown`. */
  operation: string;
  method: string;
  url: string;
  /** The job / run id in the request, when there is one. */
  jobId?: string | undefined;
  /** The workspace a Databricks request named in `X-Databricks-Workspace-Id`, when it sent one. */
  workspaceId?: string | undefined;
  /** The status answered, or `reset` for a dropped connection. */
  status: number | "reset";
  /** Wall-clock (simulator clock) time the request was handled. */
  at: number;
}

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? headers : { "Content-Type": "application/json", ...headers },
  });
}

/** A request id: 32 hex characters (Huawei / Databricks style), or a UUID with `uuid: true`. */
export function newRequestId(uuid = false): string {
  const id = globalThis.crypto.randomUUID();
  return uuid ? id : id.replace(/-/g, "");
}

/** The request's body as text (empty string when none). */
export async function bodyText(request: Request): Promise<string> {
  if (!request.body) return "";
  return await request.clone().text();
}

/** Constant-time-ish text comparison. */
export function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return diff === 0;
}

export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
