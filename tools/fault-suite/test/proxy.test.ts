// Proxies and CAs with a real provider client and the built packages: EMR Serverless (SigV4)
// cancels against the @cancel/testing simulator through a CONNECT proxy on 127.0.0.1, over
// plain http and over https (a TLS front whose certificate comes from a CA made here), as the
// environment sets it up; and NODE_EXTRA_CA_CERTS, which Node reads at start, in child processes
// on every Node at hand (the one running the tests, and the system's Node 20 where there is one).
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { type AddressInfo, connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createServer as createTlsServer, type Server as TlsServer } from "node:tls";
import { ConnectionError, ProxyError } from "@cancel/core";
import * as databricks from "@cancel/databricks";
import { cancelJobRun, createClient, getJobRun } from "@cancel/emr-serverless";
import { assertNoSecrets, refusedPort } from "@cancel/testkit";
import { createSimulators } from "@cancel/testing";
import { type RunningSimulators, startSimulators } from "@cancel/testing/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type CertificateAuthority,
  createCertificateAuthority,
} from "../../../packages/core/test/support/certificates.ts";
import {
  type ConnectProxy,
  startConnectProxy,
} from "../../../packages/core/test/support/connect-proxy.ts";
import { PROXY_ENV } from "../../../packages/core/test/support/fixtures.ts";

const SP = { clientId: "proxy-test-sp", clientSecret: "dose-proxy-Client-Secret-0123" };
const KEY = { accessKeyId: "AKIDPROXYTEST", secretAccessKey: "proxy-test-Secret-Key-0123456789" };
const PROXY_PASSWORD = "pr0xy-Pa55word-xyz";
const RUN = { applicationId: "00f1r6ss7gs9ue09", jobRunId: "00f1s0tqg1gkas09" };

let simulators: RunningSimulators;
let proxy: ConnectProxy;
let ca: CertificateAuthority;
let tlsFront: TlsServer;
let httpsUrl: string;
const sockets = new Set<Socket>();

/** A TLS front on 127.0.0.1 for a plain-http server: TLS outside, the simulator's bytes inside. */
async function startTlsFront(target: string, cert: { cert: string; key: string }) {
  const { port } = new URL(target);
  const server = createTlsServer(cert, (socket) => {
    const upstream = connect(Number(port), "127.0.0.1");
    for (const s of [socket, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => {
        socket.destroy();
        upstream.destroy();
      });
    }
    socket.pipe(upstream).pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

beforeAll(async () => {
  const sims = createSimulators({
    emrServerless: { credentials: [KEY], region: "eu-west-1" },
    databricks: { oauthClients: [SP] },
  });
  simulators = await startSimulators({ simulators: sims });
  proxy = await startConnectProxy();
  ca = createCertificateAuthority("fault-suite proxy CA");
  tlsFront = await startTlsFront(simulators.urls.emrServerless, ca.issue());
  httpsUrl = `https://localhost:${(tlsFront.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => tlsFront.close(resolve));
  await proxy.close();
  await simulators.close();
});
beforeEach(() => {
  for (const name of [...PROXY_ENV, "REQUEST_METHOD"]) vi.stubEnv(name, "");
  proxy.log.length = 0;
  proxy.refuseWith(undefined);
  simulators.sims.emrServerless.addJobRun({ ...RUN, state: "RUNNING" });
  simulators.sims.emrServerless.requests.length = 0;
});
afterEach(() => vi.unstubAllEnvs());

const client = (baseUrl: string, options: Record<string, unknown> = {}) =>
  createClient({
    baseUrl,
    region: "eu-west-1",
    credentials: KEY,
    allowInsecureLoopback: true,
    retry: false,
    ...options,
  });

describe("EMR Serverless through a CONNECT proxy named by the environment", () => {
  it("cancels over http: (HTTP_PROXY); the proxy's log shows the tunnel", async () => {
    vi.stubEnv("HTTP_PROXY", proxy.url);
    const emr = client(simulators.urls.emrServerless);
    await cancelJobRun(emr, RUN);
    const { jobRun } = await getJobRun(emr, RUN);
    expect(jobRun.state).toMatch(/CANCELLING|CANCELLED/);
    expect(proxy.log.map((entry) => entry.target)).toEqual([
      new URL(simulators.urls.emrServerless).host,
    ]);
    expect(proxy.plain).toEqual([]);
  });

  it("cancels over https: (HTTPS_PROXY), trusting the vendor's CA through the ca option", async () => {
    vi.stubEnv("HTTPS_PROXY", proxy.url);
    const emr = client(httpsUrl, { ca: ca.cert });
    await cancelJobRun(emr, RUN);
    expect((await getJobRun(emr, RUN)).jobRun.state).toMatch(/CANCELLING|CANCELLED/);
    expect(proxy.log.map((entry) => entry.target)).toEqual([new URL(httpsUrl).host]);
  });

  it("goes direct when NO_PROXY lists the host", async () => {
    vi.stubEnv("HTTP_PROXY", proxy.url);
    vi.stubEnv("NO_PROXY", "localhost,127.0.0.1");
    await cancelJobRun(client(simulators.urls.emrServerless), RUN);
    expect(proxy.log).toEqual([]);
  });

  it("a proxy that refuses (407) is a ProxyError; no secret of the vendor's or the proxy's leaks", async () => {
    proxy.refuseWith(407);
    vi.stubEnv("HTTPS_PROXY", proxy.url.replace("http://", `http://alice:${PROXY_PASSWORD}@`));
    const events: unknown[] = [];
    const error = await cancelJobRun(
      client(httpsUrl, { ca: ca.cert, onAttempt: (event: unknown) => events.push(event) }),
      RUN,
    ).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ProxyError);
    expect(error).toMatchObject({
      provider: "emr-serverless",
      operation: "cancelJobRun",
      proxy: proxy.url,
      proxyStatus: 407,
    });
    expect((error as Error).message).toContain(`proxy ${proxy.url} (from HTTPS_PROXY)`);
    const basic = Buffer.from(`alice:${PROXY_PASSWORD}`).toString("base64");
    assertNoSecrets(
      error,
      [PROXY_PASSWORD, basic, KEY.secretAccessKey],
      events.map((event) => JSON.stringify(event)),
    );
    // Nothing reached the vendor.
    expect(simulators.sims.emrServerless.requests).toEqual([]);
  });

  it("a proxy that is not there is a ProxyError too", async () => {
    const url = `http://127.0.0.1:${await refusedPort()}`;
    vi.stubEnv("HTTP_PROXY", url);
    const error = await cancelJobRun(client(simulators.urls.emrServerless), RUN).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ProxyError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ proxy: url, retryable: true });
  });
});

describe("Databricks OAuth M2M through a proxy: the token request takes it too", () => {
  const workspace = () =>
    databricks.createClient({
      host: simulators.urls.databricks,
      ...SP,
      allowInsecureLoopback: true,
      retry: false,
    });
  beforeEach(() => {
    simulators.sims.databricks.addRun({ runId: 4242, state: "RUNNING" });
    simulators.sims.databricks.requests.length = 0;
  });

  it("asks for the token and cancels through the tunnel", async () => {
    vi.stubEnv("HTTP_PROXY", proxy.url);
    await databricks.cancelRun(workspace(), { runId: 4242 });
    expect(simulators.sims.databricks.requests.map((r) => new URL(r.url).pathname)).toEqual([
      "/oidc/v1/token",
      "/api/2.2/jobs/runs/cancel",
    ]);
    expect(proxy.log.length).toBeGreaterThan(0);
    expect(new Set(proxy.log.map((entry) => entry.target))).toEqual(
      new Set([new URL(simulators.urls.databricks).host]),
    );
  });

  it("a proxy that refuses stops the token request too: nothing reaches the workspace", async () => {
    proxy.refuseWith(407);
    vi.stubEnv("HTTP_PROXY", proxy.url);
    const error = await databricks
      .cancelRun(workspace(), { runId: 4242 })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toContain("407");
    expect(simulators.sims.databricks.requests).toEqual([]);
    assertNoSecrets(error, [SP.clientSecret]);
  });
});

// Node reads NODE_EXTRA_CA_CERTS when it starts: each case is a fresh process on the built
// packages, cancelling through the TLS front whose CA is only in that file (or in no file).
const run = promisify(execFile);
const NODES: [string, string][] = [["the tests' Node", process.execPath]];
if (existsSync("/usr/bin/node")) NODES.push(["the system Node", "/usr/bin/node"]);

describe.each(NODES)("NODE_EXTRA_CA_CERTS on %s", (_name, node) => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cancel-extra-ca-"));
    writeFileSync(join(dir, "extra.pem"), ca.cert);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * Cancels in one child process (not a blocking one: this process serves the vendor), once per
   * option set, each on a run of its own; the outcomes, "ok" or the error's name and message.
   */
  async function cancelsIn(
    extraCa: string | undefined,
    optionSets: Record<string, unknown>[],
  ): Promise<string[]> {
    const runs = optionSets.map((_, i) => ({ ...RUN, jobRunId: `00f1s0tqg1gkas${i + 10}` }));
    for (const one of runs) simulators.sims.emrServerless.addJobRun({ ...one, state: "RUNNING" });
    const script = `
      import { cancelJobRun, createClient } from "@cancel/emr-serverless";
      const runs = ${JSON.stringify(runs)};
      const optionSets = ${JSON.stringify(optionSets)};
      const outcomes = [];
      for (const [i, options] of optionSets.entries()) {
        const client = createClient({
          baseUrl: ${JSON.stringify(httpsUrl)},
          region: "eu-west-1",
          credentials: ${JSON.stringify(KEY)},
          retry: false,
          ...options,
        });
        outcomes.push(
          await cancelJobRun(client, runs[i]).then(
            () => "ok",
            (error) => error.name + ": " + error.message,
          ),
        );
      }
      process.stdout.write(JSON.stringify(outcomes));
    `;
    const env: Record<string, string | undefined> = { ...process.env };
    for (const name of PROXY_ENV) delete env[name];
    if (extraCa === undefined) delete env["NODE_EXTRA_CA_CERTS"];
    else env["NODE_EXTRA_CA_CERTS"] = extraCa;
    const { stdout } = await run(node, ["--input-type=module", "-e", script], {
      cwd: import.meta.dirname,
      env,
      encoding: "utf8",
    });
    return JSON.parse(stdout) as string[];
  }

  it("is trusted without options, and still with a ca option of another CA (added, not replaced)", async () => {
    const other = createCertificateAuthority("unrelated CA");
    expect(await cancelsIn(join(dir, "extra.pem"), [{}, { ca: other.cert }])).toEqual(["ok", "ok"]);
    // Without the file: the option alone trusts the vendor's CA, and nothing else does (so the
    // checks above can fail).
    const [own, otherOnly, none] = await cancelsIn(undefined, [
      { ca: ca.cert },
      { ca: other.cert },
      {},
    ]);
    expect(own).toBe("ok");
    expect(otherOnly).toMatch(/^ConnectionError: .*certificate/i);
    expect(none).toMatch(/^ConnectionError: .*certificate/i);
  });
});
