import { inspect } from "node:util";
import {
  type ApiError,
  AuthenticationError,
  CancelSdkError,
  ConfigurationError,
  CredentialsError,
  PermissionDeniedError,
  TimeoutError,
  ValidationError,
  type OutgoingRequest,
} from "@cancel/core";
import { assertNoSecrets, createMockServer, specExamples } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it, vi } from "vitest";
import {
  cancelItemJobInstance,
  createClient,
  type FabricWorkloadAuthClient,
  type FabricWorkloadClient,
  type FabricWorkloadClientOptions,
  generated,
  getItemJobInstanceState,
  type TokenProvider,
  withCallDefaults,
} from "../src/index.js";
import { IDS, TENANT } from "./support/fixtures.js";

const BASE = "https://forecast.example.net/workload";
const APP_TOKEN =
  "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhcHBpZCI6IjAwMDAwMDA5LWFwcCJ9.YXBwLXNpZ25hdHVyZQ";
const SUBJECT_TOKEN =
  "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJvaWQiOiJ1c2VyLTEyMyJ9.c3ViamVjdC1zaWduYXR1cmU";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const examples = specExamples("fabric-workload");
type Json = Record<string, unknown>;
const UNAUTHORIZED = examples.cancelItemJobInstance!.errors.find((e) => e.status === "401")!
  .value as Json;
const FORBIDDEN = examples.cancelItemJobInstance!.errors.find((e) => e.status === "403")!
  .value as Json;
const CANCELLED = examples.cancelItemJobInstance!.success[0]!.value as Json;

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => {
  mock.reset();
  vi.restoreAllMocks();
});
afterAll(() => mock.close());

/**
 * A workload backend that authenticates like the Microsoft sample: the exact SubjectAndAppToken
 * format, a valid app token, the subject token when it expects one, and the three headers.
 */
function workload(expect_: { subjectToken?: string; appToken?: string } = {}) {
  const seen: {
    subject: string;
    app: string;
    tenant: string;
    activity: string;
    request: string;
  }[] = [];
  const handler = http.all(new RegExp(`^${BASE.replace(/[.]/g, "\\.")}/`), ({ request }) => {
    const header = request.headers.get("authorization") ?? "";
    const match = /^SubjectAndAppToken1\.0 subjectToken="([^"]*)", appToken="([^"]+)"$/.exec(
      header,
    );
    if (
      !match ||
      match[2] !== (expect_.appToken ?? APP_TOKEN) ||
      match[1] !== (expect_.subjectToken ?? "")
    ) {
      return HttpResponse.json(UNAUTHORIZED, { status: 401 });
    }
    seen.push({
      subject: match[1]!,
      app: match[2]!,
      tenant: request.headers.get("x-ms-client-tenant-id") ?? "",
      activity: request.headers.get("activityid") ?? "",
      request: request.headers.get("requestid") ?? "",
    });
    return HttpResponse.json(CANCELLED, {
      headers: { RequestId: request.headers.get("requestid") ?? "" },
    });
  });
  mock.use(handler);
  return seen;
}

const caught = (promise: Promise<unknown>) =>
  promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );

const thrown = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
};

describe("SubjectAndAppToken", () => {
  it("README example: app token from a provider, tenant from the options, ids filled per request", async () => {
    const saved = process.env.AZURE_TENANT_ID;
    process.env.AZURE_TENANT_ID = TENANT;
    const seen = workload();
    const appToken = vi.fn(async () => APP_TOKEN);
    const client = createClient({
      baseUrl: BASE,
      tenantId: process.env.AZURE_TENANT_ID!,
      appToken,
    });
    if (saved === undefined) delete process.env.AZURE_TENANT_ID;
    else process.env.AZURE_TENANT_ID = saved;
    const state = await cancelItemJobInstance(client, IDS);
    expect(state).toEqual(CANCELLED);
    const [request] = mock.requests;
    expect(request!.method).toBe("POST");
    expect(request!.url.href).toBe(
      `${BASE}/workspaces/${IDS.workspaceId}/items/${IDS.itemType}/${IDS.itemId}/jobTypes/${IDS.jobType}/instances/${IDS.jobInstanceId}/cancel`,
    );
    expect(request!.headers.authorization).toBe(
      `SubjectAndAppToken1.0 subjectToken="", appToken="${APP_TOKEN}"`,
    );
    expect(request!.headers["x-ms-client-tenant-id"]).toBe(TENANT);
    expect(request!.headers.requestid).toMatch(UUID);
    expect(request!.headers.activityid).toMatch(UUID);
    expect(request!.headers.activityid).not.toBe(request!.headers.requestid);
    expect(seen).toHaveLength(1);
    expect(appToken).toHaveBeenCalledTimes(1);
  });

  it("sends the subject token too when there is one", async () => {
    const seen = workload({ subjectToken: SUBJECT_TOKEN });
    const client = createClient({
      baseUrl: BASE,
      tenantId: TENANT,
      appToken: async () => APP_TOKEN,
      subjectToken: async () => SUBJECT_TOKEN,
    });
    await getItemJobInstanceState(client, IDS);
    expect(mock.requests[0]!.headers.authorization).toBe(
      `SubjectAndAppToken1.0 subjectToken="${SUBJECT_TOKEN}", appToken="${APP_TOKEN}"`,
    );
    expect(seen.map((s) => s.subject)).toEqual([SUBJECT_TOKEN]);
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ['""', ""],
  ])('a subject-token provider that returns %s sends subjectToken=""', async (_name, value) => {
    workload();
    const client = createClient({
      baseUrl: BASE,
      tenantId: TENANT,
      appToken: () => APP_TOKEN,
      subjectToken: () => value,
    });
    await cancelItemJobInstance(client, IDS);
    expect(mock.requests[0]!.headers.authorization).toBe(
      `SubjectAndAppToken1.0 subjectToken="", appToken="${APP_TOKEN}"`,
    );
  });

  it("asks both providers for every request, and uses what they return then", async () => {
    let n = 0;
    const appTokens = [`${APP_TOKEN}1`, `${APP_TOKEN}2`, `${APP_TOKEN}3`];
    const appToken = vi.fn(async () => appTokens[n++]!);
    const subjectToken = vi.fn(() => SUBJECT_TOKEN);
    mock.use(http.all(/^https:\/\/forecast\.example\.net\//, () => HttpResponse.json(CANCELLED)));
    const client = createClient({ baseUrl: BASE, tenantId: TENANT, appToken, subjectToken });
    for (let i = 0; i < 3; i++) await cancelItemJobInstance(client, IDS);
    expect(appToken).toHaveBeenCalledTimes(3);
    expect(subjectToken).toHaveBeenCalledTimes(3);
    expect(mock.requests.map((r) => r.headers.authorization)).toEqual(
      appTokens.map(
        (t) => `SubjectAndAppToken1.0 subjectToken="${SUBJECT_TOKEN}", appToken="${t}"`,
      ),
    );
  });

  it("accepts a fixed token string", async () => {
    workload();
    await cancelItemJobInstance(
      createClient({ baseUrl: BASE, tenantId: TENANT, appToken: APP_TOKEN }),
      IDS,
    );
    expect(mock.requests[0]!.headers.authorization).toContain(`appToken="${APP_TOKEN}"`);
  });

  it("a wrong app token is the workload's 401 as an AuthenticationError, without the token", async () => {
    workload();
    const wrong = APP_TOKEN.replace("YXBw", "d3Jv");
    const client = createClient({ baseUrl: BASE, tenantId: TENANT, appToken: async () => wrong });
    const error = (await caught(cancelItemJobInstance(client, IDS))) as ApiError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(401);
    // The reference workload's PascalCase body: ErrorCode, not errorCode.
    expect(error.code).toBe((UNAUTHORIZED as { ErrorCode: string }).ErrorCode);
    assertNoSecrets(error, [wrong]);
  });
});

describe("ActivityId, RequestId and x-ms-client-tenant-id", () => {
  const authClient = (extra: Partial<FabricWorkloadClientOptions> = {}) =>
    createClient({ baseUrl: BASE, tenantId: TENANT, appToken: async () => APP_TOKEN, ...extra });

  it("a fresh RequestId and ActivityId per request", async () => {
    const seen = workload();
    const client = authClient();
    await Promise.all([cancelItemJobInstance(client, IDS), getItemJobInstanceState(client, IDS)]);
    await cancelItemJobInstance(client, IDS);
    const ids = seen.flatMap((s) => [s.request, s.activity]);
    expect(ids).toHaveLength(6);
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(6);
    expect(seen.map((s) => s.tenant)).toEqual([TENANT, TENANT, TENANT]);
  });

  it("the client's activityId for every request, a fresh RequestId still", async () => {
    const activityId = "3f0a7c2e-5b1d-4e8a-9c6f-2d7e8b9a0c14";
    const seen = workload();
    const client = authClient({ activityId });
    await cancelItemJobInstance(client, IDS);
    await cancelItemJobInstance(client, IDS);
    expect(seen.map((s) => s.activity)).toEqual([activityId, activityId]);
    expect(seen[0]!.request).not.toBe(seen[1]!.request);
  });

  it("values the call gives win", async () => {
    const seen = workload();
    const client = authClient({ activityId: "client-activity" });
    await cancelItemJobInstance(client, {
      ...IDS,
      activityId: "call-activity",
      requestId: "call-request",
      tenantId: "00000000-0000-0000-0000-000000000001",
    });
    expect(seen).toEqual([
      {
        subject: "",
        app: APP_TOKEN,
        tenant: "00000000-0000-0000-0000-000000000001",
        activity: "call-activity",
        request: "call-request",
      },
    ]);
  });

  it("a value the call gives is still validated", async () => {
    workload();
    const error = (await caught(
      cancelItemJobInstance(authClient(), { ...IDS, requestId: "a\r\nX-Injected: 1" }),
    )) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.field)).toEqual(["requestId"]);
    expect(mock.requests).toHaveLength(0);
  });

  it("a client without tenantId fills ActivityId and RequestId, never the tenant", async () => {
    const seen = workload();
    const plain = createClient({
      baseUrl: BASE,
      authenticate: (request) => {
        request.headers.set(
          "authorization",
          `SubjectAndAppToken1.0 subjectToken="", appToken="${APP_TOKEN}"`,
        );
        return request;
      },
    });
    const error = (await caught(cancelItemJobInstance(plain, IDS as never))) as ValidationError;
    expect(error.issues.map((i) => i.field)).toEqual(["tenantId"]);
    expect(mock.requests).toHaveLength(0);
    await cancelItemJobInstance(plain, { ...IDS, tenantId: TENANT } as never);
    expect(seen[0]!.activity).toMatch(UUID);
    expect(seen[0]!.request).toMatch(UUID);
    const filled = withCallDefaults(plain, IDS) as Record<string, unknown>;
    expect(filled.tenantId).toBeUndefined();
    expect(filled.activityId).toMatch(UUID);
  });

  it("the generated operations stay reachable; a client without inputDefaults needs all three", async () => {
    workload();
    const bare = generated.createFabricWorkloadBaseClient({
      baseUrl: BASE,
      authenticate: (request) => request,
    });
    const error = (await caught(
      generated.cancelItemJobInstance(bare, IDS as never),
    )) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.field)).toEqual(["activityId", "requestId", "tenantId"]);
    expect(mock.requests).toHaveLength(0);
    // Through a client of createClient, the generated operation gets the call defaults too.
    await generated.cancelItemJobInstance(authClient(), IDS as never);
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]!.headers.requestid).toMatch(UUID);
  });

  it("types: a client with tenantId may omit the three fields, a plain one may not", () => {
    const auth = authClient();
    const plain = createClient({ baseUrl: BASE, authenticate: (r) => r });
    expectTypeOf(auth).toEqualTypeOf<FabricWorkloadAuthClient>();
    expectTypeOf(plain).toEqualTypeOf<FabricWorkloadClient>();
    expectTypeOf(auth.defaults.tenantId).toEqualTypeOf<string>();
    const check = () => {
      void cancelItemJobInstance(auth, IDS);
      void cancelItemJobInstance(auth, { ...IDS, requestId: "r" });
      void getItemJobInstanceState(auth, IDS);
      // @ts-expect-error a plain client needs activityId, requestId and tenantId
      void cancelItemJobInstance(plain, IDS);
      // @ts-expect-error requestId must still be a string
      void cancelItemJobInstance(auth, { ...IDS, requestId: 1 });
      // @ts-expect-error unknown fields still do not compile
      void cancelItemJobInstance(auth, { ...IDS, authorization: "x" });
      // @ts-expect-error the path ids are still required
      void getItemJobInstanceState(auth, { workspaceId: IDS.workspaceId });
      // @ts-expect-error appToken must be a token or a function returning one
      createClient({ baseUrl: BASE, tenantId: TENANT, appToken: 42 });
    };
    expect(typeof check).toBe("function");
  });
});

describe("unusable tokens are refused before anything is sent", () => {
  const bad: [string, string][] = [
    ["a double quote", `${APP_TOKEN}"`],
    ["a quote and a fake parameter", `x", appToken="${APP_TOKEN}`],
    ["a backslash", `${APP_TOKEN}\\`],
    ["CRLF", `${APP_TOKEN}\r\nX-Injected: 1`],
    ["LF", `${APP_TOKEN}\n`],
    ["a comma", `${APP_TOKEN},`],
    ["a space", `${APP_TOKEN} x`],
    ["non-Latin-1", `${APP_TOKEN}令牌`],
  ];

  it.each(bad)(
    "an app token with %s from the provider is a CredentialsError",
    async (_name, token) => {
      workload();
      const client = createClient({ baseUrl: BASE, tenantId: TENANT, appToken: async () => token });
      const error = (await caught(cancelItemJobInstance(client, IDS))) as CredentialsError;
      expect(error).toBeInstanceOf(CredentialsError);
      expect(error.message).toMatch(
        /^the appToken provider's token contains characters that cannot go into the SubjectAndAppToken header/,
      );
      assertNoSecrets(error, [APP_TOKEN]);
      expect(error.operation).toBe("cancelItemJobInstance");
      expect(mock.requests).toHaveLength(0);
    },
  );

  it.each(bad)(
    "a subject token with %s from the provider is a CredentialsError",
    async (_name, token) => {
      workload();
      const client = createClient({
        baseUrl: BASE,
        tenantId: TENANT,
        appToken: async () => APP_TOKEN,
        subjectToken: async () => token,
      });
      const error = (await caught(getItemJobInstanceState(client, IDS))) as CredentialsError;
      expect(error).toBeInstanceOf(CredentialsError);
      expect(error.message).toMatch(/^the subjectToken provider's token contains characters/);
      expect(mock.requests).toHaveLength(0);
    },
  );

  it.each(bad)("a fixed app token with %s is a ConfigurationError", (_name, token) => {
    const error = thrown(() => createClient({ baseUrl: BASE, tenantId: TENANT, appToken: token }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/^appToken contains characters/);
    assertNoSecrets(error, [APP_TOKEN]);
  });

  it.each([
    ["an empty string", ""],
    ["undefined", undefined],
    ["null", null],
  ])(
    "an app-token provider that returns %s is a CredentialsError (the app token is required)",
    async (_name, value) => {
      workload();
      const client = createClient({ baseUrl: BASE, tenantId: TENANT, appToken: () => value });
      const error = (await caught(cancelItemJobInstance(client, IDS))) as CredentialsError;
      expect(error).toBeInstanceOf(CredentialsError);
      expect(error.message).toBe(
        "the appToken provider's token is empty (an app token is required)",
      );
      expect(mock.requests).toHaveLength(0);
    },
  );

  it("a provider that returns a non-string is a CredentialsError", async () => {
    const client = createClient({
      baseUrl: BASE,
      tenantId: TENANT,
      appToken: (() => ({ token: APP_TOKEN })) as unknown as TokenProvider,
    });
    const error = (await caught(cancelItemJobInstance(client, IDS))) as CredentialsError;
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toBe("the appToken provider's token must be a string, got object");
  });

  it("a provider that throws is a CredentialsError with the provider's error as cause", async () => {
    const failure = new Error("AADSTS7000215: Invalid client secret provided.");
    const client = createClient({
      baseUrl: BASE,
      tenantId: TENANT,
      appToken: async () => {
        throw failure;
      },
    });
    const error = (await caught(cancelItemJobInstance(client, IDS))) as CredentialsError;
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toBe(
      "the appToken provider failed: Error: AADSTS7000215: Invalid client secret provided.",
    );
    expect(error.cause).toBe(failure);
    expect(error.provider).toBe("fabric-workload");
    expect(error.operation).toBe("cancelItemJobInstance");
    expect(mock.requests).toHaveLength(0);
  });

  it("a provider that never answers ends with the attempt's timeout", async () => {
    const client = createClient({
      baseUrl: BASE,
      tenantId: TENANT,
      appToken: () => new Promise<string>(() => undefined),
      timeoutMs: 30,
      retry: false,
    });
    const error = await caught(cancelItemJobInstance(client, IDS));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(mock.requests).toHaveLength(0);
  });
});

describe("configuration", () => {
  it("nothing configured is a ConfigurationError saying what to set", () => {
    const error = thrown(() => createClient({ baseUrl: BASE }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(
      "no Fabric workload credentials configured: set appToken (a function returning the Entra ID app token) and tenantId, optionally subjectToken; or pass authenticate",
    );
  });

  it("appToken and authenticate together are a ConfigurationError naming both", () => {
    const error = thrown(() =>
      createClient({
        baseUrl: BASE,
        tenantId: TENANT,
        appToken: APP_TOKEN,
        authenticate: (r) => r,
      }),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(
      "more than one auth method is configured: SubjectAndAppToken auth (appToken) and a custom authenticate hook (authenticate); configure only one",
    );
  });

  it.each([
    ["appToken without tenantId", { appToken: APP_TOKEN }, /^tenantId is required with appToken/],
    [
      "subjectToken alone",
      { subjectToken: SUBJECT_TOKEN, tenantId: TENANT },
      /^subjectToken is set but appToken is not/,
    ],
    [
      "subjectToken with authenticate",
      { subjectToken: SUBJECT_TOKEN, authenticate: (r: OutgoingRequest) => r },
      /^subjectToken is set with authenticate/,
    ],
    [
      "a tenantId with CRLF",
      { appToken: APP_TOKEN, tenantId: `${TENANT}\r\nX-Injected: 1` },
      /^tenantId must not contain control characters/,
    ],
    ["an empty tenantId", { appToken: APP_TOKEN, tenantId: "" }, /^tenantId is empty/],
    [
      "a tenantId with a quote",
      { appToken: APP_TOKEN, tenantId: `${TENANT}"` },
      /^tenantId must not contain quotes/,
    ],
    [
      "an activityId with LF",
      { appToken: APP_TOKEN, tenantId: TENANT, activityId: "a\nb" },
      /^activityId must not contain control characters/,
    ],
    [
      "activityId without tenantId",
      { authenticate: (r: OutgoingRequest) => r, activityId: "a" },
      /^activityId is a call default and needs tenantId/,
    ],
    [
      "an appToken that is a number",
      { appToken: 42, tenantId: TENANT },
      /^appToken must be a function returning a token, or a string/,
    ],
    ["an empty fixed appToken", { appToken: "", tenantId: TENANT }, /^appToken is empty/],
  ])("refuses %s with a ConfigurationError", (_name, options, message) => {
    const error = thrown(() => createClient({ baseUrl: BASE, ...(options as object) }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(message);
    expect(mock.requests).toHaveLength(0);
  });

  it("reports a bad base URL before anything about credentials", () => {
    expect(() => createClient({ baseUrl: "http://forecast.example.net/x" })).toThrow(/https:/);
  });
});

describe("no token in any error, cause, rendering or log line", () => {
  const SECRETS = [APP_TOKEN, SUBJECT_TOKEN, APP_TOKEN.slice(40, 70), SUBJECT_TOKEN.slice(40, 70)];
  const modes: [string, FabricWorkloadClientOptions][] = [
    ["app token provider", { appToken: async () => APP_TOKEN }],
    [
      "app and subject token providers",
      { appToken: async () => APP_TOKEN, subjectToken: () => SUBJECT_TOKEN },
    ],
    ["fixed tokens", { appToken: APP_TOKEN, subjectToken: SUBJECT_TOKEN }],
  ];
  type Scenario = {
    options?: FabricWorkloadClientOptions;
    handler?: ReturnType<typeof http.all>;
    input?: unknown;
  };
  const anyRequest = /^https:\/\/forecast\.example\.net\//;
  const scenarios: [string, Scenario][] = [
    [
      "bad config: a quote in the fixed token",
      { options: { appToken: `${APP_TOKEN}"`, subjectToken: `"${SUBJECT_TOKEN}` } },
    ],
    ["bad config: the token as tenantId with CRLF", { options: { tenantId: `${APP_TOKEN}\r\n` } }],
    ["bad config: two methods", { options: { authenticate: (r) => r } }],
    [
      "provider returns an injection",
      { options: { appToken: async () => `${APP_TOKEN}", x="${SUBJECT_TOKEN}` } },
    ],
    [
      "provider returns CRLF",
      { options: { subjectToken: async () => `${SUBJECT_TOKEN}\r\nX: ${APP_TOKEN}` } },
    ],
    [
      "vendor 401",
      { handler: http.all(anyRequest, () => HttpResponse.json(UNAUTHORIZED, { status: 401 })) },
    ],
    [
      "vendor 403",
      { handler: http.all(anyRequest, () => HttpResponse.json(FORBIDDEN, { status: 403 })) },
    ],
    ["vendor network error", { handler: http.all(anyRequest, () => HttpResponse.error()) }],
    [
      "validation error",
      {
        handler: http.all(anyRequest, () => HttpResponse.json(CANCELLED)),
        input: { ...IDS, workspaceId: "x" },
      },
    ],
  ];
  const cases = modes.flatMap(([mode, options]) =>
    scenarios.map(([name, scenario]) => [mode, name, options, scenario] as const),
  );

  it.each(cases)("%s / %s", async (_mode, _name, modeOptions, scenario) => {
    const logged: string[] = [];
    for (const level of ["log", "info", "warn", "error", "debug", "trace"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map((a) => inspect(a, { depth: 20 })).join(" "));
      });
    }
    if (scenario.handler) mock.use(scenario.handler);
    const events: unknown[] = [];
    let client: FabricWorkloadAuthClient | undefined;
    let error: unknown;
    try {
      client = createClient({
        baseUrl: BASE,
        tenantId: TENANT,
        ...modeOptions,
        ...scenario.options,
        retry: false,
        onAttempt: (event) => events.push(event),
      } as FabricWorkloadClientOptions & { tenantId: string });
      await cancelItemJobInstance(client, (scenario.input ?? IDS) as typeof IDS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CancelSdkError);
    if (_name.startsWith("vendor 4"))
      expect(error).toBeInstanceOf(
        _name === "vendor 401" ? AuthenticationError : PermissionDeniedError,
      );
    assertNoSecrets(error, SECRETS, [
      ...logged,
      JSON.stringify(events),
      inspect(client, { depth: 20, showHidden: true }),
    ]);
  });
});
