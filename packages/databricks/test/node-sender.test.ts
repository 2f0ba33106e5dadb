/**
 * On Node the API calls go out on `@cancel/core`'s node:http sender, like every other provider's:
 * the global `fetch` is never used, not even for the OAuth token request (it goes through the
 * auth hook's `context.fetch`, the client's sender, so it takes the client's proxy and CA), and a
 * token the workspace refuses (401) is still dropped and fetched anew, watched through the auth
 * hook's `onAnswer`. A real workspace stand-in on 127.0.0.1
 * (no msw: it would intercept node:http too).
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type ApiError, AuthenticationError } from "@cancel/core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cancelRun, createClient, getRun } from "../src/index.js";
import { CLIENT_ID, CLIENT_SECRET, isolateEnv, PAT, UNAUTHENTICATED } from "./auth-vendor.js";

const RUN = 455644833;

interface Seen {
  method: string;
  path: string;
  authorization: string;
}

/** The workspace: issues OAuth tokens, accepts PAT or issued tokens that were not revoked. */
const ws = {
  seen: [] as Seen[],
  issued: [] as string[],
  revoked: new Set<string>(),
  reset() {
    this.seen.length = 0;
    this.issued.length = 0;
    this.revoked.clear();
  },
};
let server: Server;
let origin: string;

function answer(req: IncomingMessage, body: string): { status: number; json: unknown } {
  const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
  const authorization = req.headers.authorization ?? "";
  ws.seen.push({ method: req.method ?? "", path, authorization });
  if (path === "/oidc/v1/token") {
    const basic = `Basic ${btoa(`${CLIENT_ID}:${CLIENT_SECRET}`)}`;
    if (authorization !== basic || !body.includes("grant_type=client_credentials")) {
      return { status: 401, json: { error: "invalid_client" } };
    }
    const token = `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzcCJ9.access-${ws.issued.length + 1}`;
    ws.issued.push(token);
    return {
      status: 200,
      json: { access_token: token, token_type: "Bearer", expires_in: 3600 },
    };
  }
  const bearer = authorization.startsWith("Bearer ") ? authorization.slice(7) : "";
  const valid = bearer === PAT || (ws.issued.includes(bearer) && !ws.revoked.has(bearer));
  if (!valid) return { status: 401, json: UNAUTHENTICATED };
  if (path === "/api/2.2/jobs/runs/cancel") return { status: 200, json: {} };
  if (path === "/api/2.2/jobs/runs/get") return { status: 200, json: { run_id: RUN } };
  return { status: 404, json: { error_code: "ENDPOINT_NOT_FOUND" } };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const { status, json } = answer(req, Buffer.concat(chunks).toString());
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let restoreEnv: () => void;
/** URLs the global fetch was asked for. */
let fetched: string[];
beforeEach(() => {
  restoreEnv = isolateEnv();
  ws.reset();
  fetched = [];
});
afterEach(() => {
  restoreEnv();
  vi.unstubAllGlobals();
});

describe("on Node, API calls go out on node:http", () => {
  it("a personal access token: cancels with the global fetch failing", async () => {
    vi.stubGlobal("fetch", (url: string) => {
      fetched.push(String(url));
      return Promise.reject(new Error("the global fetch was used"));
    });
    const client = createClient({ host: origin, token: PAT, allowInsecureLoopback: true });
    await expect(cancelRun(client, { runId: RUN })).resolves.toEqual({});
    await expect(getRun(client, { runId: RUN })).resolves.toEqual({ run_id: RUN });
    expect(fetched).toEqual([]);
    expect(ws.seen).toEqual([
      { method: "POST", path: "/api/2.2/jobs/runs/cancel", authorization: `Bearer ${PAT}` },
      { method: "GET", path: "/api/2.2/jobs/runs/get", authorization: `Bearer ${PAT}` },
    ]);
  });

  it("OAuth M2M: the token request too goes out on node:http; a refused token is dropped once and renewed", async () => {
    vi.stubGlobal("fetch", (url: string) => {
      fetched.push(new URL(url).pathname);
      return Promise.reject(new Error("the global fetch was used"));
    });
    const client = createClient({
      host: origin,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      allowInsecureLoopback: true,
    });
    await cancelRun(client, { runId: RUN });
    ws.revoked.add(ws.issued[0]!);
    const error = await cancelRun(client, { runId: RUN }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as ApiError).status).toBe(401);
    // The next call does not reuse the refused token: it asks for a new one, once.
    await cancelRun(client, { runId: RUN });
    await cancelRun(client, { runId: RUN });
    expect(fetched).toEqual([]);
    const credential = (s: Seen) =>
      s.authorization.startsWith("Basic ") ? "Basic" : s.authorization.split(".").pop();
    expect(ws.seen.map((s) => `${s.path} ${credential(s)}`)).toEqual([
      "/oidc/v1/token Basic",
      "/api/2.2/jobs/runs/cancel access-1",
      "/api/2.2/jobs/runs/cancel access-1",
      "/oidc/v1/token Basic",
      "/api/2.2/jobs/runs/cancel access-2",
      "/api/2.2/jobs/runs/cancel access-2",
    ]);
  });

  it("a caller's fetch still wins for every request", async () => {
    const own = vi.fn((url: string, init: RequestInit) => {
      fetched.push(new URL(url).pathname);
      return globalThis.fetch(url, init);
    });
    const client = createClient({
      host: origin,
      token: PAT,
      allowInsecureLoopback: true,
      fetch: own,
    });
    await cancelRun(client, { runId: RUN });
    expect(fetched).toEqual(["/api/2.2/jobs/runs/cancel"]);
  });
});
