import {
  type ApiError,
  AuthenticationError,
  BadRequestError,
  ClientHttpError,
  ConfigurationError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  ValidationError,
  type OutgoingRequest,
} from "@cancel/core";
import { createMockServer, specExamples } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type CancelItemJobInstanceInput,
  cancelItemJobInstance,
  createClient,
  getItemJobInstanceState,
} from "../src/index.js";

// The values of the vendor's sample request (seed 004) and the spec's illustrative header values.
const BASE = "https://workload.contoso.com/workload-api-path-placeholder";
const WORKSPACE = "e5ef604d-e14f-4a59-9133-75d5a0cb9334";
const ITEM_TYPE = "Contoso.FinanceAnalytics.Forecast";
const ITEM = "b14cb7e7-d346-4751-9cfd-8c2767d53111";
const JOB_TYPE = "calculateForecast";
const JOB = "63f77191-432d-4ee6-9c5f-31a1a6987072";
const ACTIVITY = "3f0a7c2e-5b1d-4e8a-9c6f-2d7e8b9a0c14";
const REQUEST = "8b6c1d4e-2f3a-4b5c-9d8e-7f6a5b4c3d21";
const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const APP_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhcHBpZCI6IjAwMDAwMDA5In0.c2lnbmF0dXJl";
const AUTHORIZATION = `SubjectAndAppToken1.0 subjectToken="", appToken="${APP_TOKEN}"`;
// The vendor's sample request URL, verbatim.
const SAMPLE_CANCEL_URL = `${BASE}/workspaces/e5ef604d-e14f-4a59-9133-75d5a0cb9334/items/Contoso.FinanceAnalytics.Forecast/b14cb7e7-d346-4751-9cfd-8c2767d53111/jobTypes/calculateForecast/instances/63f77191-432d-4ee6-9c5f-31a1a6987072/cancel`;
const SAMPLE_STATE_URL = SAMPLE_CANCEL_URL.replace(/\/cancel$/, "");

const VALID: CancelItemJobInstanceInput = {
  workspaceId: WORKSPACE,
  itemType: ITEM_TYPE,
  itemId: ITEM,
  jobType: JOB_TYPE,
  jobInstanceId: JOB,
  activityId: ACTIVITY,
  requestId: REQUEST,
  tenantId: TENANT,
};

const mock = createMockServer();
const examples = specExamples("fabric-workload");
// Auth at this stage is a plain header; building the SubjectAndApp header is tested in the auth suite.
let authCalls = 0;
const client = createClient({
  // One answer per call in this suite: retries are proven by the fault-injection suite.
  retry: false,
  authenticate: (request) => {
    authCalls++;
    request.headers.set("Authorization", AUTHORIZATION);
    return request;
  },
});

// The base-URL tests below use the escape hatch too: without credentials createClient refuses.
const withAuthorization = (request: OutgoingRequest) => {
  request.headers.set("Authorization", AUTHORIZATION);
  return request;
};

beforeAll(() => mock.listen());
afterEach(() => {
  mock.reset();
  authCalls = 0;
});
afterAll(() => mock.close());

type OperationId = "cancelItemJobInstance" | "getItemJobInstanceState";
const operations = {
  cancelItemJobInstance,
  getItemJobInstanceState,
} as Record<OperationId, (c: typeof client, input: unknown) => Promise<unknown>>;
const methods: Record<OperationId, "POST" | "GET"> = {
  cancelItemJobInstance: "POST",
  getItemJobInstanceState: "GET",
};

/** Answers every request of `method` under `origin` (any path, so the path can be asserted exactly). */
function serve(
  operationId: OperationId,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  origin = "https://workload.contoso.com",
) {
  const respond = () =>
    body === undefined
      ? new HttpResponse(null, { status, headers })
      : HttpResponse.json(body, { status, headers });
  const url = new RegExp(`^${origin.replace(/[.]/g, "\\.")}/`);
  mock.use(methods[operationId] === "GET" ? http.get(url, respond) : http.post(url, respond));
}

const caught = (promise: Promise<unknown>) =>
  promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );

describe("spec coverage", () => {
  it("documents the two operations these tests exercise, each with examples for every status", () => {
    expect(Object.keys(examples).sort()).toEqual([
      "cancelItemJobInstance",
      "getItemJobInstanceState",
    ]);
    expect(examples.cancelItemJobInstance!.method).toBe("POST");
    expect(examples.getItemJobInstanceState!.method).toBe("GET");
    for (const op of Object.values(examples)) expect(op.statusesWithoutExamples).toEqual([]);
  });
});

describe.each([
  { operationId: "cancelItemJobInstance" as const, url: SAMPLE_CANCEL_URL },
  { operationId: "getItemJobInstanceState" as const, url: SAMPLE_STATE_URL },
])("$operationId on the wire", ({ operationId, url }) => {
  it("sends the vendor's sample request: method, encoded path, the four required headers, no body", async () => {
    serve(operationId, 200, examples[operationId]!.success[0]!.value);
    await operations[operationId](client, VALID);
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request!.method).toBe(methods[operationId]);
    expect(request!.url.href).toBe(url);
    expect(request!.headers.activityid).toBe(ACTIVITY);
    expect(request!.headers.requestid).toBe(REQUEST);
    expect(request!.headers["x-ms-client-tenant-id"]).toBe(TENANT);
    expect(request!.headers.authorization).toBe(AUTHORIZATION);
    expect(request!.headers["content-type"]).toBeUndefined();
    expect(request!.body).toBe("");
    expect(authCalls).toBe(1);
  });

  it("accepts an authorization header with a subject token too", async () => {
    const withSubject = `SubjectAndAppToken1.0 subjectToken="eyJzdWIiOiJ1c2VyIn0.e30.c2ln", appToken="${APP_TOKEN}"`;
    const userClient = createClient({
      authenticate: (request) => {
        request.headers.set("authorization", withSubject);
        return request;
      },
    });
    serve(operationId, 200, { status: "InProgress" });
    await operations[operationId](userClient, VALID);
    expect(mock.requests[0]!.headers.authorization).toBe(withSubject);
  });

  it.each([
    {
      name: "a space and a slash in itemType",
      change: { itemType: "Contoso.Finance Analytics/Forecast" },
      segment: ["Contoso.FinanceAnalytics.Forecast", "Contoso.Finance%20Analytics%2FForecast"],
    },
    {
      name: "query and fragment characters in jobType",
      change: { jobType: "calc?x=1#frag" },
      segment: ["calculateForecast", "calc%3Fx%3D1%23frag"],
    },
    {
      name: "non-ASCII in itemType",
      change: { itemType: "Contoso.Prévision" },
      segment: ["Contoso.FinanceAnalytics.Forecast", "Contoso.Pr%C3%A9vision"],
    },
    {
      name: "a percent sign in jobType",
      change: { jobType: "100%done" },
      segment: ["calculateForecast", "100%25done"],
    },
    {
      name: "dots inside a segment",
      change: { jobType: "...x" },
      segment: ["calculateForecast", "...x"],
    },
  ])("encodes $name as one path segment", async ({ change, segment }) => {
    serve(operationId, 200, { status: "InProgress" });
    await operations[operationId](client, { ...VALID, ...change });
    const [from, to] = segment as [string, string];
    expect(mock.requests[0]!.url.href).toBe(url.replace(`/${from}/`, `/${to}/`));
  });
});

describe("base URL", () => {
  it("defaults to Microsoft's placeholder workload URL", async () => {
    serve("getItemJobInstanceState", 200, { status: "InProgress" });
    await getItemJobInstanceState(client, VALID);
    expect(mock.requests[0]!.url.href.startsWith(`${BASE}/workspaces/`)).toBe(true);
  });

  it("uses server.workloadBaseUrl", async () => {
    const custom = createClient({
      server: { workloadBaseUrl: "https://forecast.example.net/fabric/v1" },
      authenticate: withAuthorization,
    });
    serve(
      "cancelItemJobInstance",
      200,
      { status: "Cancelled" },
      {},
      "https://forecast.example.net",
    );
    await cancelItemJobInstance(custom, VALID);
    expect(mock.requests[0]!.url.href).toBe(
      SAMPLE_CANCEL_URL.replace(BASE, "https://forecast.example.net/fabric/v1"),
    );
  });

  it("reaches a local sample backend over http only when opted in", async () => {
    const local = createClient({
      baseUrl: "http://localhost:5000/workload",
      allowInsecureLoopback: true,
      authenticate: withAuthorization,
    });
    serve("cancelItemJobInstance", 200, { status: "Cancelled" }, {}, "http://localhost:5000");
    await cancelItemJobInstance(local, VALID);
    expect(mock.requests[0]!.url.href).toBe(
      SAMPLE_CANCEL_URL.replace(BASE, "http://localhost:5000/workload"),
    );
    expect(() => createClient({ baseUrl: "http://localhost:5000/workload" })).toThrow(
      ConfigurationError,
    );
  });

  it.each([
    ["plain http to a remote host", "http://workload.contoso.com/api"],
    ["a query", "https://workload.contoso.com/api?x=1"],
    ["credentials", "https://user:pass@workload.contoso.com/api"],
    ["a relative URL", "/workload-api"],
  ])("refuses a workloadBaseUrl with %s before anything is sent", (_name, workloadBaseUrl) => {
    expect(() => createClient({ server: { workloadBaseUrl } })).toThrow(ConfigurationError);
    expect(mock.requests).toHaveLength(0);
  });
});

describe("success examples", () => {
  const successCases = Object.entries(examples).flatMap(([operationId, op]) =>
    op.success.map((example) => ({ operationId: operationId as OperationId, ...example })),
  );

  it("include the vendor's Cancelled sample, the reference workload's answers and the Failed-with-errorDetails example", () => {
    expect(successCases.map((c) => `${c.operationId}:${c.name}`)).toEqual([
      "cancelItemJobInstance:cancelled",
      "cancelItemJobInstance:referenceWorkload",
      "cancelItemJobInstance:alreadyCompleted",
      "getItemJobInstanceState:inProgress",
      "getItemJobInstanceState:cancelled",
      "getItemJobInstanceState:completed",
      "getItemJobInstanceState:failed",
      "getItemJobInstanceState:unknownJobInstance",
    ]);
  });

  it.each(successCases)(
    "$operationId returns the $name example as typed state",
    async ({ operationId, value }) => {
      serve(operationId, 200, value);
      const state = await operations[operationId](client, VALID);
      expect(state).toEqual(value);
    },
  );

  it("returns the vendor's cancel sample response", async () => {
    serve("cancelItemJobInstance", 200, examples.cancelItemJobInstance!.success[0]!.value);
    const state = await cancelItemJobInstance(client, VALID);
    expect(state).toEqual({
      status: "Cancelled",
      startTimeUtc: "2023-12-10T14:41:39.412Z",
      endTimeUtc: "2023-12-10T14:47:29.709Z",
    });
    expect(state.status).toBe("Cancelled");
    expect(state.errorDetails).toBeUndefined();
  });

  it("reports a failed job as 200 with status Failed and errorDetails", async () => {
    const failed = examples.getItemJobInstanceState!.success.find((e) => e.name === "failed")!;
    serve("getItemJobInstanceState", 200, failed.value);
    const state = await getItemJobInstanceState(client, VALID);
    expect(state.status).toBe("Failed");
    expect(state.endTimeUtc).toBe("2023-12-10T14:42:10.530Z");
    expect(state.errorDetails?.errorCode).toBe("ForecastInputMissing");
    expect(state.errorDetails?.source).toBe("User");
    expect(state.errorDetails?.isPermanent).toBe(true);
    expect(state.errorDetails?.messageParameters).toEqual(["sales_2023", "FinanceLake"]);
    expect(state.errorDetails?.moreDetails?.[0]?.errorCode).toBe("LakehouseTableNotFound");
    expect(state.errorDetails?.moreDetails?.[0]?.additionalParameters).toEqual([
      { name: "tableName", value: "sales_2023" },
      { name: "lakehouseName", value: "FinanceLake" },
    ]);
  });

  it("accepts a status Microsoft adds later (open enum)", async () => {
    serve("getItemJobInstanceState", 200, {
      status: "Deduped",
      startTimeUtc: "2023-12-10T14:41:39.412Z",
    });
    const state = await getItemJobInstanceState(client, VALID);
    expect(state.status).toBe("Deduped");
  });
});

// Every documented error example of both operations becomes the typed error for its status,
// with the workload's errorCode and message; `default` is served as a status no other entry covers.
const errorClasses: Record<string, typeof ApiError> = {
  "400": BadRequestError,
  "401": AuthenticationError,
  "403": PermissionDeniedError,
  "404": NotFoundError,
  "409": ConflictError,
  "429": RateLimitError,
  "500": ServerError,
};
const defaultStatuses: [number, typeof ApiError][] = [
  [418, ClientHttpError],
  [502, ServerError],
  [503, ServerError],
];
const errorCases = Object.entries(examples).flatMap(([operationId, op]) =>
  op.errors.flatMap((example) =>
    example.status === "default"
      ? defaultStatuses.map(([status, errorClass]) => ({
          operationId: operationId as OperationId,
          name: example.name,
          specStatus: example.status,
          status,
          errorClass,
          value: example.value,
        }))
      : [
          {
            operationId: operationId as OperationId,
            name: example.name,
            specStatus: example.status,
            status: Number(example.status),
            errorClass: errorClasses[example.status]!,
            value: example.value,
          },
        ],
  ),
);

/** The code and message of either error body form: the reference workload's PascalCase, or camelCase. */
function codeAndMessage(value: unknown): { code: string; message: string } {
  const body = value as Record<string, string>;
  return body.ErrorCode !== undefined
    ? { code: body.ErrorCode, message: body.Message! }
    : { code: body.errorCode!, message: body.message! };
}

describe("documented errors", () => {
  it("cover every documented status, default included; 409 only on the cancel", () => {
    const statuses = ["400", "401", "401", "403", "404", "404", "429", "500", "default"];
    expect(examples.cancelItemJobInstance!.errors.map((e) => e.status)).toEqual([
      ...statuses.slice(0, 6),
      "409",
      ...statuses.slice(6),
    ]);
    expect(examples.getItemJobInstanceState!.errors.map((e) => e.status)).toEqual(statuses);
    expect(errorCases).toHaveLength(2 * (8 + 3) + 1);
  });

  it("are the reference workload's PascalCase form, but for the tolerated camelCase variants", () => {
    const camel = examples.cancelItemJobInstance!.errors.filter(
      (e) => (e.value as Record<string, unknown>).errorCode !== undefined,
    );
    expect(camel.map((e) => e.name)).toEqual([
      "jobInstanceNotFound",
      "jobAlreadyCompleted",
      "serviceUnavailable",
    ]);
  });

  describe.each(errorCases)(
    "$operationId answers $status (spec $specStatus, $name)",
    ({ operationId, status, errorClass, value }) => {
      const body = codeAndMessage(value);

      it("throws the typed ApiError with the code, message and the echoed RequestId", async () => {
        serve(operationId, status, value, { RequestId: REQUEST });
        const error = (await caught(operations[operationId](client, VALID))) as ApiError;
        expect(error.constructor).toBe(errorClass);
        expect(error.status).toBe(status);
        expect(error.code).toBe(body.code);
        expect(error.vendorMessage).toBe(body.message);
        expect(error.requestId).toBe(REQUEST);
        expect(error.body).toEqual(value);
        expect(error.provider).toBe("fabric-workload");
        expect(error.operation).toBe(operationId);
        expect(error.attempts).toBe(1);
        expect(error.retryable).toBe([429, 500, 502, 503].includes(status));
        expect(error.message).toBe(
          `${operationId} failed: HTTP ${status} ${body.code}: ${body.message}`,
        );
        expect(mock.requests).toHaveLength(1);
      });

      it("without an echoed id, its request id is the RequestId it sent (the reference workload echoes none)", async () => {
        serve(operationId, status, value);
        const error = (await caught(operations[operationId](client, VALID))) as ApiError;
        expect(error.code).toBe(body.code);
        expect(error.requestId).toBe(REQUEST);
      });
    },
  );
});

describe("error envelope details", () => {
  const notFound = examples.cancelItemJobInstance!.errors.find(
    (e) => e.name === "jobInstanceNotFound",
  )!;

  it.each([
    ["RequestId", { RequestId: "echoed" }, "echoed"],
    ["x-ms-client-request-id", { "x-ms-client-request-id": "client-req" }, "client-req"],
    [
      "RequestId before x-ms-client-request-id",
      { "x-ms-client-request-id": "second", RequestId: "first" },
      "first",
    ],
  ])("reads the request id from %s", async (_name, headers, requestId) => {
    serve("cancelItemJobInstance", 404, notFound.value, headers);
    const error = (await caught(cancelItemJobInstance(client, VALID))) as ApiError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.requestId).toBe(requestId);
  });

  it("reads the reference workload's PascalCase envelope (ErrorCode / Message, numeric Source)", async () => {
    serve("cancelItemJobInstance", 500, {
      ErrorCode: "InternalError",
      Message: "Internal error",
      MessageParameters: null,
      Source: 0,
      IsPermanent: false,
      MoreDetails: null,
    });
    const error = (await caught(cancelItemJobInstance(client, VALID))) as ApiError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.code).toBe("InternalError");
    expect(error.vendorMessage).toBe("Internal error");
  });

  it("prefers camelCase errorCode over ErrorCode", async () => {
    serve("getItemJobInstanceState", 409, {
      errorCode: "JobAlreadyCompleted",
      ErrorCode: "Other",
      message: "done",
    });
    const error = (await caught(getItemJobInstanceState(client, VALID))) as ApiError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe("JobAlreadyCompleted");
  });

  it("keeps an error without a body as a typed error without code", async () => {
    serve("cancelItemJobInstance", 401, undefined);
    const error = (await caught(cancelItemJobInstance(client, VALID))) as ApiError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.code).toBeUndefined();
    expect(error.vendorMessage).toBeUndefined();
    expect(error.body).toBeUndefined();
  });
});

// Invalid input is refused before anything is sent: no request reaches msw, auth is never asked.
const invalidInputs: {
  name: string;
  change: Record<string, unknown>;
  omit?: string;
  fields: string[];
}[] = [
  {
    name: "non-uuid workspaceId",
    change: { workspaceId: "my-workspace" },
    fields: ["workspaceId"],
  },
  {
    name: "uuid without dashes as itemId",
    change: { itemId: "b14cb7e7d34647519cfd8c2767d53111" },
    fields: ["itemId"],
  },
  {
    name: "braced jobInstanceId",
    change: { jobInstanceId: `{${JOB}}` },
    fields: ["jobInstanceId"],
  },
  {
    name: "uuid with a path suffix",
    change: { jobInstanceId: `${JOB}/../x` },
    fields: ["jobInstanceId"],
  },
  { name: "numeric workspaceId", change: { workspaceId: 42 }, fields: ["workspaceId"] },
  { name: "empty itemType", change: { itemType: "" }, fields: ["itemType"] },
  { name: "'..' as itemType", change: { itemType: ".." }, fields: ["itemType"] },
  { name: "'.' as itemType", change: { itemType: "." }, fields: ["itemType"] },
  { name: "'..' as jobType", change: { jobType: ".." }, fields: ["jobType"] },
  { name: "'.' as jobType", change: { jobType: "." }, fields: ["jobType"] },
  { name: "numeric jobType", change: { jobType: 7 }, fields: ["jobType"] },
  { name: "missing workspaceId", change: {}, omit: "workspaceId", fields: ["workspaceId"] },
  { name: "missing itemType", change: {}, omit: "itemType", fields: ["itemType"] },
  { name: "missing jobInstanceId", change: {}, omit: "jobInstanceId", fields: ["jobInstanceId"] },
  {
    name: "missing tenantId (x-ms-client-tenant-id header)",
    change: {},
    omit: "tenantId",
    fields: ["tenantId"],
  },
  { name: "numeric tenantId", change: { tenantId: 72 }, fields: ["tenantId"] },
  {
    name: "CRLF header injection in activityId",
    change: { activityId: `${ACTIVITY}\r\nX-Injected: 1` },
    fields: ["activityId"],
  },
  {
    name: "LF in requestId",
    change: { requestId: `${REQUEST}\nX-Injected: 1` },
    fields: ["requestId"],
  },
  { name: "CR in tenantId", change: { tenantId: `${TENANT}\r` }, fields: ["tenantId"] },
  { name: "NUL in requestId", change: { requestId: "a\u0000b" }, fields: ["requestId"] },
  { name: "DEL in activityId", change: { activityId: "a\u007fb" }, fields: ["activityId"] },
  {
    name: "wire name ActivityId as a field",
    change: { ActivityId: ACTIVITY },
    fields: ["ActivityId"],
  },
  {
    name: "wire name x-ms-client-tenant-id as a field",
    change: { "x-ms-client-tenant-id": TENANT },
    fields: ["x-ms-client-tenant-id"],
  },
  {
    name: "an Authorization field",
    change: { authorization: AUTHORIZATION },
    fields: ["authorization"],
  },
  {
    name: "several problems at once",
    change: { workspaceId: "x", itemType: "..", requestId: "a\r\nb", extra: true },
    omit: "tenantId",
    fields: ["workspaceId", "itemType", "requestId", "tenantId", "extra"],
  },
];

describe.each(["cancelItemJobInstance", "getItemJobInstanceState"] as const)(
  "%s rejects invalid input",
  (operationId) => {
    it.each(invalidInputs)(
      "$name: ValidationError naming the fields, nothing sent",
      async ({ change, omit, fields }) => {
        // A handler is in place, so only the validation can stop the request.
        serve(operationId, 200, { status: "Cancelled" });
        const input: Record<string, unknown> = { ...VALID, ...change };
        if (omit) delete input[omit];
        const error = (await caught(operations[operationId](client, input))) as ValidationError;
        expect(error).toBeInstanceOf(ValidationError);
        expect(error.issues.map((i) => i.field)).toEqual(fields);
        expect(error.provider).toBe("fabric-workload");
        expect(error.operation).toBe(operationId);
        expect(error.attempts).toBe(0);
        expect(mock.requests).toHaveLength(0);
        expect(authCalls).toBe(0);
      },
    );

    it.each([undefined, null, "x", [VALID]])(
      "input %j: ValidationError on (input), nothing sent",
      async (input) => {
        const error = (await caught(operations[operationId](client, input))) as ValidationError;
        expect(error).toBeInstanceOf(ValidationError);
        expect(error.issues.map((i) => i.field)).toEqual(["(input)"]);
        expect(mock.requests).toHaveLength(0);
      },
    );
  },
);

describe("ActivityId and RequestId left out", () => {
  // Every client of createClient fills them (inputDefaults); the tenant only with tenantId.
  it.each(["cancelItemJobInstance", "getItemJobInstanceState"] as const)(
    "%s: a missing or null activityId / requestId is sent as a fresh UUID",
    async (operationId) => {
      serve(operationId, 200, { status: "Cancelled" });
      const { activityId: _a, requestId: _r, ...rest } = VALID;
      await operations[operationId](client, rest);
      await operations[operationId](client, { ...rest, activityId: null, requestId: null });
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
      const ids = mock.requests.flatMap((r) => [r.headers.activityid, r.headers.requestid]);
      for (const id of ids) expect(id).toMatch(uuid);
      expect(new Set(ids).size).toBe(4);
    },
  );
});

describe("header values outside Latin-1", () => {
  // The spec puts no charset on these headers and core does not check it, so the refusal comes
  // from the Fetch Headers class (a TypeError), not from a ValidationError; nothing is sent either way.
  it.each(["cancelItemJobInstance", "getItemJobInstanceState"] as const)(
    "%s refuses a non-Latin-1 ActivityId before sending",
    async (operationId) => {
      serve(operationId, 200, { status: "Cancelled" });
      const error = await caught(operations[operationId](client, { ...VALID, activityId: "活动" }));
      expect(error).toBeInstanceOf(Error);
      expect(mock.requests).toHaveLength(0);
      expect(authCalls).toBe(0);
    },
  );
});

describe("validation messages", () => {
  it("explains header injection and the path-segment rule", async () => {
    const error = (await caught(
      cancelItemJobInstance(client, { ...VALID, activityId: "a\r\nb", jobType: ".." }),
    )) as ValidationError;
    expect(error.issues).toEqual([
      { field: "jobType", message: 'must not be ".." in a URL path' },
      { field: "activityId", message: "must not contain control characters (CR, LF, NUL, …)" },
    ]);
  });

  it("explains a non-uuid id", async () => {
    const error = (await caught(
      getItemJobInstanceState(client, { ...VALID, workspaceId: "my-workspace" }),
    )) as ValidationError;
    expect(error.issues).toEqual([
      { field: "workspaceId", message: 'must be a UUID, got "my-workspace"' },
    ]);
  });
});
