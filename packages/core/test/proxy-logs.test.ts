// The proxy's password never reaches a log: https-proxy-agent logs its proxy URL and connection
// options through `debug` when DEBUG names it, so the URL it is given holds no credentials (they
// go out as a Proxy-Authorization header the client builds).
import { refusedPort } from "@cancel/testkit";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createProviderClient, invoke, type Operation } from "../src/client.js";
import { ProxyError } from "../src/errors.js";
import { type ConnectProxy, startConnectProxy } from "./support/connect-proxy.js";

// Before any import: `debug` reads DEBUG once, when it is first loaded (the test kit's
// dependencies load it too).
vi.hoisted(() => {
  process.env.DEBUG = "https-proxy-agent*";
});

const PASSWORD = "pr0xy-Pa55word-xyz";
const getJob: Operation<{ id: string }, unknown, {}> = {
  operationId: "getJob",
  method: "GET",
  path: "/jobs/{id}",
  fields: [{ key: "id", name: "id", in: "path", required: true, schema: { type: "string" } }],
  success: { "200": { json: true, emptyOk: true } },
};

let proxy: ConnectProxy;
beforeAll(async () => {
  proxy = await startConnectProxy();
});
afterAll(async () => {
  delete process.env.DEBUG;
  await proxy.close();
});

async function logsOfCall(proxyUrl: string): Promise<{ error: unknown; logs: string[] }> {
  const logs: string[] = [];
  const spy = vi.spyOn(process.stderr, "write").mockImplementation(((chunk: unknown) => {
    logs.push(String(chunk));
    return true;
  }) as typeof process.stderr.write);
  const client = createProviderClient(
    { provider: "test", errors: { code: [], message: [], requestId: [] } },
    { baseUrl: "https://vendor.example.com", proxy: proxyUrl, retry: false },
  );
  try {
    await invoke(client, getJob, { id: "1" });
    return { error: undefined, logs };
  } catch (error) {
    return { error, logs };
  } finally {
    spy.mockRestore();
  }
}

it.each([
  ["a proxy that answers 407", async () => proxy.url],
  ["a proxy that cannot be reached", async () => `http://127.0.0.1:${await refusedPort()}`],
])("%s: the debug log names the proxy and holds no password", async (_name, proxyUrl) => {
  proxy.refuseWith(407);
  const url = await proxyUrl();
  const { error, logs } = await logsOfCall(url.replace("http://", `http://alice:${PASSWORD}@`));
  expect(error).toBeInstanceOf(ProxyError);
  // The logging ran (so the check below can fail).
  expect(logs.join("")).toContain(
    `https-proxy-agent Creating new HttpsProxyAgent instance: '${url}/'`,
  );
  const basic = Buffer.from(`alice:${PASSWORD}`).toString("base64");
  for (const secret of [PASSWORD, basic]) expect(logs.join("")).not.toContain(secret);
});
