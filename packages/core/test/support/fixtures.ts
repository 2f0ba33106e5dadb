/** What several core tests (and the fault suite's proxy test) share. */
import type { Operation } from "../../src/client.js";

/** A minimal operation: `GET /jobs/{id}` answering `{ state }` as JSON. */
export const getJob: Operation<{ id: string }, { state: string }, Record<string, never>> = {
  operationId: "getJob",
  method: "GET",
  path: "/jobs/{id}",
  fields: [{ key: "id", name: "id", in: "path", required: true, schema: { type: "string" } }],
  success: { "200": { json: true, emptyOk: false } },
};

/** An error table that reads nothing from a vendor's error body. */
export const noErrorFields = { code: [], message: [], requestId: [] };

/** Every environment variable the Node runtime reads for a proxy, in both cases. */
export const PROXY_ENV = [
  "https_proxy",
  "HTTPS_PROXY",
  "http_proxy",
  "HTTP_PROXY",
  "no_proxy",
  "NO_PROXY",
] as const;
