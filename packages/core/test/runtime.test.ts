// Which stack a client sends with: on Node, node:http (never the global fetch) unless the caller
// gives a `fetch`, which always wins.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createProviderClient, invoke } from "../src/client.js";
import type { FetchLike } from "../src/http-sender.js";
import { getJob, noErrorFields } from "./support/fixtures.js";

const errors = noErrorFields;

let base: string;
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.end('{"state":"RUNNING"}');
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
afterEach(() => vi.unstubAllGlobals());

const client = (fetch?: FetchLike) =>
  createProviderClient(
    { provider: "test", errors },
    { baseUrl: base, allowInsecureLoopback: true, ...(fetch ? { fetch } : {}) },
  );

describe("the runtime on Node", () => {
  it("sends with node:http, not the global fetch", async () => {
    const globalFetch = vi.fn(() => Promise.reject(new Error("the global fetch was used")));
    vi.stubGlobal("fetch", globalFetch);
    await expect(invoke(client(), getJob, { id: "1" })).resolves.toEqual({ state: "RUNNING" });
    expect(globalFetch).not.toHaveBeenCalled();
  });

  it("a fetch option always wins", async () => {
    const own = vi.fn<FetchLike>((url, init) => fetch(url, init));
    await expect(invoke(client(own), getJob, { id: "2" })).resolves.toEqual({ state: "RUNNING" });
    expect(own).toHaveBeenCalledTimes(1);
    expect(own.mock.calls[0]![0]).toBe(`${base}/jobs/2`);
    expect(own.mock.calls[0]![1]).toMatchObject({ method: "GET", redirect: "manual" });
  });
});

describe("runtime", () => {
  it("names the Node runtime under the node condition", async () => {
    const { runtime } = await import("../src/index.js");
    expect(runtime).toBe("node");
  });
});
