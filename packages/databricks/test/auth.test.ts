import {
  type ApiError,
  AuthenticationError,
  ConfigurationError,
  CredentialsError,
  TimeoutError,
  AbortError,
  type OutgoingRequest,
} from "@cancel/core";
import { assertNoSecrets, createMockServer } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cancelAllRuns, cancelRun, createClient, getRun, OAuthTokenError } from "../src/index.js";
import {
  BASE,
  CLIENT_ID,
  CLIENT_SECRET,
  HOST,
  isolateEnv,
  ORIGIN,
  PAT,
  UNAUTHENTICATED,
  workspace,
} from "./auth-vendor.js";

const RUN = 455644833;
const mock = createMockServer();
let restoreEnv: () => void;

beforeAll(() => mock.listen());
beforeEach(() => {
  restoreEnv = isolateEnv();
});
afterEach(() => {
  restoreEnv();
  mock.reset();
  vi.useRealTimers();
});
afterAll(() => mock.close());

const caught = (promise: Promise<unknown>) =>
  promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );

const tokenCalls = () => mock.requests.filter((r) => r.url.pathname === "/oidc/v1/token");
const apiCalls = () => mock.requests.filter((r) => r.url.pathname.startsWith("/api/"));

describe("personal access token", () => {
  it("sends the token from the options as Bearer to https://{host}/api/2.2", async () => {
    const ws = workspace();
    mock.use(...ws.handlers);
    const client = createClient({ host: HOST, token: PAT });
    await expect(cancelRun(client, { runId: RUN })).resolves.toEqual({});
    expect(apiCalls().map((r) => [r.url.href, r.headers.authorization])).toEqual([
      [`${BASE}/jobs/runs/cancel`, `Bearer ${PAT}`],
    ]);
    expect(tokenCalls()).toHaveLength(0);
  });

  it("README example: only DATABRICKS_HOST and DATABRICKS_TOKEN set", async () => {
    process.env.DATABRICKS_HOST = `https://${HOST}/`;
    process.env.DATABRICKS_TOKEN = PAT;
    const ws = workspace();
    mock.use(...ws.handlers);
    const client = createClient();
    await cancelRun(client, { runId: RUN });
    const run = await getRun(client, { runId: RUN });
    expect(run).toEqual({});
    expect(ws.accepted).toEqual([PAT, PAT]);
    expect(apiCalls()[0]!.url.href).toBe(`${BASE}/jobs/runs/cancel`);
  });

  it("a wrong token is the workspace's 401 as an AuthenticationError, without the token", async () => {
    const wrong = "dapiffffffffffffffffffffffffffffffff";
    process.env.DATABRICKS_HOST = HOST;
    process.env.DATABRICKS_TOKEN = wrong;
    mock.use(...workspace().handlers);
    const error = (await caught(cancelRun(createClient(), { runId: RUN }))) as ApiError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(401);
    expect(error.code).toBe((UNAUTHENTICATED as { error_code: string }).error_code);
    expect(error.provider).toBe("databricks");
    expect(error.operation).toBe("cancelRun");
    assertNoSecrets(error, [wrong]);
  });
});

describe("OAuth machine-to-machine", () => {
  it("README example: only DATABRICKS_HOST, DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET set", async () => {
    process.env.DATABRICKS_HOST = HOST;
    process.env.DATABRICKS_CLIENT_ID = CLIENT_ID;
    process.env.DATABRICKS_CLIENT_SECRET = CLIENT_SECRET;
    const ws = workspace();
    mock.use(...ws.handlers);
    const client = createClient();
    await expect(cancelRun(client, { runId: RUN })).resolves.toEqual({});

    const [tokenRequest] = tokenCalls();
    expect(tokenRequest!.method).toBe("POST");
    expect(tokenRequest!.url.href).toBe(`${ORIGIN}/oidc/v1/token`);
    expect(tokenRequest!.headers.authorization).toBe(
      `Basic ${btoa(`${CLIENT_ID}:${CLIENT_SECRET}`)}`,
    );
    expect(tokenRequest!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(tokenRequest!.body).toBe("grant_type=client_credentials&scope=all-apis");
    expect(ws.issued).toHaveLength(1);
    expect(apiCalls().map((r) => r.headers.authorization)).toEqual([`Bearer ${ws.issued[0]}`]);
    // The secret goes only to the token endpoint, never to the API.
    expect(JSON.stringify(apiCalls())).not.toContain(CLIENT_SECRET);
  });

  it("20 concurrent cancels make exactly one token request and share its token", async () => {
    const ws = workspace({ tokenDelayMs: 20 });
    mock.use(...ws.handlers);
    const client = createClient({ host: HOST, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => cancelRun(client, { runId: RUN + i })),
    );
    expect(results).toHaveLength(20);
    expect(ws.tokenRequests).toBe(1);
    expect(tokenCalls()).toHaveLength(1);
    expect(ws.accepted).toEqual(Array(20).fill(ws.issued[0]));
  });

  it("reuses the cached token for later calls", async () => {
    const ws = workspace();
    mock.use(...ws.handlers);
    const client = createClient({ host: HOST, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    await cancelRun(client, { runId: RUN });
    await getRun(client, { runId: RUN });
    await cancelAllRuns(client, { jobId: 1 });
    expect(ws.tokenRequests).toBe(1);
    expect(new Set(ws.accepted)).toEqual(new Set([ws.issued[0]]));
  });

  it("refreshes shortly (60 s) before the token expires, once for many concurrent calls", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2025-01-01T00:00:00Z") });
    const ws = workspace({ expiresIn: 3600 });
    mock.use(...ws.handlers);
    const client = createClient({ host: HOST, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    await cancelRun(client, { runId: RUN });
    expect(ws.tokenRequests).toBe(1);

    vi.setSystemTime(new Date("2025-01-01T00:58:59Z")); // 61 s before expiry: still cached
    await cancelRun(client, { runId: RUN });
    expect(ws.tokenRequests).toBe(1);

    vi.setSystemTime(new Date("2025-01-01T00:59:01Z")); // 59 s before expiry: refresh
    await Promise.all(Array.from({ length: 5 }, () => cancelRun(client, { runId: RUN })));
    expect(ws.tokenRequests).toBe(2);
    expect(ws.accepted).toEqual([ws.issued[0], ws.issued[0], ...Array(5).fill(ws.issued[1])]);

    vi.setSystemTime(new Date("2025-01-01T03:00:00Z")); // long expired
    await cancelRun(client, { runId: RUN });
    expect(ws.tokenRequests).toBe(3);
    expect(ws.accepted.at(-1)).toBe(ws.issued[2]);
  });

  it("refreshes a short-lived token at half its lifetime", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: 1_700_000_000_000 });
    const ws = workspace({ expiresIn: 30 });
    mock.use(...ws.handlers);
    const client = createClient({ host: HOST, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    await cancelRun(client, { runId: RUN });
    vi.setSystemTime(1_700_000_000_000 + 14_000);
    await cancelRun(client, { runId: RUN });
    expect(ws.tokenRequests).toBe(1);
    vi.setSystemTime(1_700_000_000_000 + 16_000);
    await cancelRun(client, { runId: RUN });
    expect(ws.tokenRequests).toBe(2);
  });

  it("a wrong client secret is the token endpoint's 401 as a CredentialsError, nothing sent to the API", async () => {
    const wrong = "dosefffffffffffffffffffffffffffffff";
    process.env.DATABRICKS_HOST = HOST;
    process.env.DATABRICKS_CLIENT_ID = CLIENT_ID;
    process.env.DATABRICKS_CLIENT_SECRET = wrong;
    const ws = workspace();
    mock.use(...ws.handlers);
    const error = (await caught(cancelRun(createClient(), { runId: RUN }))) as OAuthTokenError;
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error).toBeInstanceOf(OAuthTokenError);
    expect(error.status).toBe(401);
    expect(error.code).toBe("invalid_client");
    expect(error.vendorMessage).toBe("Client authentication failed");
    expect(error.retryable).toBe(false);
    expect(error.provider).toBe("databricks");
    expect(error.operation).toBe("cancelRun");
    expect(error.message).toBe(
      `OAuth token request to ${ORIGIN}/oidc/v1/token was refused: HTTP 401 invalid_client: Client authentication failed (check the client id and secret of the service principal, and the workspace host)`,
    );
    assertNoSecrets(error, [wrong]);
    expect(apiCalls()).toHaveLength(0);
  });

  it("does not cache a failure: the next call asks again", async () => {
    let fail = true;
    const ws = workspace({
      tokenResponse: () =>
        fail
          ? HttpResponse.json({ error: "temporarily_unavailable" }, { status: 503 })
          : HttpResponse.json({ access_token: "eyJ.recovered", expires_in: 3600 }),
    });
    ws.issued.push("eyJ.recovered");
    mock.use(...ws.handlers);
    const client = createClient({ host: HOST, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    const error = (await caught(cancelRun(client, { runId: RUN }))) as OAuthTokenError;
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.status).toBe(503);
    expect(error.retryable).toBe(true);
    fail = false;
    await cancelRun(client, { runId: RUN });
    expect(ws.tokenRequests).toBe(2);
    expect(ws.accepted).toEqual(["eyJ.recovered"]);
  });

  it.each([
    [
      "HTML",
      () => new HttpResponse("<html>login</html>", { headers: { "content-type": "text/html" } }),
      "the body is not JSON",
    ],
    [
      "no access_token",
      () => HttpResponse.json({ token_type: "Bearer" }),
      "access_token is missing",
    ],
    [
      "a numeric access_token",
      () => HttpResponse.json({ access_token: 42 }),
      "access_token must be a string",
    ],
    [
      "CRLF in access_token",
      () => HttpResponse.json({ access_token: "eyJ.a\r\nX-Injected: 1" }),
      "access_token must contain only",
    ],
    [
      "a quote in access_token",
      () => HttpResponse.json({ access_token: 'eyJ."a' }),
      "access_token must contain only",
    ],
    [
      "a MAC token",
      () => HttpResponse.json({ access_token: "eyJ.a", token_type: "mac" }),
      "token_type is not Bearer",
    ],
    [
      "a negative expires_in",
      () => HttpResponse.json({ access_token: "eyJ.a", expires_in: -5 }),
      "expires_in is not a positive",
    ],
  ])(
    "a 200 with %s is a CredentialsError, nothing sent to the API",
    async (_name, tokenResponse, why) => {
      const ws = workspace({ tokenResponse });
      mock.use(...ws.handlers);
      const client = createClient({ host: HOST, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
      const error = (await caught(cancelRun(client, { runId: RUN }))) as CredentialsError;
      expect(error).toBeInstanceOf(CredentialsError);
      expect(error.message).toContain(why);
      expect(error.message).not.toContain("X-Injected");
      expect(apiCalls()).toHaveLength(0);
    },
  );

  it("a 401 from the API is an AuthenticationError and drops the cached token", async () => {
    const ws = workspace();
    mock.use(...ws.handlers);
    const client = createClient({ host: HOST, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    await cancelRun(client, { runId: RUN });
    ws.revoked.add(ws.issued[0]!);
    const error = await caught(cancelRun(client, { runId: RUN }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as ApiError).status).toBe(401);
    // The next call does not reuse the refused token.
    await cancelRun(client, { runId: RUN });
    expect(ws.tokenRequests).toBe(2);
    expect(ws.accepted).toEqual([ws.issued[0], ws.issued[1]]);
  });

  it("a network failure of the token endpoint is a retryable CredentialsError", async () => {
    mock.use(http.post(`${ORIGIN}/oidc/v1/token`, () => HttpResponse.error()));
    const client = createClient({ host: HOST, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    const error = (await caught(cancelRun(client, { runId: RUN }))) as CredentialsError;
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(
      /^OAuth token request to https:\/\/adb-.*\/oidc\/v1\/token failed: /,
    );
  });

  it("a redirect from the token endpoint is not followed", async () => {
    mock.use(
      http.post(
        `${ORIGIN}/oidc/v1/token`,
        () =>
          new HttpResponse(null, {
            status: 302,
            headers: { location: "https://evil.example.com/" },
          }),
      ),
    );
    const client = createClient({ host: HOST, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    const error = (await caught(cancelRun(client, { runId: RUN }))) as OAuthTokenError;
    expect(error).toBeInstanceOf(OAuthTokenError);
    expect(error.message).toContain("HTTP 302 (a redirect, not followed)");
    expect(mock.requests.map((r) => r.url.host)).toEqual([HOST]);
  });

  it("a caller that aborts while the token is fetched stops; the others still get the token", async () => {
    const ws = workspace({ tokenDelayMs: 30 });
    mock.use(...ws.handlers);
    const client = createClient({ host: HOST, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    const controller = new AbortController();
    const aborted = caught(cancelRun(client, { runId: RUN }, { signal: controller.signal }));
    const other = cancelRun(client, { runId: RUN + 1 });
    controller.abort();
    expect(await aborted).toBeInstanceOf(AbortError);
    await expect(other).resolves.toEqual({});
    expect(ws.tokenRequests).toBe(1);
    expect(ws.accepted).toEqual([ws.issued[0]]);
  });

  it("a token endpoint that never answers ends with the attempt's timeout", async () => {
    mock.use(...workspace({ tokenDelayMs: "infinite" }).handlers);
    const client = createClient({
      host: HOST,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      timeoutMs: 40,
      retry: false,
    });
    const error = await caught(cancelRun(client, { runId: RUN }));
    expect(error instanceof TimeoutError || error instanceof CredentialsError).toBe(true);
    expect(apiCalls()).toHaveLength(0);
  });

  it("talks to a local simulator over http only when opted in, token endpoint included", async () => {
    const origin = "http://localhost:8080";
    const ws = workspace({ origin });
    mock.use(...ws.handlers);
    process.env.DATABRICKS_HOST = origin;
    process.env.DATABRICKS_CLIENT_ID = CLIENT_ID;
    process.env.DATABRICKS_CLIENT_SECRET = CLIENT_SECRET;
    expect(() => createClient()).toThrow(/allowInsecureLoopback/);
    await cancelRun(createClient({ allowInsecureLoopback: true }), { runId: RUN });
    expect(mock.requests.map((r) => r.url.href)).toEqual([
      `${origin}/oidc/v1/token`,
      `${origin}/api/2.2/jobs/runs/cancel`,
    ]);
  });
});

describe("host", () => {
  it.each([
    ["a bare host name", HOST, ORIGIN],
    ["a URL with a trailing slash", `https://${HOST}/`, ORIGIN],
    ["a URL with :443", `https://${HOST}:443`, ORIGIN],
    ["a bare host with :443", `${HOST}:443`, ORIGIN],
    ["a browser URL with path and ?o=", `https://${HOST}/?o=1234567890123456#job/1`, ORIGIN],
    ["surrounding whitespace", `  ${HOST}\n`, ORIGIN],
    ["another port", `${HOST}:8443`, `${ORIGIN}:8443`],
  ])("normalises %s as the SDKs do", async (_name, host, origin) => {
    mock.use(...workspace({ origin }).handlers);
    await cancelRun(createClient({ host, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }), {
      runId: RUN,
    });
    expect(mock.requests.map((r) => r.url.href)).toEqual([
      `${origin}/oidc/v1/token`,
      `${origin}/api/2.2/jobs/runs/cancel`,
    ]);
  });

  it("keeps server.apiVersion 2.1 with host", async () => {
    mock.use(...workspace().handlers);
    await cancelRun(createClient({ host: HOST, token: PAT, server: { apiVersion: "2.1" } }), {
      runId: RUN,
    });
    expect(mock.requests[0]!.url.href).toBe(`${ORIGIN}/api/2.1/jobs/runs/cancel`);
  });

  it("takes the workspace of an explicit baseUrl for the token endpoint", async () => {
    mock.use(...workspace().handlers);
    const client = createClient({
      baseUrl: `${ORIGIN}/api/2.1/`,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
    });
    await cancelRun(client, { runId: RUN });
    expect(mock.requests.map((r) => r.url.href)).toEqual([
      `${ORIGIN}/oidc/v1/token`,
      `${ORIGIN}/api/2.1/jobs/runs/cancel`,
    ]);
  });

  it("the host option wins over DATABRICKS_HOST, server.host too", async () => {
    process.env.DATABRICKS_HOST = "dbc-env.cloud.databricks.com";
    mock.use(...workspace().handlers);
    await cancelRun(createClient({ host: HOST, token: PAT }), { runId: RUN });
    await cancelRun(createClient({ server: { host: HOST }, token: PAT }), { runId: RUN });
    expect(mock.requests.map((r) => r.url.host)).toEqual([HOST, HOST]);
  });

  it.each([
    [
      "user info",
      { host: `https://token:${PAT}@${HOST}` },
      /host must not contain a user name or password/,
    ],
    ["another scheme", { host: `ftp://${HOST}` }, /host must be an https: URL or a bare host name/],
    ["an empty host", { host: "" }, /host is empty/],
    ["a space", { host: "adb 1.azuredatabricks.net" }, /host is not a host name or workspace URL/],
    ["plain http to a remote host", { host: `http://${HOST}` }, /https:/],
    ["host and baseUrl", { host: HOST, baseUrl: BASE }, /either baseUrl or host/],
    ["host and server.host", { host: HOST, server: { host: HOST } }, /either host or server\.host/],
  ])("refuses %s with a ConfigurationError", (_name, options, message) => {
    const error = (() => {
      try {
        createClient({ token: PAT, ...options });
      } catch (e) {
        return e as Error;
      }
      throw new Error("expected createClient to throw");
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(message);
    assertNoSecrets(error, [PAT]);
  });

  it("refuses credentials without a workspace, saying what to set", () => {
    expect(() => createClient({ token: PAT })).toThrow(ConfigurationError);
    expect(() => createClient({ token: PAT })).toThrow(/set host \(or DATABRICKS_HOST\)/);
  });
});

describe("configuration from options and environment", () => {
  const useEnv = (values: Record<string, string>) => Object.assign(process.env, values);

  it("options win over the environment: token option over DATABRICKS_CLIENT_ID/SECRET", async () => {
    useEnv({
      DATABRICKS_HOST: HOST,
      DATABRICKS_CLIENT_ID: CLIENT_ID,
      DATABRICKS_CLIENT_SECRET: "x",
    });
    const ws = workspace();
    mock.use(...ws.handlers);
    await cancelRun(createClient({ token: PAT }), { runId: RUN });
    expect(ws.accepted).toEqual([PAT]);
    expect(ws.tokenRequests).toBe(0);
  });

  it("options win over the environment: client credentials over DATABRICKS_TOKEN", async () => {
    useEnv({ DATABRICKS_HOST: HOST, DATABRICKS_TOKEN: "dapi-from-env" });
    const ws = workspace();
    mock.use(...ws.handlers);
    await cancelRun(createClient({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }), {
      runId: RUN,
    });
    expect(ws.tokenRequests).toBe(1);
    expect(ws.accepted).toEqual([ws.issued[0]]);
  });

  it("options win over the environment: token option over DATABRICKS_TOKEN", async () => {
    useEnv({ DATABRICKS_HOST: HOST, DATABRICKS_TOKEN: "dapi-from-env" });
    const ws = workspace();
    mock.use(...ws.handlers);
    await cancelRun(createClient({ token: PAT }), { runId: RUN });
    expect(ws.accepted).toEqual([PAT]);
  });

  it("the environment completes the method the options chose (clientSecret from DATABRICKS_CLIENT_SECRET)", async () => {
    useEnv({
      DATABRICKS_HOST: HOST,
      DATABRICKS_CLIENT_SECRET: CLIENT_SECRET,
      DATABRICKS_CLIENT_ID: "other",
    });
    const ws = workspace();
    mock.use(...ws.handlers);
    await cancelRun(createClient({ clientId: CLIENT_ID }), { runId: RUN });
    expect(ws.accepted).toEqual([ws.issued[0]]);
  });

  it("an explicit authenticate hook ignores the environment's credentials", async () => {
    useEnv({ DATABRICKS_HOST: HOST, DATABRICKS_TOKEN: "dapi-from-env", DATABRICKS_CLIENT_ID: "x" });
    const ws = workspace();
    mock.use(...ws.handlers);
    const client = createClient({
      authenticate: (request) => {
        request.headers.set("authorization", `Bearer ${PAT}`);
        return request;
      },
    });
    await cancelRun(client, { runId: RUN });
    expect(ws.accepted).toEqual([PAT]);
  });

  it.each([
    [
      "token and client credentials as options",
      { host: HOST, token: PAT, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      {},
      ["a personal access token (token)", "OAuth M2M client credentials (clientId/clientSecret)"],
    ],
    [
      "token and clientSecret as options",
      { host: HOST, token: PAT, clientSecret: CLIENT_SECRET },
      {},
      ["(token)", "(clientId/clientSecret)"],
    ],
    [
      "authenticate and token as options",
      { token: PAT, authenticate: (r: OutgoingRequest) => r },
      {},
      ["(token)", "(authenticate)"],
    ],
    [
      "DATABRICKS_TOKEN and DATABRICKS_CLIENT_ID/SECRET",
      {},
      {
        DATABRICKS_HOST: HOST,
        DATABRICKS_TOKEN: PAT,
        DATABRICKS_CLIENT_ID: CLIENT_ID,
        DATABRICKS_CLIENT_SECRET: CLIENT_SECRET,
      },
      ["(DATABRICKS_TOKEN)", "(DATABRICKS_CLIENT_ID/DATABRICKS_CLIENT_SECRET)"],
    ],
    [
      "DATABRICKS_TOKEN and DATABRICKS_CLIENT_SECRET",
      {},
      { DATABRICKS_HOST: HOST, DATABRICKS_TOKEN: PAT, DATABRICKS_CLIENT_SECRET: CLIENT_SECRET },
      ["(DATABRICKS_TOKEN)", "(DATABRICKS_CLIENT_ID/DATABRICKS_CLIENT_SECRET)"],
    ],
  ])("two auth methods (%s) are a ConfigurationError naming both", (_name, options, env, names) => {
    useEnv(env);
    let error: Error | undefined;
    try {
      createClient(options);
    } catch (e) {
      error = e as Error;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error!.message).toMatch(/^more than one Databricks auth method is configured/);
    for (const name of names) expect(error!.message).toContain(name);
    assertNoSecrets(error, [PAT, CLIENT_SECRET]);
    expect(mock.requests).toHaveLength(0);
  });

  it("nothing configured is a ConfigurationError saying what to set", () => {
    expect(() => createClient()).toThrow(ConfigurationError);
    expect(() => createClient()).toThrow(
      "no Databricks credentials configured: set token (or DATABRICKS_TOKEN) for a personal access token, or clientId and clientSecret (or DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET) for OAuth machine-to-machine, together with host (or DATABRICKS_HOST); or pass authenticate",
    );
    process.env.DATABRICKS_HOST = HOST;
    expect(() => createClient()).toThrow(/no Databricks credentials configured/);
  });

  it("an empty variable counts as unset", () => {
    useEnv({ DATABRICKS_HOST: HOST, DATABRICKS_TOKEN: "" });
    expect(() => createClient()).toThrow(/no Databricks credentials configured/);
  });

  it.each([
    [
      "clientId without a secret",
      { clientId: CLIENT_ID },
      {},
      /needs a client secret: clientId is set, but neither clientSecret nor DATABRICKS_CLIENT_SECRET is/,
    ],
    [
      "clientSecret without an id",
      { clientSecret: CLIENT_SECRET },
      {},
      /needs a client id: clientSecret is set, but neither clientId nor DATABRICKS_CLIENT_ID is/,
    ],
    [
      "DATABRICKS_CLIENT_ID alone",
      {},
      { DATABRICKS_CLIENT_ID: CLIENT_ID },
      /needs a client secret: DATABRICKS_CLIENT_ID is set/,
    ],
    [
      "DATABRICKS_CLIENT_SECRET alone",
      {},
      { DATABRICKS_CLIENT_SECRET: CLIENT_SECRET },
      /needs a client id: DATABRICKS_CLIENT_SECRET is set/,
    ],
  ])(
    "half of the client credentials (%s) is a ConfigurationError",
    (_name, options, env, message) => {
      useEnv({ DATABRICKS_HOST: HOST, ...env });
      expect(() => createClient(options)).toThrow(ConfigurationError);
      expect(() => createClient(options)).toThrow(message);
    },
  );
});

describe("header safety", () => {
  it.each([
    ["CRLF", `${PAT}\r\nX-Injected: 1`],
    ["a trailing newline", `${PAT}\n`],
    ["a space", `${PAT} x`],
    ["a double quote", `${PAT}"`],
    ["a comma", `${PAT},x`],
    ["non-ASCII", `${PAT}é`],
    ["an empty string", ""],
  ])(
    "refuses a token with %s as a ConfigurationError, nothing sent, value not quoted",
    (_name, token) => {
      mock.use(...workspace().handlers);
      let error: Error | undefined;
      try {
        createClient({ host: HOST, token });
      } catch (e) {
        error = e as Error;
      }
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error!.message).toMatch(/^token (must|is empty)/);
      assertNoSecrets(error, [PAT]);
      expect(mock.requests).toHaveLength(0);
    },
  );

  it("names the variable when DATABRICKS_TOKEN has a trailing newline", () => {
    process.env.DATABRICKS_HOST = HOST;
    process.env.DATABRICKS_TOKEN = `${PAT}\n`;
    expect(() => createClient()).toThrow(/^DATABRICKS_TOKEN must contain only/);
  });

  it.each([
    ["clientSecret", { clientId: CLIENT_ID, clientSecret: `${CLIENT_SECRET}\r\n` }],
    ["clientId", { clientId: `${CLIENT_ID}\n`, clientSecret: CLIENT_SECRET }],
    ["clientSecret", { clientId: CLIENT_ID, clientSecret: "" }],
  ])("refuses a control character or emptiness in %s", (field, options) => {
    let error: Error | undefined;
    try {
      createClient({ host: HOST, ...options });
    } catch (e) {
      error = e as Error;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error!.message.startsWith(`${field} `)).toBe(true);
    assertNoSecrets(error, [CLIENT_SECRET]);
  });

  it("form-encodes unusual client ids and secrets inside Basic (RFC 6749 §2.3.1)", async () => {
    const clientId = "id:with+colon";
    const clientSecret = "s3cr3t/with=odd&chars";
    const ws = workspace({ clientId, clientSecret });
    mock.use(...ws.handlers);
    await cancelRun(createClient({ host: HOST, clientId, clientSecret }), { runId: RUN });
    expect(ws.accepted).toEqual([ws.issued[0]]);
    expect(tokenCalls()[0]!.headers.authorization).toBe(
      `Basic ${btoa("id%3Awith%2Bcolon:s3cr3t%2Fwith%3Dodd%26chars")}`,
    );
  });
});
