// The workload's side: createJobsHandler, routed and validated by the generated tables, answered
// with the vendor's ErrorResponse, and the project's own client cancelling through it.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { AuthenticationError, ConfigurationError, NotFoundError } from "@cancel/core";
import { assertNoSecrets } from "@cancel/testkit";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  cancelItemJobInstance,
  cancelItemJobInstanceConfirmed,
  createClient,
  getItemJobInstanceState,
} from "../src/index.js";
import {
  type AuthenticateInput,
  createJobsHandler,
  type ItemJobInstanceState,
  type JobsHandler,
  WorkloadError,
} from "../src/server/index.js";
import { toNodeListener } from "../src/server/node.js";
import { IDS, TENANT } from "./support/fixtures.js";

const { workspaceId: WORKSPACE, itemType: ITEM_TYPE, itemId: ITEM, jobType: JOB_TYPE } = IDS;
const JOB = IDS.jobInstanceId;

const APP_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJhcHBpZCI6ImhhbmRsZXIifQ.c2VydmVyLWFwcC1zaWduYXR1cmU";
const SUBJECT_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJvaWQiOiJoYW5kbGVyIn0.c2VydmVyLXN1YmplY3Qtc2ln";
const AUTHORIZATION = `SubjectAndAppToken1.0 subjectToken="${SUBJECT_TOKEN}", appToken="${APP_TOKEN}"`;
const BASE = "https://forecast.contoso.com/workload";
const JOB_URL = `${BASE}/workspaces/${WORKSPACE}/items/${ITEM_TYPE}/${ITEM}/jobTypes/${JOB_TYPE}/instances/${JOB}`;
const HEADERS = {
  authorization: AUTHORIZATION,
  "x-ms-client-tenant-id": TENANT,
  ActivityId: "3f0a7c2e-5b1d-4e8a-9c6f-2d7e8b9a0c14",
  RequestId: "8b6c1d4e-2f3a-4b5c-9d8e-7f6a5b4c3d21",
};

/** A small workload: job states in a map, tokens checked against the two above. */
function workload(options: { authenticate?: (input: AuthenticateInput) => unknown } = {}) {
  const jobs = new Map<string, ItemJobInstanceState>([[JOB, { status: "InProgress" }]]);
  const cancel = vi.fn((ids: { jobInstanceId: string }) => {
    jobs.set(ids.jobInstanceId, { status: "Cancelled" });
    return { status: "Cancelled" } as ItemJobInstanceState;
  });
  const getState = vi.fn(
    (ids: { jobInstanceId: string }) => jobs.get(ids.jobInstanceId) ?? { status: "Failed" },
  );
  const authenticate = vi.fn(
    options.authenticate ??
      ((input: AuthenticateInput) => {
        if (input.appToken !== APP_TOKEN)
          throw new Error("the app token is not one this workload trusts");
        return { caller: "fabric" };
      }),
  );
  const onError = vi.fn();
  const handler = createJobsHandler({ authenticate, cancel, getState, onError });
  return { handler, jobs, cancel, getState, authenticate, onError };
}

const call = (
  handler: JobsHandler,
  url: string,
  init: { method?: string; headers?: Record<string, string> } = {},
) => handler(new Request(url, { method: init.method ?? "GET", headers: init.headers ?? HEADERS }));

describe("the project's Fabric client against the handler", () => {
  it("cancels through it and reads the state back (in process, through the client's fetch)", async () => {
    const { handler, cancel, authenticate } = workload();
    const client = createClient({
      baseUrl: BASE,
      tenantId: TENANT,
      appToken: () => APP_TOKEN,
      subjectToken: () => SUBJECT_TOKEN,
      fetch: (url, init) => handler(new Request(url, init)),
    });
    expect(await getItemJobInstanceState(client, IDS)).toEqual({ status: "InProgress" });
    const result = await cancelItemJobInstanceConfirmed(client, IDS);
    expect(result.outcome).toBe("cancelled");
    expect(await getItemJobInstanceState(client, IDS)).toEqual({ status: "Cancelled" });
    expect(cancel).toHaveBeenCalledTimes(1);
    const [ids, context] = cancel.mock.calls[0]! as unknown as [unknown, Record<string, unknown>];
    expect(ids).toEqual(IDS);
    expect(context).toMatchObject({
      tenantId: TENANT,
      operationId: "cancelItemJobInstance",
      auth: { caller: "fabric" },
    });
    expect(authenticate.mock.calls[0]![0]).toMatchObject({
      appToken: APP_TOKEN,
      subjectToken: SUBJECT_TOKEN,
      tenantId: TENANT,
    });
  });

  describe("over HTTP, through the Node adapter", () => {
    let server: Server;
    let base: string;
    const { handler, cancel } = workload();
    beforeAll(async () => {
      server = createServer(toNodeListener(handler));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/workload`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("a cancel and a refused token, as the client sees them", async () => {
      const client = createClient({
        baseUrl: base,
        allowInsecureLoopback: true,
        tenantId: TENANT,
        appToken: APP_TOKEN,
        retry: false,
      });
      expect(await cancelItemJobInstance(client, IDS)).toEqual({ status: "Cancelled" });
      expect(cancel).toHaveBeenCalledTimes(1);
      const stranger = createClient({
        baseUrl: base,
        allowInsecureLoopback: true,
        tenantId: TENANT,
        appToken: "eyJ0eXAiOiJKV1QifQ.eyJhcHBpZCI6Im90aGVyIn0.b3RoZXItYXBwLXNpZ25hdHVyZQ",
        retry: false,
      });
      const error = await cancelItemJobInstance(stranger, IDS).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({
        status: 401,
        code: "AuthError",
        vendorMessage: "the app token is not one this workload trusts",
      });
      expect(cancel).toHaveBeenCalledTimes(1);
    });

    it("a WorkloadError from a callback reaches the client as the vendor's error", async () => {
      const { handler: refusing } = workload();
      const notFound = createJobsHandler({
        authenticate: () => undefined,
        cancel: () => {
          throw new WorkloadError(404, {
            errorCode: "ItemMetadataNotFound",
            message: "Item metadata file cannot be found.",
          });
        },
        getState: () => ({ status: "Failed" }),
      });
      expect(refusing).toBeTypeOf("function");
      const client = createClient({
        baseUrl: BASE,
        tenantId: TENANT,
        appToken: APP_TOKEN,
        fetch: (url, init) => notFound(new Request(url, init)),
      });
      const error = await cancelItemJobInstance(client, IDS).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({
        code: "ItemMetadataNotFound",
        vendorMessage: "Item metadata file cannot be found.",
      });
    });
  });
});

describe("authentication, before anything else", () => {
  // A header given as null is left out of the request.
  it.each<[string, Record<string, string | null>, string]>([
    [
      "no Authorization header",
      { authorization: null },
      "Missing or invalid Authorization header: the Authorization header is missing",
    ],
    [
      "a Bearer token",
      { authorization: `Bearer ${APP_TOKEN}` },
      "Missing or invalid Authorization header: the Authorization header does not use the SubjectAndAppToken1.0 scheme",
    ],
    [
      "the tokens in the wrong order",
      { authorization: `SubjectAndAppToken1.0 appToken="${APP_TOKEN}", subjectToken=""` },
      'Missing or invalid Authorization header: the Authorization header is not SubjectAndAppToken1.0 subjectToken="…", appToken="…"',
    ],
    [
      "an app token that is no JWT",
      { authorization: 'SubjectAndAppToken1.0 subjectToken="", appToken="not-a-jwt-but-a-secret"' },
      "Missing or invalid Authorization header: the appToken of the Authorization header is not a JWT",
    ],
    [
      "no tenant header",
      { "x-ms-client-tenant-id": null },
      "Missing or invalid x-ms-client-tenant-id header",
    ],
    [
      "a tenant that is no GUID",
      { "x-ms-client-tenant-id": "contoso.onmicrosoft.com" },
      "Missing or invalid x-ms-client-tenant-id header",
    ],
  ])(
    "%s: 401 AuthError, and neither authenticate nor the callback runs",
    async (_name, change, message) => {
      const { handler, cancel, authenticate } = workload();
      const headers = Object.fromEntries(
        Object.entries({ ...HEADERS, ...change }).filter(
          (entry): entry is [string, string] => entry[1] !== null,
        ),
      );
      const response = await call(handler, `${JOB_URL}/cancel`, { method: "POST", headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        errorCode: "AuthError",
        message,
        source: "External",
        isPermanent: false,
      });
      expect(authenticate).not.toHaveBeenCalled();
      expect(cancel).not.toHaveBeenCalled();
    },
  );

  it("a token authenticate refuses: 401 AuthError with its message, the callback never runs, onError told", async () => {
    const { handler, getState, onError } = workload();
    const other = APP_TOKEN.replace("c2VydmVy", "b3RoZXIt");
    const response = await call(handler, JOB_URL, {
      headers: {
        ...HEADERS,
        authorization: `SubjectAndAppToken1.0 subjectToken="", appToken="${other}"`,
      },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      errorCode: "AuthError",
      message: "the app token is not one this workload trusts",
    });
    expect(getState).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledWith(expect.any(Error), {
      operationId: "getItemJobInstanceState",
      status: 401,
      requestId: HEADERS.RequestId,
    });
  });

  it("an authenticate that throws anything gives 401; one that throws a WorkloadError picks the answer", async () => {
    const thrown = workload({
      authenticate: () => {
        throw "no reason given";
      },
    });
    const response = await call(thrown.handler, JOB_URL);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      errorCode: "AuthError",
      message: "Token validation failed",
    });
    const forbidden = workload({
      authenticate: () => {
        throw new WorkloadError(403, { errorCode: "AccessDenied", message: "Access denied" });
      },
    });
    const refused = await call(forbidden.handler, JOB_URL);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      errorCode: "AccessDenied",
      message: "Access denied",
      source: "User",
      isPermanent: true,
    });
  });

  it("the tenant header as .NET's Guid.TryParse takes it, handed to authenticate as a lowercase GUID", async () => {
    const { handler, authenticate } = workload();
    for (const tenant of [TENANT.toUpperCase(), TENANT.replaceAll("-", ""), `{${TENANT}}`]) {
      const response = await call(handler, JOB_URL, {
        headers: { ...HEADERS, "x-ms-client-tenant-id": tenant },
      });
      expect(response.status).toBe(200);
    }
    expect(authenticate.mock.calls.map(([input]) => input.tenantId)).toEqual([
      TENANT,
      TENANT,
      TENANT,
    ]);
  });
});

describe("ids and headers, by the spec's field rules", () => {
  it("a malformed uuid is 400 InvalidRequest naming the parameter; the callback is not called", async () => {
    const { handler, cancel } = workload();
    const response = await call(handler, `${JOB_URL.replace(JOB, "not-a-uuid")}/cancel`, {
      method: "POST",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errorCode: "InvalidRequest",
      message: 'Invalid request: path parameter jobInstanceId must be a UUID, got "not-a-uuid"',
      source: "User",
      isPermanent: true,
      moreDetails: [
        {
          errorCode: "InvalidParameter",
          message: 'path parameter jobInstanceId must be a UUID, got "not-a-uuid"',
          messageParameters: ["path parameter jobInstanceId"],
        },
      ],
    });
    expect(cancel).not.toHaveBeenCalled();
  });

  it("every problem at once: a bad workspace id, a missing RequestId, a bad path encoding", async () => {
    const { handler, getState } = workload();
    const { RequestId: _, ...headers } = HEADERS;
    const url = JOB_URL.replace(WORKSPACE, "w1").replace(JOB_TYPE, "calc%E0%A4%A");
    const response = await call(handler, url, { headers });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toBe(
      'Invalid request: path parameter jobType is not valid percent-encoding; path parameter workspaceId must be a UUID, got "w1"; header RequestId is required',
    );
    expect(getState).not.toHaveBeenCalled();
  });

  it("ids are percent-decoded before the callback sees them", async () => {
    const { handler, getState } = workload();
    const response = await call(handler, JOB_URL.replace(ITEM_TYPE, "Contoso.Finance%20Analytics"));
    expect(response.status).toBe(200);
    expect(getState.mock.calls[0]![0]).toMatchObject({ itemType: "Contoso.Finance Analytics" });
  });
});

describe("answers", () => {
  it("the callback's state as 200 JSON, echoing RequestId and ActivityId", async () => {
    const { handler } = workload();
    const response = await call(handler, JOB_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("RequestId")).toBe(HEADERS.RequestId);
    expect(response.headers.get("ActivityId")).toBe(HEADERS.ActivityId);
    expect(await response.json()).toEqual({ status: "InProgress" });
    const refused = await call(handler, JOB_URL, {
      headers: { ...HEADERS, authorization: "Basic x" },
    });
    expect(refused.headers.get("RequestId")).toBe(HEADERS.RequestId);
  });

  it("a callback that throws: 500 InternalError, 'Internal error' and nothing of what was thrown", async () => {
    const onError = vi.fn();
    const boom = new Error(`database password=hunter2-secret for ${APP_TOKEN}`);
    const handler = createJobsHandler({
      authenticate: () => undefined,
      cancel: () => {
        throw boom;
      },
      getState: async () => {
        throw boom;
      },
      onError,
    });
    for (const [url, method] of [
      [`${JOB_URL}/cancel`, "POST"],
      [JOB_URL, "GET"],
    ] as const) {
      const response = await call(handler, url, { method });
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        errorCode: "InternalError",
        message: "Internal error",
        source: "System",
        isPermanent: false,
      });
      expect(text).not.toContain("hunter2");
    }
    expect(onError).toHaveBeenCalledWith(boom, {
      operationId: "cancelItemJobInstance",
      status: 500,
      requestId: HEADERS.RequestId,
    });
  });

  it("a callback that answers no object is a 500 too", async () => {
    const onError = vi.fn();
    const handler = createJobsHandler({
      authenticate: () => undefined,
      cancel: () => "Cancelled" as unknown as ItemJobInstanceState,
      getState: () => ({ status: "Completed" }),
      onError,
    });
    expect((await call(handler, `${JOB_URL}/cancel`, { method: "POST" })).status).toBe(500);
    expect(String(onError.mock.calls[0]![0])).toBe(
      "TypeError: the cancel callback returned string, not an ItemJobInstanceState",
    );
  });

  it("errorBodies: pascal writes the reference workload's form", async () => {
    const handler = createJobsHandler({
      authenticate: () => undefined,
      errorBodies: "pascal",
      cancel: () => {
        throw new WorkloadError(404, {
          errorCode: "ItemMetadataNotFound",
          message: `Item metadata file cannot be found. (ItemId: ${ITEM})`,
          messageParameters: [ITEM],
          source: "System",
        });
      },
      getState: () => ({ status: "Failed" }),
    });
    const response = await call(handler, `${JOB_URL}/cancel`, { method: "POST" });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      ErrorCode: "ItemMetadataNotFound",
      Message: `Item metadata file cannot be found. (ItemId: ${ITEM})`,
      MessageParameters: [ITEM],
      Source: 0,
      IsPermanent: true,
      MoreDetails: null,
    });
  });

  it("routes: a method the path does not take is 405 with Allow, an unknown path 404; basePath narrows", async () => {
    const { handler } = workload();
    const wrongMethod = await call(handler, `${JOB_URL}/cancel`, { method: "GET" });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("POST");
    expect((await call(handler, `${JOB_URL}/restart`, { method: "POST" })).status).toBe(404);
    const based = createJobsHandler({
      basePath: "/workload/",
      authenticate: () => undefined,
      cancel: () => ({ status: "Cancelled" }),
      getState: () => ({ status: "Completed" }),
    });
    expect((await call(based, JOB_URL)).status).toBe(200);
    expect((await call(based, JOB_URL.replace("/workload/", "/other/"))).status).toBe(404);
    expect((await call(based, JOB_URL.replace("/workload/", "/workload/extra/"))).status).toBe(404);
  });
});

describe("secrets", () => {
  it("no answer repeats a token, even one the workload's own code put in a message", async () => {
    const texts: string[] = [];
    const handler = createJobsHandler({
      authenticate: ({ appToken }): undefined => {
        if (appToken === APP_TOKEN) return undefined;
        throw new Error(`token ${appToken} is not trusted`);
      },
      cancel: (_ids, { request }) => {
        throw new WorkloadError(409, {
          errorCode: "JobAlreadyCompleted",
          message: `refused: ${request.headers.get("authorization")}`,
          messageParameters: [SUBJECT_TOKEN],
        });
      },
      getState: () => {
        throw new Error(APP_TOKEN);
      },
    });
    const otherToken = APP_TOKEN.replace("c2VydmVy", "b3RoZXIt");
    const requests: [string, string, Record<string, string>][] = [
      [`${JOB_URL}/cancel`, "POST", HEADERS],
      [JOB_URL, "GET", HEADERS],
      [
        JOB_URL,
        "GET",
        {
          ...HEADERS,
          authorization: `SubjectAndAppToken1.0 subjectToken="${SUBJECT_TOKEN}", appToken="${otherToken}"`,
        },
      ],
      [JOB_URL.replace(JOB, "x"), "GET", HEADERS],
      [
        JOB_URL,
        "GET",
        {
          ...HEADERS,
          authorization: `SubjectAndAppToken1.0 subjectToken="${SUBJECT_TOKEN}", appToken="${APP_TOKEN}+"`,
        },
      ],
    ];
    for (const [url, method, headers] of requests) {
      const response = await call(handler, url, { method, headers });
      expect(response.status).toBeGreaterThanOrEqual(400);
      texts.push(await response.text(), JSON.stringify([...response.headers]));
    }
    expect(texts.join("\n")).toContain("[REDACTED]");
    assertNoSecrets(undefined, [APP_TOKEN, SUBJECT_TOKEN, otherToken, AUTHORIZATION], texts);
  });
});

describe("configuration", () => {
  const one = () => 1;
  it.each<[string, Record<string, unknown>, string]>([
    [
      "no token check",
      { cancel: () => ({ status: "Cancelled" }), getState: () => ({ status: "Failed" }) },
      "no token check configured: pass entraId (Entra ID verification) or authenticate (your own)",
    ],
    [
      "a missing callback",
      { authenticate: one, cancel: () => ({ status: "Cancelled" }) },
      "getState must be a function",
    ],
    [
      "a relative basePath",
      {
        authenticate: one,
        basePath: "workload",
        cancel: () => ({ status: "Cancelled" }),
        getState: () => ({ status: "Failed" }),
      },
      'basePath must start with "/", got "workload"',
    ],
    [
      "an unknown error body form",
      {
        authenticate: one,
        errorBodies: "snake",
        cancel: () => ({ status: "Cancelled" }),
        getState: () => ({ status: "Failed" }),
      },
      'errorBodies must be "camel" or "pascal"',
    ],
  ])("%s is a ConfigurationError", (_name, options, message) => {
    let error: unknown;
    try {
      createJobsHandler(options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(message);
  });
});
