import {
  type ApiError,
  AuthenticationError,
  BadRequestError,
  type CancelSdkError,
  ConfigurationError,
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
  cancelAllRuns,
  cancelRun,
  createClient,
  getRun,
  type ListRunsOutput,
  listRuns,
  servers,
} from "../src/index.js";

const HOST = "dbc-a1b2345c-d6e7.cloud.databricks.com";
const BASE = `https://${HOST}/api/2.2`;
const RUN = 455644833;
const JOB = 11223344;
const TOKEN = "dapi0123456789abcdef0123456789abcdef";
const mock = createMockServer();
const examples = specExamples("databricks");

// Auth at this stage is a plain header; the Databricks auth adapter is tested in its own suite.
const authCalls: {
  provider: string;
  operation: string | undefined;
  attempt: number;
  body: string | undefined;
}[] = [];
const client = createClient({
  // One answer per call in this suite: retries are proven by the fault-injection suite.
  retry: false,
  authenticate: (request, context) => {
    authCalls.push({
      provider: context.provider,
      operation: context.operation,
      attempt: context.attempt,
      body: context.body === undefined ? undefined : new TextDecoder().decode(context.body),
    });
    request.headers.set("authorization", `Bearer ${TOKEN}`);
    return request;
  },
});

// The base-URL tests below use the escape hatch too: without credentials createClient refuses.
const bearer = (request: OutgoingRequest) => {
  request.headers.set("authorization", `Bearer ${TOKEN}`);
  return request;
};

beforeAll(() => mock.listen());
afterEach(() => {
  mock.reset();
  authCalls.length = 0;
});
afterAll(() => mock.close());

type Method = "GET" | "POST";
const paths = {
  cancelRun: "/jobs/runs/cancel",
  cancelAllRuns: "/jobs/runs/cancel-all",
  getRun: "/jobs/runs/get",
  listRuns: "/jobs/runs/list",
} as const;
type OperationId = keyof typeof paths;
const methods: Record<OperationId, Method> = {
  cancelRun: "POST",
  cancelAllRuns: "POST",
  getRun: "GET",
  listRuns: "GET",
};

function serve(
  operationId: OperationId,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  base = BASE,
) {
  const respond = () =>
    body === undefined
      ? new HttpResponse(null, { status, headers })
      : typeof body === "string"
        ? new HttpResponse(body, { status, headers })
        : HttpResponse.json(body, { status, headers });
  const url = `${base}${paths[operationId]}`;
  mock.use(methods[operationId] === "GET" ? http.get(url, respond) : http.post(url, respond));
}

/** Calls an operation with a valid input. */
function callValid(operationId: OperationId, c = client) {
  switch (operationId) {
    case "cancelRun":
      return cancelRun(c, { runId: RUN });
    case "cancelAllRuns":
      return cancelAllRuns(c, { jobId: JOB });
    case "getRun":
      return getRun(c, { runId: RUN });
    case "listRuns":
      return listRuns(c, { jobId: JOB });
  }
}

const caught = (promise: Promise<unknown>) =>
  promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );

describe("spec coverage", () => {
  it("documents exactly the four operations these tests exercise", () => {
    expect(Object.keys(examples).sort()).toEqual([
      "cancelAllRuns",
      "cancelRun",
      "getRun",
      "listRuns",
    ]);
    for (const [id, op] of Object.entries(examples)) {
      expect(op.method).toBe(methods[id as OperationId]);
      expect(op.path).toBe(paths[id as OperationId]);
      expect(op.statusesWithoutExamples).toEqual([]);
    }
  });
});

describe("base URL", () => {
  it("defaults to the spec's server: https://{host}/api/2.2", async () => {
    expect(servers[0]!.url).toBe("https://{host}/api/{apiVersion}");
    serve("cancelRun", 200, {});
    await cancelRun(client, { runId: RUN });
    expect(mock.requests.map((r) => r.url.href)).toEqual([`${BASE}/jobs/runs/cancel`]);
  });

  it("sends to /api/2.1/... (the seed's path) with server.apiVersion 2.1", async () => {
    const v21 = createClient({ server: { apiVersion: "2.1" }, authenticate: bearer });
    serve("cancelRun", 200, {}, {}, `https://${HOST}/api/2.1`);
    await cancelRun(v21, { runId: RUN });
    expect(mock.requests.map((r) => r.url.href)).toEqual([
      `https://${HOST}/api/2.1/jobs/runs/cancel`,
    ]);
    expect(mock.requests[0]!.body).toBe(`{"run_id":${RUN}}`);
  });

  it("uses server.host for the workspace", async () => {
    const azure = createClient({
      server: { host: "adb-1234567890123456.7.azuredatabricks.net", apiVersion: "2.1" },
      authenticate: bearer,
    });
    serve("getRun", 200, {}, {}, "https://adb-1234567890123456.7.azuredatabricks.net/api/2.1");
    await getRun(azure, { runId: RUN });
    expect(mock.requests[0]!.url.href).toBe(
      `https://adb-1234567890123456.7.azuredatabricks.net/api/2.1/jobs/runs/get?run_id=${RUN}`,
    );
  });

  it("uses an explicit baseUrl as given (trailing slash dropped)", async () => {
    const custom = createClient({
      baseUrl: "https://dbc-other.cloud.databricks.com/api/2.2/",
      authenticate: bearer,
    });
    serve("cancelRun", 200, {}, {}, "https://dbc-other.cloud.databricks.com/api/2.2");
    await cancelRun(custom, { runId: RUN });
    expect(mock.requests[0]!.url.href).toBe(
      "https://dbc-other.cloud.databricks.com/api/2.2/jobs/runs/cancel",
    );
  });

  it.each([
    [
      "apiVersion outside the enum",
      { apiVersion: "2.0" },
      /apiVersion must be one of 2\.2, 2\.1, got "2\.0"/,
    ],
    ["apiVersion 2.3", { apiVersion: "2.3" }, /apiVersion must be one of 2\.2, 2\.1/],
    ["empty apiVersion", { apiVersion: "" }, /apiVersion must be one of/],
    ["host with a path", { host: "evil.example.com/x" }, /host has characters/],
    ["host with userinfo", { host: "user@evil.example.com" }, /host has characters/],
    ["host with a query", { host: "evil.example.com?x=1" }, /host has characters/],
    ["unknown server variable", { region: "us-east-1" }, /unknown server variable region/],
  ])("refuses %s with a ConfigurationError before anything is sent", (_name, server, message) => {
    expect(() => createClient({ server: server as never })).toThrow(ConfigurationError);
    expect(() => createClient({ server: server as never })).toThrow(message);
    expect(mock.requests).toHaveLength(0);
  });

  it("refuses a plain-http base URL", () => {
    expect(() => createClient({ baseUrl: `http://${HOST}/api/2.2` })).toThrow(ConfigurationError);
  });
});

describe("cancelRun", () => {
  it('POSTs {"run_id": n} as JSON and returns the empty object', async () => {
    const example = examples.cancelRun!.success[0]!;
    expect(example.value).toEqual({});
    serve("cancelRun", 200, example.value, { "x-request-id": "req-ok-1" });
    const result = await cancelRun(client, { runId: RUN });
    expect(result).toEqual({});
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request!.method).toBe("POST");
    expect(request!.url.href).toBe(`${BASE}/jobs/runs/cancel`);
    expect(request!.url.search).toBe("");
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(request!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request!.body).toBe('{"run_id":455644833}');
    expect(authCalls).toEqual([
      { provider: "databricks", operation: "cancelRun", attempt: 1, body: '{"run_id":455644833}' },
    ]);
  });

  it.each([
    [1, '{"run_id":1}'],
    [2 ** 53 - 1, '{"run_id":9007199254740991}'],
  ])("sends run_id %s unchanged", async (runId, body) => {
    serve("cancelRun", 200, {});
    await cancelRun(client, { runId });
    expect(mock.requests[0]!.body).toBe(body);
  });

  it("accepts an empty 200 body (no content) as success", async () => {
    serve("cancelRun", 200, undefined);
    // The spec's success body is an object with no required members, so an empty body is `{}`.
    await expect(cancelRun(client, { runId: RUN })).resolves.toEqual({});
    expect(mock.requests).toHaveLength(1);
  });
});

describe("cancelAllRuns", () => {
  it.each([
    { name: "by job", input: { jobId: JOB }, body: '{"job_id":11223344}' },
    {
      name: "by job, queued runs too",
      input: { jobId: JOB, allQueuedRuns: true },
      body: '{"job_id":11223344,"all_queued_runs":true}',
    },
    {
      name: "all queued runs of the workspace",
      input: { allQueuedRuns: true },
      body: '{"all_queued_runs":true}',
    },
    {
      name: "all_queued_runs false",
      input: { jobId: JOB, allQueuedRuns: false },
      body: '{"job_id":11223344,"all_queued_runs":false}',
    },
    { name: "neither field", input: {}, body: "{}" },
    { name: "no input at all", input: undefined, body: "{}" },
  ])("$name: sends $body", async ({ input, body }) => {
    const example = examples.cancelAllRuns!.success[0]!;
    serve("cancelAllRuns", 200, example.value);
    const result = await cancelAllRuns(client, input);
    expect(result).toEqual({});
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request!.method).toBe("POST");
    expect(request!.url.href).toBe(`${BASE}/jobs/runs/cancel-all`);
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(request!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request!.body).toBe(body);
  });
});

describe("getRun", () => {
  it.each(examples.getRun!.success.map((e) => [e.name, e] as const))(
    "returns the typed run of the %s example",
    async (_name, example) => {
      serve("getRun", 200, example.value);
      const run = await getRun(client, { runId: RUN });
      expect(run).toEqual(example.value);
      const expected = example.value as {
        state: { life_cycle_state: string };
        status: { state: string };
      };
      expect(run.state?.life_cycle_state).toBe(expected.state.life_cycle_state);
      expect(run.status?.state).toBe(expected.status.state);
    },
  );

  it("reads a user-cancelled terminal run", async () => {
    serve("getRun", 200, examples.getRun!.success.find((e) => e.name === "canceled")!.value);
    const run = await getRun(client, { runId: RUN });
    expect(run.state?.result_state).toBe("CANCELED");
    expect(run.status?.termination_details?.code).toBe("USER_CANCELED");
    expect(run.tasks?.[0]?.task_key).toBe("Orders_Ingest");
  });

  it("accepts a life-cycle state added by Databricks later (open enum)", async () => {
    serve("getRun", 200, { run_id: RUN, state: { life_cycle_state: "SOME_FUTURE_STATE" } });
    const run = await getRun(client, { runId: RUN });
    expect(run.state?.life_cycle_state).toBe("SOME_FUTURE_STATE");
  });

  it.each([
    { name: "run_id only", input: { runId: RUN }, search: "?run_id=455644833" },
    {
      name: "every query parameter",
      input: {
        runId: RUN,
        includeHistory: true,
        includeResolvedValues: false,
        pageToken: "CAEomPuciYcxMKbM9JvMlwU=",
      },
      search:
        "?run_id=455644833&include_history=true&include_resolved_values=false&page_token=CAEomPuciYcxMKbM9JvMlwU%3D",
    },
    {
      name: "a page token that needs encoding",
      input: { runId: RUN, pageToken: "a b&c/d?e" },
      search: "?run_id=455644833&page_token=a%20b%26c%2Fd%3Fe",
    },
    {
      name: "the largest safe run id",
      input: { runId: 2 ** 53 - 1 },
      search: "?run_id=9007199254740991",
    },
  ])("sends GET with $name as query", async ({ input, search }) => {
    serve("getRun", 200, examples.getRun!.success[0]!.value);
    await getRun(client, input);
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request!.method).toBe("GET");
    expect(request!.url.href).toBe(`${BASE}/jobs/runs/get${search}`);
    expect(request!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request!.body).toBe("");
  });
});

describe("listRuns", () => {
  it.each(examples.listRuns!.success.map((e) => [e.name, e] as const))(
    "returns the typed page of the %s example",
    async (_name, example) => {
      serve("listRuns", 200, example.value);
      const page = await listRuns(client, { jobId: JOB });
      expect(page).toEqual(example.value);
    },
  );

  it("reads the runs, their states and the next page's token from the first page", async () => {
    serve("listRuns", 200, examples.listRuns!.success.find((e) => e.name === "firstPage")!.value);
    const page: ListRunsOutput = await listRuns(client);
    expect(page.runs?.map((run) => [run.run_id, run.status?.state, run.start_time])).toEqual([
      [455644834, "RUNNING", 1625060863413],
      [455644833, "TERMINATED", 1625060460483],
    ]);
    expect(page.runs?.[1]?.state?.result_state).toBe("CANCELED");
    expect(page.has_more).toBe(true);
    expect(page.next_page_token).toBe("CAEomPuciYcxMKbM9JvMlwU=");
  });

  it("reads an answer without runs (`runs` is left out) as a page with none", async () => {
    serve("listRuns", 200, examples.listRuns!.success.find((e) => e.name === "noRuns")!.value);
    const page = await listRuns(client, { activeOnly: true });
    expect(page.runs).toBeUndefined();
    expect(page.has_more).toBe(false);
  });

  it.each([
    { name: "no input", input: undefined, search: "" },
    { name: "an empty input", input: {}, search: "" },
    { name: "a job", input: { jobId: JOB }, search: "?job_id=11223344" },
    {
      name: "every filter, in the spec's order",
      input: {
        startTimeTo: 1642608000000,
        startTimeFrom: 1642521600000,
        expandTasks: false,
        runType: "JOB_RUN" as const,
        limit: 25,
        completedOnly: false,
        activeOnly: true,
        jobId: JOB,
      },
      search:
        "?job_id=11223344&active_only=true&completed_only=false&limit=25&run_type=JOB_RUN&expand_tasks=false&start_time_from=1642521600000&start_time_to=1642608000000",
    },
    {
      name: "the next page's token, encoded",
      input: { limit: 2, pageToken: "CAEomPuciYcxMKbM9JvMlwU=" },
      search: "?limit=2&page_token=CAEomPuciYcxMKbM9JvMlwU%3D",
    },
    { name: "limit 0 (the service's maximum)", input: { limit: 0 }, search: "?limit=0" },
    { name: "the deprecated offset", input: { offset: 40 }, search: "?offset=40" },
  ])("sends GET with $name as query", async ({ input, search }) => {
    serve("listRuns", 200, { has_more: false });
    await listRuns(client, input);
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request!.method).toBe("GET");
    expect(request!.url.href).toBe(`${BASE}/jobs/runs/list${search}`);
    expect(request!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request!.body).toBe("");
  });

  it("pages with next_page_token as page_token, keeping the filters, until has_more is false", async () => {
    const [first, last] = ["firstPage", "lastPage"].map(
      (name) => examples.listRuns!.success.find((e) => e.name === name)!.value,
    );
    mock.use(
      http.get(`${BASE}/jobs/runs/list`, ({ request }) =>
        HttpResponse.json(
          (new URL(request.url).searchParams.has("page_token") ? last : first) as object,
        ),
      ),
    );
    const filters = { jobId: JOB, activeOnly: true, limit: 2 };
    const runIds: number[] = [];
    let pageToken: string | undefined;
    do {
      const page = await listRuns(client, { ...filters, ...(pageToken ? { pageToken } : {}) });
      runIds.push(...(page.runs ?? []).map((run) => run.run_id!));
      pageToken = page.has_more ? page.next_page_token : undefined;
    } while (pageToken);
    expect(runIds).toEqual([455644834, 455644833, 455644832]);
    expect(mock.requests.map((r) => r.url.search)).toEqual([
      "?job_id=11223344&active_only=true&limit=2",
      "?job_id=11223344&active_only=true&limit=2&page_token=CAEomPuciYcxMKbM9JvMlwU%3D",
    ]);
  });
});

// Every documented error example of every operation becomes the typed error for its status,
// carrying the vendor's error_code, message and request id.
const errorClasses: Record<string, typeof ApiError> = {
  "400": BadRequestError,
  "401": AuthenticationError,
  "403": PermissionDeniedError,
  "404": NotFoundError,
  "429": RateLimitError,
  "500": ServerError,
  "503": ServerError,
};
const errorCases = Object.entries(examples).flatMap(([operationId, op]) =>
  op.errors.map((example) => ({ operationId: operationId as OperationId, ...example })),
);

type ErrorBody = {
  error_code?: string | number;
  message?: string;
  error?: string;
  details?: { request_id?: string }[];
};

describe("documented errors", () => {
  it("cover 15 examples per operation, the legacy forms among them", () => {
    expect(errorCases).toHaveLength(60);
    expect(new Set(errorCases.map((c) => c.status))).toEqual(new Set(Object.keys(errorClasses)));
    const names = (status: string) =>
      errorCases
        .filter((c) => c.operationId === "cancelRun" && c.status === status)
        .map((c) => c.name);
    expect(names("400")).toEqual(expect.arrayContaining(["legacyIntegerCode", "legacyApi12"]));
    expect(names("404")).toEqual(
      expect.arrayContaining(["errorsPageExample", "legacyIntegerCode"]),
    );
  });

  describe.each(errorCases)(
    "$operationId answers $status ($name)",
    ({ operationId, status, value }) => {
      const body = value as ErrorBody;
      const bodyRequestId = body.details?.find((d) => d.request_id)?.request_id;
      // A legacy integer error_code (the HTTP status) is no code; the API 1.2 body has only `error`.
      const code = typeof body.error_code === "string" ? body.error_code : undefined;
      const vendorMessage = body.message ?? body.error;

      it("throws the typed ApiError with error_code, message and the x-request-id header", async () => {
        serve(operationId, Number(status), value, { "x-request-id": "req-header-7" });
        const error = (await caught(callValid(operationId))) as ApiError;
        expect(error.constructor).toBe(errorClasses[status]);
        expect(error.name).toBe(errorClasses[status]!.name);
        expect(error.status).toBe(Number(status));
        expect(error.code).toBe(code);
        expect(error.vendorMessage).toBe(vendorMessage);
        expect(error.requestId).toBe("req-header-7");
        expect(error.body).toEqual(value);
        expect(error.provider).toBe("databricks");
        expect(error.operation).toBe(operationId);
        expect(error.attempts).toBe(1);
        expect(error.retryable).toBe(["429", "500", "503"].includes(status));
        expect(error.message).toBe(
          `${operationId} failed: HTTP ${status}${code ? ` ${code}` : ""}: ${vendorMessage}`,
        );
        expect(mock.requests).toHaveLength(1);
      });

      it(`takes the request id from the body's RequestInfo detail without the header (${bodyRequestId ?? "none"})`, async () => {
        serve(operationId, Number(status), value);
        const error = (await caught(callValid(operationId))) as ApiError;
        expect(error.constructor).toBe(errorClasses[status]);
        expect(error.code).toBe(code);
        expect(error.requestId).toBe(bodyRequestId);
      });
    },
  );
});

describe("error envelope details", () => {
  const withRequestInfo = examples.getRun!.errors.find((e) => e.name === "withRequestInfo")!;

  it("has a documented example whose request id is only in the body", () => {
    expect(withRequestInfo.status).toBe("400");
    expect((withRequestInfo.value as ErrorBody).details![0]!.request_id).toBe(
      "3f8a4c2e-5b1d-4e6f-9a7c-2d0b1e8f6a53",
    );
  });

  it("prefers the x-request-id header over the body's RequestInfo", async () => {
    serve("getRun", 400, withRequestInfo.value, { "x-request-id": "from-header" });
    const error = (await caught(getRun(client, { runId: 123 }))) as ApiError;
    expect(error.requestId).toBe("from-header");
  });

  it("reads the body's request id when the header is present but empty", async () => {
    serve("getRun", 400, withRequestInfo.value, { "x-request-id": "" });
    const error = (await caught(getRun(client, { runId: 123 }))) as ApiError;
    expect(error.requestId).toBe("3f8a4c2e-5b1d-4e6f-9a7c-2d0b1e8f6a53");
  });

  it("reports a missing run as 400 INVALID_PARAMETER_VALUE (BadRequestError, not NotFoundError)", async () => {
    const example = examples.getRun!.errors.find((e) => e.name === "runDoesNotExist")!;
    serve("getRun", 400, example.value, { "x-request-id": "req-missing" });
    const error = (await caught(getRun(client, { runId: 123 }))) as ApiError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(error.code).toBe("INVALID_PARAMETER_VALUE");
    expect(error.vendorMessage).toBe("Run 123 does not exist.");
    expect(mock.requests[0]!.url.href).toBe(`${BASE}/jobs/runs/get?run_id=123`);
  });

  it("falls back to the API 1.2 `error` field for the message", async () => {
    serve("cancelRun", 400, { error: "Run 123 is not cancellable." });
    const error = (await caught(cancelRun(client, { runId: 123 }))) as ApiError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.code).toBeUndefined();
    expect(error.vendorMessage).toBe("Run 123 is not cancellable.");
  });

  it("treats a non-string error_code (legacy HTTP status) as absent", async () => {
    serve("cancelRun", 404, { error_code: 404, message: "Not found" });
    const error = (await caught(cancelRun(client, { runId: RUN }))) as ApiError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBeUndefined();
    expect(error.vendorMessage).toBe("Not found");
  });

  it("keeps a snippet of a non-JSON error body (e.g. a proxy's HTML page)", async () => {
    serve("cancelRun", 502, "<html><body>Bad Gateway</body></html>", {
      "content-type": "text/html",
    });
    const error = (await caught(cancelRun(client, { runId: RUN }))) as ApiError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.status).toBe(502);
    expect(error.code).toBeUndefined();
    expect(error.body).toBeUndefined();
    expect(error.snippet).toBe("<html><body>Bad Gateway</body></html>");
  });
});

// Invalid input is refused before anything is sent: no request reaches msw, auth is never asked.
const invalidInputs: {
  operationId: OperationId;
  name: string;
  input: unknown;
  fields: string[];
}[] = [
  { operationId: "cancelRun", name: "missing run_id", input: {}, fields: ["runId"] },
  { operationId: "cancelRun", name: "no input", input: undefined, fields: ["(input)"] },
  { operationId: "cancelRun", name: "null input", input: null, fields: ["(input)"] },
  { operationId: "cancelRun", name: "array input", input: [RUN], fields: ["(input)"] },
  { operationId: "cancelRun", name: "null runId", input: { runId: null }, fields: ["runId"] },
  { operationId: "cancelRun", name: "non-integer runId", input: { runId: 1.5 }, fields: ["runId"] },
  {
    operationId: "cancelRun",
    name: "unsafe integer 2**53",
    input: { runId: 2 ** 53 },
    fields: ["runId"],
  },
  {
    operationId: "cancelRun",
    name: "unsafe negative integer",
    input: { runId: -(2 ** 53) },
    fields: ["runId"],
  },
  { operationId: "cancelRun", name: "NaN runId", input: { runId: Number.NaN }, fields: ["runId"] },
  {
    operationId: "cancelRun",
    name: "Infinity runId",
    input: { runId: Number.POSITIVE_INFINITY },
    fields: ["runId"],
  },
  {
    operationId: "cancelRun",
    name: "string runId",
    input: { runId: "455644833" },
    fields: ["runId"],
  },
  {
    operationId: "cancelRun",
    name: "bigint runId",
    input: { runId: 455644833n },
    fields: ["runId"],
  },
  {
    operationId: "cancelRun",
    name: "wire name run_id instead of runId",
    input: { run_id: RUN },
    fields: ["runId", "run_id"],
  },
  {
    operationId: "cancelRun",
    name: "unknown field",
    input: { runId: RUN, jobId: JOB },
    fields: ["jobId"],
  },
  { operationId: "cancelAllRuns", name: "null input", input: null, fields: ["(input)"] },
  {
    operationId: "cancelAllRuns",
    name: "string jobId",
    input: { jobId: "11223344" },
    fields: ["jobId"],
  },
  {
    operationId: "cancelAllRuns",
    name: "non-integer jobId",
    input: { jobId: 1.25 },
    fields: ["jobId"],
  },
  {
    operationId: "cancelAllRuns",
    name: "unsafe jobId",
    input: { jobId: 2 ** 53 },
    fields: ["jobId"],
  },
  {
    operationId: "cancelAllRuns",
    name: "string boolean",
    input: { allQueuedRuns: "true" },
    fields: ["allQueuedRuns"],
  },
  {
    operationId: "cancelAllRuns",
    name: "numeric boolean",
    input: { jobId: JOB, allQueuedRuns: 1 },
    fields: ["allQueuedRuns"],
  },
  {
    operationId: "cancelAllRuns",
    name: "wire name all_queued_runs",
    input: { all_queued_runs: true },
    fields: ["all_queued_runs"],
  },
  {
    operationId: "cancelAllRuns",
    name: "unknown field runId",
    input: { runId: RUN },
    fields: ["runId"],
  },
  {
    operationId: "getRun",
    name: "missing run_id",
    input: { includeHistory: true },
    fields: ["runId"],
  },
  { operationId: "getRun", name: "string runId", input: { runId: "455644833" }, fields: ["runId"] },
  {
    operationId: "getRun",
    name: "unsafe integer 2**53",
    input: { runId: 2 ** 53 },
    fields: ["runId"],
  },
  {
    operationId: "getRun",
    name: "non-integer runId",
    input: { runId: 455644833.5 },
    fields: ["runId"],
  },
  {
    operationId: "getRun",
    name: "string includeHistory",
    input: { runId: RUN, includeHistory: "true" },
    fields: ["includeHistory"],
  },
  {
    operationId: "getRun",
    name: "numeric includeResolvedValues",
    input: { runId: RUN, includeResolvedValues: 0 },
    fields: ["includeResolvedValues"],
  },
  {
    operationId: "getRun",
    name: "numeric pageToken",
    input: { runId: RUN, pageToken: 2 },
    fields: ["pageToken"],
  },
  {
    operationId: "getRun",
    name: "wire name include_history",
    input: { runId: RUN, include_history: true },
    fields: ["include_history"],
  },
  { operationId: "listRuns", name: "null input", input: null, fields: ["(input)"] },
  { operationId: "listRuns", name: "limit above 25", input: { limit: 26 }, fields: ["limit"] },
  { operationId: "listRuns", name: "negative limit", input: { limit: -1 }, fields: ["limit"] },
  {
    operationId: "listRuns",
    name: "non-integer limit",
    input: { limit: 2.5 },
    fields: ["limit"],
  },
  { operationId: "listRuns", name: "string limit", input: { limit: "25" }, fields: ["limit"] },
  {
    operationId: "listRuns",
    name: "negative offset",
    input: { offset: -1 },
    fields: ["offset"],
  },
  {
    operationId: "listRuns",
    name: "empty pageToken",
    input: { pageToken: "" },
    fields: ["pageToken"],
  },
  {
    operationId: "listRuns",
    name: "numeric pageToken",
    input: { pageToken: 2 },
    fields: ["pageToken"],
  },
  {
    operationId: "listRuns",
    name: "unknown runType",
    input: { runType: "TASK_RUN" },
    fields: ["runType"],
  },
  {
    operationId: "listRuns",
    name: "string activeOnly",
    input: { activeOnly: "true" },
    fields: ["activeOnly"],
  },
  {
    operationId: "listRuns",
    name: "date string startTimeFrom",
    input: { startTimeFrom: "2022-01-18T16:00:00Z" },
    fields: ["startTimeFrom"],
  },
  {
    operationId: "listRuns",
    name: "unsafe startTimeTo",
    input: { startTimeTo: 2 ** 53 },
    fields: ["startTimeTo"],
  },
  {
    operationId: "listRuns",
    name: "unsafe jobId",
    input: { jobId: 2 ** 53 },
    fields: ["jobId"],
  },
  {
    operationId: "listRuns",
    name: "wire name page_token",
    input: { page_token: "CAEomPuciYcxMKbM9JvMlwU=" },
    fields: ["page_token"],
  },
  {
    operationId: "getRun",
    name: "several problems at once",
    input: { runId: "x", includeHistory: "yes", extra: 1 },
    fields: ["runId", "includeHistory", "extra"],
  },
];

const operations = { cancelRun, cancelAllRuns, getRun, listRuns } as Record<
  OperationId,
  (c: typeof client, input: unknown) => Promise<unknown>
>;

describe.each(invalidInputs)("$operationId rejects $name", ({ operationId, input, fields }) => {
  it("throws a ValidationError naming the fields and sends nothing", async () => {
    // A handler is in place, so only the validation can stop the request.
    serve(operationId, 200, {});
    const error = (await caught(operations[operationId](client, input))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.field)).toEqual(fields);
    expect(error.provider).toBe("databricks");
    expect(error.operation).toBe(operationId);
    expect((error as CancelSdkError).attempts).toBe(0);
    expect(mock.requests).toHaveLength(0);
    expect(authCalls).toHaveLength(0);
  });
});

describe("validation messages", () => {
  it("explains an unsafe integer", async () => {
    const error = (await caught(cancelRun(client, { runId: 2 ** 53 }))) as ValidationError;
    expect(error.issues).toEqual([
      {
        field: "runId",
        message: "must be a safe integer (at most 2^53-1 in magnitude), got 9007199254740992",
      },
    ]);
    expect(error.message).toBe(
      "cancelRun: invalid input: runId must be a safe integer (at most 2^53-1 in magnitude), got 9007199254740992",
    );
  });

  it("lists the known fields for an unknown one", async () => {
    const error = (await caught(
      getRun(client, { runId: RUN, foo: 1 } as never),
    )) as ValidationError;
    expect(error.issues).toEqual([
      {
        field: "foo",
        message:
          "is not a known field (expected: runId, includeHistory, includeResolvedValues, pageToken, workspaceId)",
      },
    ]);
  });
});
