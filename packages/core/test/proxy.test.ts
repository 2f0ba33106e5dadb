// Proxies and custom CAs on the Node runtime, end to end on loopback: a CONNECT proxy written
// here, an HTTP and an HTTPS server (its certificate from a CA made in the test), and clients made
// by createProviderClient as every provider package makes them.
import { createServer as createHttpServer, type IncomingMessage } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import type * as Tls from "node:tls";
import { assertNoSecrets, refusedPort } from "@cancel/testkit";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type ClientOptions, createProviderClient, invoke } from "../src/client.js";
import { ConfigurationError, ConnectionError, ProxyError } from "../src/errors.js";
import { type CertificateAuthority, createCertificateAuthority } from "./support/certificates.js";
import { type ConnectProxy, startConnectProxy } from "./support/connect-proxy.js";
import { getJob, noErrorFields, PROXY_ENV } from "./support/fixtures.js";

const errors = noErrorFields;
const TOKEN = "tok-Sensitive-0123456789";
const PROXY_PASSWORD = "pr0xy-Pa55word-xyz";

interface Seen {
  url: string;
  authorization: string | undefined;
}

/** A server that answers every request with a running job and logs what reached it. */
function recordingHandler(seen: Seen[]) {
  return (req: IncomingMessage, res: import("node:http").ServerResponse) => {
    seen.push({ url: req.url ?? "", authorization: req.headers.authorization });
    req.resume();
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"state":"RUNNING"}');
  };
}

const sockets = new Set<Socket>();
const track = (socket: Socket) => {
  sockets.add(socket);
  socket.on("close", () => sockets.delete(socket));
};

let ca: CertificateAuthority;
let otherCa: CertificateAuthority;
let proxy: ConnectProxy;
let httpBase: string;
let httpsBase: string;
let httpsPort: number;
const httpSeen: Seen[] = [];
const httpsSeen: Seen[] = [];
const httpServer = createHttpServer(recordingHandler(httpSeen));
let httpsServer: ReturnType<typeof createHttpsServer>;

beforeAll(async () => {
  ca = createCertificateAuthority("cancel proxy test CA");
  otherCa = createCertificateAuthority("another CA");
  const server = ca.issue();
  httpsServer = createHttpsServer(
    { cert: server.cert, key: server.key },
    recordingHandler(httpsSeen),
  );
  for (const s of [httpServer, httpsServer]) s.on("connection", track);
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => httpsServer.listen(0, "127.0.0.1", resolve));
  httpBase = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  httpsPort = (httpsServer.address() as AddressInfo).port;
  httpsBase = `https://localhost:${httpsPort}`;
  proxy = await startConnectProxy();
});
afterAll(async () => {
  delete process.env.DEBUG;
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => httpServer.close(resolve));
  await new Promise((resolve) => httpsServer.close(resolve));
  await proxy.close();
});
beforeEach(() => {
  // Hermetic: whatever proxy the machine running the tests has, these tests set their own.
  for (const name of [...PROXY_ENV, "REQUEST_METHOD"]) vi.stubEnv(name, "");
  proxy.log.length = 0;
  proxy.plain.length = 0;
  proxy.refuseWith(undefined);
  proxy.requireAuthorization(undefined);
  httpSeen.length = 0;
  httpsSeen.length = 0;
});
afterEach(() => vi.unstubAllEnvs());

function client(options: Partial<ClientOptions>) {
  return createProviderClient(
    { provider: "test", errors },
    {
      baseUrl: httpBase,
      allowInsecureLoopback: true,
      retry: false,
      timeoutMs: 5000,
      authenticate: (request) => {
        request.headers.set("authorization", `Bearer ${TOKEN}`);
      },
      ...options,
    },
  );
}

const call = (options: Partial<ClientOptions>, id = "1") =>
  invoke(client(options), getJob, { id }).then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );

const withPassword = (url: string, user = "alice") =>
  url.replace("http://", `http://${user}:${encodeURIComponent(PROXY_PASSWORD)}@`);

describe("the proxy option", () => {
  it("tunnels an http: target through CONNECT; the vendor gets the request, the proxy only host:port", async () => {
    const { value } = await call({ proxy: proxy.url });
    expect(value).toEqual({ state: "RUNNING" });
    expect(proxy.log).toEqual([
      { target: httpBase.slice("http://".length), authorization: undefined },
    ]);
    expect(proxy.plain).toEqual([]);
    expect(httpSeen).toEqual([{ url: "/jobs/1", authorization: `Bearer ${TOKEN}` }]);
  });

  it("tunnels an https: target and verifies the vendor's certificate against the ca option", async () => {
    const { value } = await call({ baseUrl: httpsBase, proxy: proxy.url, ca: ca.cert });
    expect(value).toEqual({ state: "RUNNING" });
    expect(proxy.log.map((entry) => entry.target)).toEqual([`localhost:${httpsPort}`]);
    expect(httpsSeen).toEqual([{ url: "/jobs/1", authorization: `Bearer ${TOKEN}` }]);
  });

  it("keeps the tunnel alive: two calls of one client open one CONNECT", async () => {
    const proxied = client({ baseUrl: httpsBase, proxy: proxy.url, ca: Buffer.from(ca.cert) });
    await invoke(proxied, getJob, { id: "1" });
    await invoke(proxied, getJob, { id: "2" });
    expect(httpsSeen.map((seen) => seen.url)).toEqual(["/jobs/1", "/jobs/2"]);
    expect(proxy.log).toHaveLength(1);
  });

  it("closes an idle tunnel after 4 s, as a direct kept-alive connection", async () => {
    let closed = 0;
    const server = createHttpServer(recordingHandler([]));
    server.on("connection", (socket) => socket.on("close", () => closed++));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      await call({ baseUrl: `http://127.0.0.1:${port}`, proxy: proxy.url });
      expect(proxy.log).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 4500));
      expect(closed).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 10_000);

  it("sends the proxy URL's user and password as Basic Proxy-Authorization", async () => {
    const expected = `Basic ${Buffer.from(`alice:${PROXY_PASSWORD}`).toString("base64")}`;
    proxy.requireAuthorization(expected);
    const { value } = await call({ proxy: withPassword(proxy.url) });
    expect(value).toEqual({ state: "RUNNING" });
    expect(proxy.log.map((entry) => entry.authorization)).toEqual([expected]);
  });

  it("takes a proxy without a scheme as http://", async () => {
    const { value } = await call({ proxy: `127.0.0.1:${proxy.port}` });
    expect(value).toEqual({ state: "RUNNING" });
    expect(proxy.log).toHaveLength(1);
  });

  it("is used whatever NO_PROXY says (a client has one host: leave the option out to go direct)", async () => {
    vi.stubEnv("NO_PROXY", "*");
    await call({ proxy: proxy.url });
    expect(proxy.log).toHaveLength(1);
  });
});

describe("the proxy environment variables", () => {
  it("HTTPS_PROXY carries an https: client's requests", async () => {
    vi.stubEnv("HTTPS_PROXY", proxy.url);
    const { value } = await call({ baseUrl: httpsBase, ca: ca.cert });
    expect(value).toEqual({ state: "RUNNING" });
    expect(proxy.log.map((entry) => entry.target)).toEqual([`localhost:${httpsPort}`]);
  });

  it("https_proxy wins over HTTPS_PROXY", async () => {
    vi.stubEnv("https_proxy", proxy.url);
    vi.stubEnv("HTTPS_PROXY", `http://127.0.0.1:${await refusedPort()}`);
    const { value } = await call({ baseUrl: httpsBase, ca: ca.cert });
    expect(value).toEqual({ state: "RUNNING" });
    expect(proxy.log).toHaveLength(1);
  });

  it("HTTP_PROXY is for http: targets only, HTTPS_PROXY for https: only", async () => {
    vi.stubEnv("HTTP_PROXY", proxy.url);
    await call({ baseUrl: httpsBase, ca: ca.cert });
    expect(proxy.log).toEqual([]);
    vi.stubEnv("HTTP_PROXY", "");
    vi.stubEnv("HTTPS_PROXY", proxy.url);
    await call({});
    expect(proxy.log).toEqual([]);
    expect(httpSeen).toHaveLength(1);
    expect(httpsSeen).toHaveLength(1);
  });

  it("loopback targets take the proxy too, unless NO_PROXY lists them", async () => {
    vi.stubEnv("HTTP_PROXY", proxy.url);
    await call({});
    expect(proxy.log).toHaveLength(1);

    proxy.log.length = 0;
    vi.stubEnv("NO_PROXY", "localhost,127.0.0.1");
    const { value } = await call({});
    expect(value).toEqual({ state: "RUNNING" });
    expect(proxy.log).toEqual([]);
    expect(httpSeen).toHaveLength(2);
  });

  it("NO_PROXY entries: a name does not cover an IP, a port must match, lower case wins", async () => {
    vi.stubEnv("HTTP_PROXY", proxy.url);
    vi.stubEnv("NO_PROXY", "localhost");
    await call({});
    expect(proxy.log).toHaveLength(1);

    vi.stubEnv("NO_PROXY", `127.0.0.1:${proxy.port}`);
    await call({});
    expect(proxy.log).toHaveLength(2);

    vi.stubEnv("no_proxy", httpBase.slice("http://".length));
    await call({});
    expect(proxy.log).toHaveLength(2);
  });

  it("NO_PROXY with a domain suffix sends an https: client to localhost directly", async () => {
    vi.stubEnv("HTTPS_PROXY", proxy.url);
    vi.stubEnv("NO_PROXY", "example.com,.localhost,localhost");
    const { value } = await call({ baseUrl: httpsBase, ca: ca.cert });
    expect(value).toEqual({ state: "RUNNING" });
    expect(proxy.log).toEqual([]);
  });

  it("proxy: false ignores the environment", async () => {
    vi.stubEnv("HTTP_PROXY", `http://127.0.0.1:${await refusedPort()}`);
    const { value } = await call({ proxy: false });
    expect(value).toEqual({ state: "RUNNING" });
  });

  it("under CGI (REQUEST_METHOD set) upper-case HTTP_PROXY is ignored, http_proxy is not", async () => {
    vi.stubEnv("REQUEST_METHOD", "GET");
    vi.stubEnv("HTTP_PROXY", proxy.url);
    await call({});
    expect(proxy.log).toEqual([]);
    vi.stubEnv("http_proxy", proxy.url);
    await call({});
    expect(proxy.log).toHaveLength(1);
  });

  it("a proxy variable the client cannot use is a ConfigurationError naming it, at creation", () => {
    vi.stubEnv("HTTPS_PROXY", `socks5://bob:${PROXY_PASSWORD}@127.0.0.1:1080`);
    let thrown: unknown;
    try {
      client({ baseUrl: httpsBase });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect(thrown).toMatchObject({ subject: "HTTPS_PROXY" });
    expect((thrown as Error).message).toMatch(/HTTPS_PROXY uses socks5:, which is not supported/);
    assertNoSecrets(thrown, [PROXY_PASSWORD]);
    // Another scheme's variable is not read, so it cannot fail an https: client.
    vi.stubEnv("HTTPS_PROXY", "");
    vi.stubEnv("HTTP_PROXY", "socks5://127.0.0.1:1080");
    expect(() => client({ baseUrl: httpsBase })).not.toThrow();
  });
});

describe("a proxy that fails", () => {
  it("407 is a ProxyError naming the proxy, never its password, not retried", async () => {
    proxy.refuseWith(407);
    const { error } = await call({ proxy: withPassword(proxy.url), retry: { maxAttempts: 3 } });
    expect(error).toBeInstanceOf(ProxyError);
    expect(error).toBeInstanceOf(ConnectionError);
    const proxyError = error as ProxyError;
    expect(proxyError.message).toBe(
      `getJob: proxy ${proxy.url} (from proxy) refused the tunnel to 127.0.0.1:${httpBase.split(":")[2]}: HTTP 407 Proxy Authentication Required: check the user name and password in the proxy URL`,
    );
    expect(proxyError).toMatchObject({
      provider: "test",
      operation: "getJob",
      proxy: proxy.url,
      proxyStatus: 407,
      retryable: false,
      attempts: 1,
    });
    expect(proxy.log).toHaveLength(1);
    expect(httpSeen).toEqual([]);
    const basic = Buffer.from(`alice:${PROXY_PASSWORD}`).toString("base64");
    assertNoSecrets(error, [PROXY_PASSWORD, basic, TOKEN]);
  });

  it("407 without credentials in the URL says to put them there", async () => {
    proxy.refuseWith(407);
    const { error } = await call({ proxy: proxy.url });
    expect((error as Error).message).toMatch(
      /HTTP 407 Proxy Authentication Required: put its user name and password in the proxy URL/,
    );
  });

  it("a proxy that cannot be reached is a retryable ProxyError, and each attempt tries again", async () => {
    const url = `http://127.0.0.1:${await refusedPort()}`;
    vi.stubEnv("HTTP_PROXY", withPassword(url));
    const clock = { now: () => Date.now(), sleep: async () => {} };
    const { error } = await call({ retry: { maxAttempts: 2 }, clock });
    expect(error).toBeInstanceOf(ProxyError);
    expect(error).toMatchObject({
      proxy: url,
      proxyStatus: undefined,
      retryable: true,
      attempts: 2,
    });
    expect((error as Error).message).toMatch(
      new RegExp(`^getJob: proxy ${url} \\(from HTTP_PROXY\\) failed: .*ECONNREFUSED`),
    );
    assertNoSecrets(error, [PROXY_PASSWORD]);
  });

  it("502 from the proxy is a retryable ProxyError", async () => {
    proxy.refuseWith(502);
    const { error } = await call({ proxy: proxy.url });
    expect(error).toBeInstanceOf(ProxyError);
    expect(error).toMatchObject({ proxyStatus: 502, retryable: true });
    expect((error as Error).message).toMatch(/HTTP 502 Bad Gateway$/);
  });

  it("a vendor certificate the client does not trust is a ConnectionError, not a ProxyError", async () => {
    const { error } = await call({ baseUrl: httpsBase, proxy: proxy.url, ca: otherCa.cert });
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(ProxyError);
    expect((error as Error).message).toMatch(/certificate|UNABLE_TO_VERIFY/i);
    expect(proxy.log).toHaveLength(1);
  });
});

describe("the ca option", () => {
  it("lets a client reach a server whose CA only it trusts (direct)", async () => {
    const { value } = await call({ baseUrl: httpsBase, ca: [otherCa.cert, ca.cert] });
    expect(value).toEqual({ state: "RUNNING" });
    expect(proxy.log).toEqual([]);
  });

  it("without it, the server's private CA is refused", async () => {
    const { error } = await call({ baseUrl: httpsBase });
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/certificate|UNABLE_TO_VERIFY/i);
  });

  it("is parsed once for all clients given the same certificates", () => {
    const tls = process.getBuiltinModule("node:tls") as typeof Tls;
    const spy = vi.spyOn(tls, "createSecureContext");
    try {
      const shared = createCertificateAuthority("shared CA").cert;
      client({ baseUrl: httpsBase, ca: shared });
      client({ baseUrl: httpsBase, ca: Buffer.from(shared) });
      client({ baseUrl: httpsBase, ca: [shared] });
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  it("adds to Node's default CAs instead of replacing them", async () => {
    // Node's defaults as the runtime reads them, here holding the server's CA (as they would
    // with NODE_EXTRA_CA_CERTS naming it): another CA in the option must not push it out.
    const tls = process.getBuiltinModule("node:tls") as typeof Tls & {
      getCACertificates?: (type?: string) => string[];
    };
    expect(typeof tls.getCACertificates).toBe("function");
    const spy = vi
      .spyOn(tls as Required<typeof tls>, "getCACertificates")
      .mockReturnValue([...tls.rootCertificates, ca.cert]);
    try {
      // A CA no other test gives: clients given the same `ca` share a context made earlier.
      const fresh = createCertificateAuthority("fresh CA").cert;
      const { value } = await call({ baseUrl: httpsBase, ca: fresh });
      expect(value).toEqual({ state: "RUNNING" });
      expect(spy).toHaveBeenCalledWith("default");
    } finally {
      spy.mockRestore();
    }
  });
});
