// Runs the committed fixture output (test/__snapshots__/fixture) against msw: every constraint
// keyword the generator supports is enforced before sending, every location reaches the wire,
// and the spec's x-cancel-errors drive the typed error.
import {
  type ApiError,
  ConfigurationError,
  NotFoundError,
  ServerError,
  ValidationError,
} from "@cancel/core";
import { createMockServer } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type CancelJobInput,
  cancelJob,
  createFixtureBaseClient,
  getJob,
  serverUrl,
} from "./__snapshots__/fixture/index.gen.js";

const BASE = "https://acme.fixture.example/api/v2";
const JOB = "63f77191-432d-4ee6-9c5f-31a1a6987072";
const mock = createMockServer();
const client = createFixtureBaseClient({ baseUrl: serverUrl() });
const valid: CancelJobInput = {
  projectId: "p1",
  jobId: JOB,
  xTraceId: "trace-1",
  runId: 455644833,
};

beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

describe("server URLs", () => {
  it("fills defaults and checks enums and host characters", () => {
    expect(serverUrl()).toBe(BASE);
    expect(serverUrl({ tenant: "other", version: "v1" })).toBe(
      "https://other.fixture.example/api/v1",
    );
    expect(() => serverUrl({ version: "v3" } as never)).toThrow(ConfigurationError);
    expect(() => serverUrl({ tenant: "evil.example/x" })).toThrow(ConfigurationError);
    expect(() => serverUrl({ tenant: "a@b" })).toThrow(ConfigurationError);
    expect(() => serverUrl({ nope: "x" } as never)).toThrow(/unknown server variable nope/);
    expect(serverUrl({ baseUrl: "https://w.example/base" }, 1)).toBe("https://w.example/base");
  });
});

describe("cancelJob", () => {
  it("puts every field in its place on the wire", async () => {
    mock.use(
      http.post(`${BASE}/projects/:project/jobs/:job`, () =>
        HttpResponse.json({ state: "Cancelled" }),
      ),
    );
    const result = await cancelJob(client, {
      ...valid,
      projectId: "Proj9",
      mode: "graceful",
      grace: 0,
      ratio: 0.5,
      tags: ["a", "b"],
      since: "2024-01-02T03:04:05Z",
      tenantId: "tenant-1",
      oldFlag: true,
      attempt: 2,
      dryRun: false,
      cancelReason: "user asked",
    });
    expect(result).toEqual({ state: "Cancelled" });
    const [request] = mock.requests;
    expect(request!.method).toBe("POST");
    expect(request!.url.pathname).toBe(`/api/v2/projects/Proj9/jobs/${JOB}`);
    expect(request!.url.search).toBe(
      "?mode=graceful&grace=0&ratio=0.5&tags=a&tags=b&since=2024-01-02T03%3A04%3A05Z&old_flag=true",
    );
    expect(request!.headers["x-trace-id"]).toBe("trace-1");
    expect(request!.headers["x-ms-client-tenant-id"]).toBe("tenant-1");
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request!.body)).toEqual({
      run_id: 455644833,
      attempt: 2,
      dry_run: false,
      reason: "user asked",
    });
  });

  it("leaves optional fields out entirely", async () => {
    mock.use(
      http.post(
        `${BASE}/projects/:project/jobs/:job`,
        () => new HttpResponse(null, { status: 204 }),
      ),
    );
    expect(await cancelJob(client, valid)).toBeUndefined();
    const [request] = mock.requests;
    expect(request!.url.search).toBe("");
    expect(request!.headers["x-ms-client-tenant-id"]).toBeUndefined();
    expect(request!.body).toBe('{"run_id":455644833}');
  });

  const invalid: [string, Partial<Record<keyof CancelJobInput | "extra", unknown>>, string][] = [
    ["pattern", { projectId: "p-1" }, "projectId"],
    ["uuid", { jobId: "not-a-uuid" }, "jobId"],
    ["enum", { mode: "soft" }, "mode"],
    ["anyOf", { grace: 7 }, "grace"],
    ["exclusiveMinimum", { ratio: 0 }, "ratio"],
    ["exclusiveMaximum", { ratio: 1 }, "ratio"],
    ["minItems", { tags: [] }, "tags"],
    ["maxItems", { tags: ["a", "b", "c", "d"] }, "tags"],
    ["items pattern", { tags: ["A"] }, "tags"],
    ["date-time", { since: "yesterday" }, "since"],
    ["minLength", { xTraceId: "abc" }, "xTraceId"],
    ["maxLength", { xTraceId: "x".repeat(33) }, "xTraceId"],
    ["header CR LF", { tenantId: "t\r\nX-Injected: 1" }, "tenantId"],
    ["boolean", { oldFlag: "true" }, "oldFlag"],
    ["int64 safe integer", { runId: 2 ** 53 }, "runId"],
    ["integer", { runId: 1.5 }, "runId"],
    ["int32", { attempt: 2 ** 31 }, "attempt"],
    ["minimum", { attempt: 0 }, "attempt"],
    ["body maxLength", { cancelReason: "r".repeat(21) }, "cancelReason"],
    ["required", { runId: undefined }, "runId"],
    ["unknown field", { extra: 1 }, "extra"],
  ];
  it.each(invalid)(
    "refuses a value breaking %s, naming the field, sending nothing",
    async (_rule, patch, field) => {
      const error = await cancelJob(client, { ...valid, ...patch } as CancelJobInput).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.field)).toEqual([field]);
      expect((error as ValidationError).operation).toBe("cancelJob");
      expect(mock.requests).toHaveLength(0);
    },
  );

  it("reads the vendor code from the header (AWS transform) and request id from the header", async () => {
    mock.use(
      http.post(`${BASE}/projects/:project/jobs/:job`, () =>
        HttpResponse.json(
          { errors: [{ code: "BodyCode", message: "no such job" }], request_id: "body-req" },
          {
            status: 404,
            headers: {
              "X-Error-Type": "aws.ns#JobNotFound:http://internal",
              "X-Request-Id": "hdr-req",
            },
          },
        ),
      ),
    );
    const error = (await cancelJob(client, valid).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      code: "JobNotFound",
      vendorMessage: "no such job",
      requestId: "hdr-req",
    });
  });

  it("falls back to the body (wildcard pointer) for code and request id", async () => {
    mock.use(
      http.post(`${BASE}/projects/:project/jobs/:job`, () =>
        HttpResponse.json(
          {
            errors: [{ message: "first has no code" }, { code: "Second", message: "m2" }],
            request_id: "body-req",
          },
          { status: 502 },
        ),
      ),
    );
    const error = (await cancelJob(client, valid).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({
      status: 502,
      code: "Second",
      vendorMessage: "first has no code",
      requestId: "body-req",
      retryable: true,
    });
  });
});

describe("getJob (deprecated, 202 success, path-level parameter)", () => {
  it("returns the 202 body", async () => {
    mock.use(
      http.get(`${BASE}/projects/:project/jobs/:job`, () =>
        HttpResponse.json({ state: "InProgress" }, { status: 202 }),
      ),
    );
    expect(await getJob(client, { projectId: "p1", jobId: "abc" })).toEqual({
      state: "InProgress",
    });
    expect(mock.requests[0]!.url.pathname).toBe("/api/v2/projects/p1/jobs/abc");
  });

  it.each(["..", ".", ""])("refuses the path segment %j", async (jobId) => {
    const error = await getJob(client, { projectId: "p1", jobId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(mock.requests).toHaveLength(0);
  });
});
