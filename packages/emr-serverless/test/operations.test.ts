import { ApiError, NotFoundError, ValidationError } from "@cancel/core";
import { createMockServer, specExamples } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { allOperations, cancelJobRun, createClient, getJobRun } from "../src/index.js";

const BASE = "https://emr-serverless.us-east-1.amazonaws.com";
const APP = "00f1r6ss7gs9ue09";
const RUN = "00f1s0tqg1gkas09";
const mock = createMockServer();
const examples = specExamples("emr-serverless");
// Auth at this stage is a plain header; SigV4 signing is tested in the auth suite.
const client = createClient({
  // One answer per call in this suite: retries are proven by the fault-injection suite.
  retry: false,
  authenticate: (request) => {
    request.headers.set("authorization", "test-auth");
    return request;
  },
});

beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

function serve(
  method: "get" | "delete",
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const respond = () =>
    body === undefined
      ? new HttpResponse(null, { status, headers })
      : HttpResponse.json(body, { status, headers });
  mock.use(http[method](`${BASE}/applications/:applicationId/jobruns/:jobRunId`, respond));
}

describe("cancelJobRun", () => {
  it("sends DELETE with encoded path and the grace period as a query parameter", async () => {
    const example = examples.cancelJobRun!.success[0]!;
    serve("delete", 200, example.value, { "x-amzn-RequestId": "req-123" });
    const result = await cancelJobRun(client, {
      applicationId: APP,
      jobRunId: RUN,
      shutdownGracePeriodInSeconds: 300,
    });
    expect(result).toEqual(example.value);
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request!.method).toBe("DELETE");
    expect(request!.url.href).toBe(
      `${BASE}/applications/${APP}/jobruns/${RUN}?shutdownGracePeriodInSeconds=300`,
    );
    expect(request!.headers.authorization).toBe("test-auth");
    expect(request!.body).toBe("");
  });

  it("omits the query parameter when no grace period is given", async () => {
    serve("delete", 200, { applicationId: APP, jobRunId: RUN });
    await cancelJobRun(client, { applicationId: APP, jobRunId: RUN });
    expect(mock.requests[0]!.url.href).toBe(`${BASE}/applications/${APP}/jobruns/${RUN}`);
  });
});

describe("getJobRun", () => {
  it("sends GET with the attempt query parameter and returns the typed job run", async () => {
    const example = examples.getJobRun!.success[0]!;
    serve("get", 200, example.value);
    const result = await getJobRun(client, { applicationId: APP, jobRunId: RUN, attempt: 2 });
    expect(result).toEqual(example.value);
    expect(result.jobRun.state).toBe((example.value as { jobRun: { state: string } }).jobRun.state);
    const [request] = mock.requests;
    expect(request!.method).toBe("GET");
    expect(request!.url.href).toBe(`${BASE}/applications/${APP}/jobruns/${RUN}?attempt=2`);
  });
});

// Every documented error example of every operation becomes a typed error carrying the vendor's
// error type (from X-Amzn-ErrorType, as restJson1 sends it), message and request id.
const errorCases = Object.entries(examples).flatMap(([operationId, op]) =>
  op.errors.map((example) => ({ operationId, method: op.method, ...example })),
);

describe.each(errorCases)(
  "$operationId answers $status ($name)",
  ({ operationId, method, status, summary, value }) => {
    it("throws a typed ApiError with the vendor's code, message and request id", async () => {
      const errorType = summary!.split(" ")[0]!;
      serve(method.toLowerCase() as "get" | "delete", Number(status), value, {
        "X-Amzn-ErrorType": `${errorType}:http://internal.amazon.com/coral/com.amazonaws.emrserverless/`,
        "x-amzn-RequestId": "req-err-1",
      });
      const operation = allOperations[operationId as keyof typeof allOperations];
      const call = operation === allOperations.cancelJobRun ? cancelJobRun : getJobRun;
      const error = await call(client, { applicationId: APP, jobRunId: RUN }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ApiError);
      const apiError = error as ApiError;
      expect(apiError.status).toBe(Number(status));
      expect(apiError.code).toBe(errorType);
      expect(apiError.vendorMessage).toBe((value as { message: string }).message);
      expect(apiError.requestId).toBe("req-err-1");
      expect(apiError.provider).toBe("emr-serverless");
      expect(apiError.operation).toBe(operationId);
      if (status === "404") expect(apiError).toBeInstanceOf(NotFoundError);
      expect(mock.requests).toHaveLength(1);
    });
  },
);

const invalidInputs: { name: string; input: Record<string, unknown>; field: string }[] = [
  { name: "missing applicationId", input: { jobRunId: RUN }, field: "applicationId" },
  { name: "missing jobRunId", input: { applicationId: APP }, field: "jobRunId" },
  {
    name: "upper-case applicationId",
    input: { applicationId: "App1", jobRunId: RUN },
    field: "applicationId",
  },
  { name: "empty jobRunId", input: { applicationId: APP, jobRunId: "" }, field: "jobRunId" },
  {
    name: "65-character jobRunId",
    input: { applicationId: APP, jobRunId: "a".repeat(65) },
    field: "jobRunId",
  },
  {
    name: "jobRunId with a slash",
    input: { applicationId: APP, jobRunId: "a/b" },
    field: "jobRunId",
  },
  { name: "jobRunId '..'", input: { applicationId: APP, jobRunId: ".." }, field: "jobRunId" },
  { name: "numeric jobRunId", input: { applicationId: APP, jobRunId: 42 }, field: "jobRunId" },
  {
    name: "grace period 5 s",
    input: { applicationId: APP, jobRunId: RUN, shutdownGracePeriodInSeconds: 5 },
    field: "shutdownGracePeriodInSeconds",
  },
  {
    name: "grace period 1801 s",
    input: { applicationId: APP, jobRunId: RUN, shutdownGracePeriodInSeconds: 1801 },
    field: "shutdownGracePeriodInSeconds",
  },
  {
    name: "fractional grace period",
    input: { applicationId: APP, jobRunId: RUN, shutdownGracePeriodInSeconds: 15.5 },
    field: "shutdownGracePeriodInSeconds",
  },
  {
    name: "unknown field",
    input: { applicationId: APP, jobRunId: RUN, jobRunID: RUN },
    field: "jobRunID",
  },
];

describe.each(invalidInputs)("cancelJobRun rejects $name", ({ input, field }) => {
  it("throws a ValidationError naming the field and sends nothing", async () => {
    const error = await cancelJobRun(client, input as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.field)).toContain(field);
    expect(mock.requests).toHaveLength(0);
  });
});

describe("getJobRun rejects invalid input", () => {
  // AttemptNumber is a Smithy integer (int32), at least 1.
  it.each([0, -1, 1.5, 2 ** 31])("attempt %s", async (attempt) => {
    const error = await getJobRun(client, { applicationId: APP, jobRunId: RUN, attempt }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(mock.requests).toHaveLength(0);
  });
});
