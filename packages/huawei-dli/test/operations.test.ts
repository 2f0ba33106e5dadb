import {
  type ApiError,
  AuthenticationError,
  BadRequestError,
  ClientHttpError,
  ConfigurationError,
  NotFoundError,
  ResponseParseError,
  ValidationError,
} from "@cancel/core";
import { createMockServer, specExamples } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type allOperations,
  cancelSqlJob,
  createClient,
  type HuaweiDliClient,
  type HuaweiDliClientOptions,
  type ListSqlJobsOutput,
  listSqlJobs,
  type ServerVariables,
  showSqlJobStatus,
} from "../src/index.js";
import { dli } from "./huawei-subject.js";

const BASE = "https://dli.cn-north-4.myhuaweicloud.com";
// Ids from the vendor's own examples (dli_02_0021).
const PROJECT = "48cc2c48765f481480c7db940d6409d1";
const JOB = "6d2146a0-c2d5-41bd-8ca0-ca9694ada992";
const TOKEN = "MIIZkQYJKoZIhvcNAQcCoIIZgjCCGX4CAQExDTALBglghkgBZQMEAgEwghejBgkqhkiG";
const RID = "04a5e3cd1b2f4d5e8f9a0b1c2d3e4f50";

const mock = createMockServer();
const examples = specExamples("huawei-dli");

// Auth at this stage is a plain IAM token header; AK/SK signing is tested in the auth suite.
function makeClient(options: HuaweiDliClientOptions = {}): HuaweiDliClient {
  return createClient({
    // One answer per call in this suite: retries are proven by the fault-injection suite.
    retry: false,
    authenticate: (request) => {
      request.headers.set("X-Auth-Token", TOKEN);
      return request;
    },
    ...options,
  });
}
const client = makeClient();

beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

// The operations with the vendor's ids, shared with the suites every Huawei provider runs.
const ops = Object.fromEntries(dli.operations.map((op) => [op.name, op])) as Record<
  keyof typeof allOperations,
  (typeof dli.operations)[number]
>;
type OperationId = keyof typeof ops;
const INPUT = { projectId: PROJECT, jobId: JOB };

function serve(
  operationId: OperationId,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  base = BASE,
) {
  const { method, route } = ops[operationId];
  const on = http[method.toLowerCase() as "get" | "delete"];
  const respond = () => {
    if (body === undefined) return new HttpResponse(null, { status, headers });
    if (typeof body === "string") return new HttpResponse(body, { status, headers });
    return HttpResponse.json(body, { status, headers });
  };
  mock.use(on(`${base}${route}`, respond));
}

describe("cancelSqlJob", () => {
  const example = examples.cancelSqlJob!.success[0]!;

  it("documents the vendor's success example", () => {
    expect(example.status).toBe("200");
    expect(example.value).toStrictEqual({ is_success: true, message: "" });
  });

  it("sends DELETE /v1.0/{project_id}/jobs/{job_id} without a body and returns {is_success, message}", async () => {
    serve("cancelSqlJob", 200, example.value, { "X-Request-Id": RID });
    const result = await cancelSqlJob(client, INPUT);
    expect(result).toStrictEqual({ is_success: true, message: "" });
    expect(result.is_success).toBe(true);
    expect(result.message).toBe("");
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request!.method).toBe("DELETE");
    expect(request!.url.href).toBe(`${BASE}/v1.0/${PROJECT}/jobs/${JOB}`);
    expect(request!.headers.host).toBe("dli.cn-north-4.myhuaweicloud.com");
    expect(request!.headers["x-auth-token"]).toBe(TOKEN);
    expect(request!.headers.authorization).toBeUndefined();
    expect(request!.headers["content-type"]).toBeUndefined();
    expect(request!.body).toBe("");
  });

  it("returns an empty object when the vendor omits both optional members", async () => {
    serve("cancelSqlJob", 200, {});
    expect(await cancelSqlJob(client, INPUT)).toStrictEqual({});
  });

  // "If execution of a job completes or fails, this job cannot be canceled": a 400 whose code
  // the vendor does not document. The plain operation throws it as it came; settling it with a
  // status read is cancelSqlJobConfirmed's job (test/confirmed.test.ts).
  it("throws the refusal of a finished job as a BadRequestError and sends nothing else", async () => {
    serve(
      "cancelSqlJob",
      400,
      { error_code: "DLI.0007", error_msg: "The operation is not supported." },
      { "X-Request-Id": RID },
    );
    serve("showSqlJobStatus", 200, { job_id: JOB, status: "FINISHED" });
    const error = (await cancelSqlJob(client, INPUT).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, code: "DLI.0007", requestId: RID });
    expect(mock.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      `DELETE /v1.0/${PROJECT}/jobs/${JOB}`,
    ]);
  });

  it("still throws other 400s from cancelSqlJob", async () => {
    serve("cancelSqlJob", 400, { error_code: "DLI.0002", error_msg: "The job does not exist." });
    const error = await cancelSqlJob(client, INPUT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as ApiError).code).toBe("DLI.0002");
  });
});

describe("showSqlJobStatus", () => {
  const example = examples.showSqlJobStatus!.success[0]!;

  it("sends GET …/status and returns the vendor example unchanged", async () => {
    serve("showSqlJobStatus", 200, example.value, { "X-Request-Id": RID });
    const result = await showSqlJobStatus(client, INPUT);
    expect(result).toStrictEqual(example.value);
    expect(result.job_id).toBe("208b08d4-0dc2-4dd7-8879-ddd4c020d7aa");
    expect(result.status).toBe("FINISHED");
    expect(result.job_type).toBe("QUERY");
    expect(result.start_time).toBe(1509335108918);
    expect(result.duration).toBe(2523);
    expect(result.result_count).toBe(4);
    expect(JSON.parse(result.detail!)).toEqual({
      type: "struct",
      fields: [
        { name: "id", type: "integer", nullable: true, metadata: {} },
        { name: "name", type: "string", nullable: true, metadata: {} },
      ],
    });
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request!.method).toBe("GET");
    expect(request!.url.href).toBe(`${BASE}/v1.0/${PROJECT}/jobs/${JOB}/status`);
    expect(request!.headers["x-auth-token"]).toBe(TOKEN);
    expect(request!.body).toBe("");
  });

  it.each([
    "RUNNING",
    "SCALING",
    "LAUNCHING",
    "FINISHED",
    "FAILED",
    "CANCELLED",
    "SOME_FUTURE_STATE",
  ])("passes status %s through", async (status) => {
    const body = { job_id: JOB, status, tags: [{ key: "team", value: "etl" }] };
    serve("showSqlJobStatus", 200, body);
    expect(await showSqlJobStatus(client, INPUT)).toStrictEqual(body);
  });

  it("turns a non-JSON 200 into a ResponseParseError", async () => {
    serve("showSqlJobStatus", 200, "OK", { "Content-Type": "text/plain", "X-Request-Id": RID });
    const error = (await showSqlJobStatus(client, INPUT).catch(
      (e: unknown) => e,
    )) as ResponseParseError;
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error.status).toBe(200);
    expect(error.snippet).toBe("OK");
    expect(error.requestId).toBe(RID);
  });
});

describe("listSqlJobs", () => {
  const page = (name: string) =>
    examples.listSqlJobs!.success.find((e) => e.name === name)!.value as ListSqlJobsOutput;

  it.each(examples.listSqlJobs!.success.map((e) => [e.name, e] as const))(
    "returns the typed page of the %s example",
    async (_name, example) => {
      serve("listSqlJobs", 200, example.value, { "X-Request-Id": RID });
      expect(await listSqlJobs(client, { projectId: PROJECT })).toStrictEqual(example.value);
    },
  );

  it("reads the vendor example: the job's id, status, start time and the total count", async () => {
    serve("listSqlJobs", 200, page("vendorExample"));
    const result = await listSqlJobs(client, { projectId: PROJECT });
    expect(result.job_count).toBe(1);
    expect(result.jobs.map((job) => [job.job_id, job.status, job.start_time])).toEqual([
      ["37286cc7-0508-4ffd-b636-951c8a5c75de", "FINISHED", 1502349803729],
    ]);
  });

  it.each([
    { name: "only the project", input: {}, search: "" },
    {
      name: "the page and its size",
      input: { pageSize: 100, currentPage: 3 },
      search: "?page-size=100&current-page=3",
    },
    {
      name: "every filter, with the vendor's names, in the spec's order",
      input: {
        tableName: "t2",
        dbName: "db2",
        tags: "k1=v1,k2=v2",
        owner: "tenant1",
        engineType: "spark" as const,
        order: "start_time_asc" as const,
        sqlPattern: "from t_json_002",
        queueName: "queue1",
        jobId: JOB,
        jobStatus: "RUNNING" as const,
        jobTypes: ["INSERT" as const, "UPDATE" as const],
        jobType: "ALL" as const,
        end: 1502349903729,
        start: 1502349803729,
      },
      search:
        "?start=1502349803729&end=1502349903729&job-type=ALL&job_types=INSERT&job_types=UPDATE&job-status=RUNNING" +
        `&job-id=${JOB}&queue_name=queue1&sql_pattern=from%20t_json_002&order=start_time_asc&engine-type=spark` +
        "&owner=tenant1&tags=k1%3Dv1%2Ck2%3Dv2&db_name=db2&table_name=t2",
    },
  ])("sends GET /v1.0/{project_id}/jobs with $name", async ({ input, search }) => {
    serve("listSqlJobs", 200, page("noJobs"));
    await listSqlJobs(client, { projectId: PROJECT, ...input });
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request!.method).toBe("GET");
    expect(request!.url.href).toBe(`${BASE}/v1.0/${PROJECT}/jobs${search}`);
    expect(request!.headers["x-auth-token"]).toBe(TOKEN);
    expect(request!.body).toBe("");
  });

  it("pages by number: current-page 1, 2, … until job_count jobs are read", async () => {
    const first = page("runningPage");
    const second = { ...first, jobs: [{ ...page("vendorExample").jobs[0]! }] };
    mock.use(
      http.get(`${BASE}/v1.0/:projectId/jobs`, ({ request }) =>
        HttpResponse.json(
          new URL(request.url).searchParams.get("current-page") === "2" ? second : first,
        ),
      ),
    );
    const ids: string[] = [];
    const pageSize = 1;
    for (let currentPage = 1; ; currentPage++) {
      const result = await listSqlJobs(client, {
        projectId: PROJECT,
        jobStatus: "RUNNING",
        pageSize,
        currentPage,
      });
      ids.push(...result.jobs.map((job) => job.job_id));
      if (currentPage * pageSize >= result.job_count) break;
    }
    expect(ids).toEqual([JOB, "37286cc7-0508-4ffd-b636-951c8a5c75de"]);
    expect(mock.requests.map((r) => r.url.search)).toEqual([
      "?page-size=1&current-page=1&job-status=RUNNING",
      "?page-size=1&current-page=2&job-status=RUNNING",
    ]);
  });

  it.each([
    { name: "page-size 0", input: { pageSize: 0 }, field: "pageSize" },
    { name: "page-size 101", input: { pageSize: 101 }, field: "pageSize" },
    { name: "current-page 0", input: { currentPage: 0 }, field: "currentPage" },
    {
      name: "current-page 101 (the pages' range)",
      input: { currentPage: 101 },
      field: "currentPage",
    },
    { name: "fractional current-page", input: { currentPage: 1.5 }, field: "currentPage" },
    { name: "start 0", input: { start: 0 }, field: "start" },
    { name: "negative end", input: { end: -1 }, field: "end" },
    { name: "start as a date string", input: { start: "2017-08-10" }, field: "start" },
    { name: "unknown job-status", input: { jobStatus: "KILLED" }, field: "jobStatus" },
    { name: "lower-case job-type", input: { jobType: "query" }, field: "jobType" },
    { name: "ALL in job_types", input: { jobTypes: ["ALL"] }, field: "jobTypes" },
    { name: "job_types not a list", input: { jobTypes: "QUERY" }, field: "jobTypes" },
    { name: "job-id with a slash", input: { jobId: "a/b" }, field: "jobId" },
    { name: "queue_name starting with _", input: { queueName: "_q" }, field: "queueName" },
    { name: "queue_name of digits only", input: { queueName: "123" }, field: "queueName" },
    {
      name: "1025-character sql_pattern",
      input: { sqlPattern: "x".repeat(1025) },
      field: "sqlPattern",
    },
    { name: "unknown order", input: { order: "newest" }, field: "order" },
    { name: "unknown engine-type", input: { engineType: "flink" }, field: "engineType" },
    { name: "17-character db_name", input: { dbName: "d".repeat(17) }, field: "dbName" },
    { name: "wire name page-size", input: { "page-size": 10 }, field: "page-size" },
  ])("refuses $name and sends nothing", async ({ input, field }) => {
    serve("listSqlJobs", 200, page("noJobs"));
    const error = await listSqlJobs(client, { projectId: PROJECT, ...input } as never).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.field)).toEqual([field]);
    expect((error as ValidationError).operation).toBe("listSqlJobs");
    expect(mock.requests).toHaveLength(0);
  });
});

describe("server URL", () => {
  it.each<[ServerVariables, string]>([
    [{}, "https://dli.cn-north-4.myhuaweicloud.com"],
    [{ region: "ap-southeast-1" }, "https://dli.ap-southeast-1.myhuaweicloud.com"],
    [
      { region: "eu-west-101", domainSuffix: "myhuaweicloud.eu" },
      "https://dli.eu-west-101.myhuaweicloud.eu",
    ],
  ])("server %o → %s", async (server, origin) => {
    serve("cancelSqlJob", 200, { is_success: true }, {}, origin);
    await cancelSqlJob(makeClient({ server }), INPUT);
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]!.url.href).toBe(`${origin}/v1.0/${PROJECT}/jobs/${JOB}`);
  });

  it.each([
    // Unlike MRS, DLI has no .cn endpoints.
    [
      "the MRS-only .cn suffix",
      { region: "ap-southeast-1", domainSuffix: "myhuaweicloud.cn" },
      /domainSuffix must be one of myhuaweicloud\.com, myhuaweicloud\.eu, got "myhuaweicloud\.cn"/,
    ],
    ["a foreign suffix", { domainSuffix: "evil.example" }, /domainSuffix must be one of/],
    ["a region with a slash", { region: "cn-north-4.evil.example/" }, /region has characters/],
    ["a region with #", { region: "cn-north-4#" }, /region has characters/],
    ["an unknown variable", { project: "x" }, /unknown server variable project/],
  ])("rejects %s with a ConfigurationError and sends nothing", (_name, server, message) => {
    let error: unknown;
    try {
      makeClient({ server: server as never });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toMatch(message);
    expect((error as ConfigurationError).provider).toBe("huawei-dli");
    expect(mock.requests).toHaveLength(0);
  });
});

// Each documented error example as its typed error: the operation contract suite.
describe("documented errors", () => {
  it("covers every operation with the same 12 examples (incl. DLI.0002, DLI.0013, DLI.0023)", () => {
    expect(Object.keys(examples).sort()).toEqual([
      "cancelSqlJob",
      "listSqlJobs",
      "showSqlJobStatus",
    ]);
    for (const op of Object.values(examples)) {
      expect(
        op.errors.map((e) => `${e.status} ${(e.value as { error_code: string }).error_code}`),
      ).toEqual([
        "400 DLI.0001",
        "400 DLI.0002",
        "400 DLI.0007",
        "400 DLI.0999",
        "401 DLI.0013",
        "401 DLI.0014",
        "401 APIGW.0301",
        "403 APIGW.0302",
        "404 DLI.0023",
        "404 APIGW.0101",
        "429 APIGW.0308",
        "500 APIGW.0103",
      ]);
      expect(op.statusesWithoutExamples).toEqual([]);
    }
  });
});

describe("error envelope fallbacks", () => {
  it.each([
    {
      name: "message instead of error_msg",
      body: { error_code: "DLI.0001", message: "m1" },
      code: "DLI.0001",
      message: "m1",
    },
    {
      name: "error_msg wins over message",
      body: { error_code: "DLI.0001", error_msg: "m1", message: "m2" },
      code: "DLI.0001",
      message: "m1",
    },
    {
      name: "nested error object",
      body: { error: { code: "DLI.0023", message: "nested" } },
      code: "DLI.0023",
      message: "nested",
    },
    {
      name: "error_code wins over error.code",
      body: { error_code: "DLI.0002", error: { code: "X", message: "n" } },
      code: "DLI.0002",
      message: "n",
    },
    {
      name: "is_success:false with a message only",
      body: { is_success: false, message: "failed" },
      code: undefined,
      message: "failed",
    },
  ])("$name", async ({ body, code, message }) => {
    serve("cancelSqlJob", 404, body, { "x-request-id": "rid-2" });
    const error = (await cancelSqlJob(client, INPUT).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe(code);
    expect(error.vendorMessage).toBe(message);
    expect(error.requestId).toBe("rid-2");
  });

  it("takes the request id from the header only", async () => {
    serve("showSqlJobStatus", 401, {
      error_code: "APIGW.0301",
      error_msg: "x",
      request_id: "body-rid",
    });
    const error = (await showSqlJobStatus(client, INPUT).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.requestId).toBeUndefined();
  });

  it("maps an undocumented 405 with an HTML body to ClientHttpError with a snippet", async () => {
    serve("cancelSqlJob", 405, "<html>Method Not Allowed</html>", { "Content-Type": "text/html" });
    const error = (await cancelSqlJob(client, INPUT).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ClientHttpError);
    expect(error.status).toBe(405);
    expect(error.code).toBeUndefined();
    expect(error.snippet).toBe("<html>Method Not Allowed</html>");
  });
});

// Every invalid id and unknown field of every operation: the operation contract suite. What
// only DLI has: the queue name of the discarded cancel API is refused, not ignored (the job
// list's `queue_name` is a filter of its own, tested with the list).
describe("input validation", () => {
  it.each(["cancelSqlJob", "showSqlJobStatus"] as const)(
    "%s refuses queueName (discarded API) and sends nothing",
    async (operationId) => {
      serve(operationId, 200, { job_id: JOB, status: "RUNNING" });
      const input = { ...INPUT, queueName: "default" };
      const error = await ops[operationId].call(client, input as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      const validation = error as ValidationError;
      expect(validation.issues.map((i) => i.field)).toEqual(["queueName"]);
      expect(validation.provider).toBe("huawei-dli");
      expect(validation.operation).toBe(operationId);
      expect(validation.attempts).toBe(0);
      expect(mock.requests).toHaveLength(0);
    },
  );

  it("lists every problem at once with its message", async () => {
    const error = (await cancelSqlJob(client, {
      projectId: "a".repeat(65),
      jobId: "a/b",
      job: 1,
    } as never).catch((e: unknown) => e)) as ValidationError;
    expect(error.issues).toEqual([
      { field: "projectId", message: "must be at most 64 characters long, got 65" },
      { field: "jobId", message: 'must match ^[A-Za-z0-9-]+$, got "a/b"' },
      { field: "job", message: "is not a known field (expected: projectId, jobId)" },
    ]);
    expect(mock.requests).toHaveLength(0);
  });
});
