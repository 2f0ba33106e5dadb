import {
  type ApiError,
  AuthenticationError,
  BadRequestError,
  ClientHttpError,
  ConfigurationError,
  ConflictError,
  NotFoundError,
  ResponseParseError,
  ServerError,
  ValidationError,
} from "@cancel/core";
import { createMockServer, specExamples } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type allOperations,
  cancelJobExecution,
  createClient,
  type HuaweiMrsClient,
  type HuaweiMrsClientOptions,
  type ServerVariables,
  type ShowJobExeListNewOutput,
  showJobExecution,
  showJobExeListNew,
  showSingleJobExe,
  stopJob,
} from "../src/index.js";
import { mrs } from "./huawei-subject.js";

const BASE = "https://mrs.cn-north-4.myhuaweicloud.com";
// Ids from the vendor's own examples (seed 002 and mrs_02_0086).
const PROJECT = "37caa80116e1403ab603e5eeb48a2f74";
const CLUSTER = "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df";
const JOB = "431b135e-c090-489f-b1db-0abe3822b855";
const JOB_V11 = "2de74673-1a78-48af-a95b-e1fec4a4ae9c";
const TOKEN = "MIIZkQYJKoZIhvcNAQcCoIIZgjCCGX4CAQExDTALBglghkgBZQMEAgEwghejBgkqhkiG";

const mock = createMockServer();
const examples = specExamples("huawei-mrs");

// Auth at this stage is a plain IAM token header; AK/SK signing is tested in the auth suite.
function makeClient(options: HuaweiMrsClientOptions = {}): HuaweiMrsClient {
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
const ops = Object.fromEntries(mrs.operations.map((op) => [op.name, op])) as Record<
  keyof typeof allOperations,
  (typeof mrs.operations)[number]
>;
type OperationId = keyof typeof ops;

/** Answers every request to one operation's route (on `base`) with the given status, body and headers. */
function serve(
  operationId: OperationId,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  base = BASE,
) {
  const { method, route } = ops[operationId];
  const on = http[method.toLowerCase() as "get" | "post"];
  const respond = () => {
    if (body === undefined) return new HttpResponse(null, { status, headers });
    if (typeof body === "string") return new HttpResponse(body, { status, headers });
    return HttpResponse.json(body, { status, headers });
  };
  mock.use(on(`${base}${route}`, respond));
}

function expectNoAuthLeak(headers: Record<string, string>) {
  // The token is the only credential and goes in X-Auth-Token, nowhere else.
  expect(headers["x-auth-token"]).toBe(TOKEN);
  expect(headers.authorization).toBeUndefined();
}

describe("cancelJobExecution (legacy V1.1)", () => {
  const example = examples.cancelJobExecution!.success[0]!;

  it("is documented with the seed's example and method", () => {
    expect(examples.cancelJobExecution!.method).toBe("GET");
    expect(examples.cancelJobExecution!.path).toBe(
      "/v1.1/{project_id}/job-executions/{job_execution_id}/cancel",
    );
    expect(example.status).toBe("200");
  });

  it("sends GET …/cancel with no body and returns the job_execution object", async () => {
    serve("cancelJobExecution", 200, example.value, { "X-Request-Id": "req-v11-1" });
    const result = await cancelJobExecution(client, {
      projectId: PROJECT,
      jobExecutionId: JOB_V11,
    });
    expect(result).toStrictEqual(example.value);
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request!.method).toBe("GET");
    expect(request!.url.href).toBe(`${BASE}/v1.1/${PROJECT}/job-executions/${JOB_V11}/cancel`);
    expect(request!.url.search).toBe("");
    expect(request!.headers.host).toBe("mrs.cn-north-4.myhuaweicloud.com");
    expect(request!.headers["content-type"]).toBeUndefined();
    expectNoAuthLeak(request!.headers);
    expect(request!.body).toBe("");
  });

  it("keeps every field of the seed's example, nulls and the empty job_id included", async () => {
    // Literal copy of seed 002_f2cde10439faa2c4.txt (mrs_02_0052), independent of the spec.
    const seed = {
      job_execution: {
        created_at: "2017-05-25T07:28:12",
        updated_at: "2017-05-25T07:28:13",
        id: "2de74673-1a78-48af-a95b-e1fec4a4ae9c",
        tenant_id: "37caa80116e1403ab603e5eeb48a2f74",
        job_id: "",
        start_time: "2017-05-25T07:28:12",
        end_time: null,
        cluster_id: "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df",
        oozie_job_id: null,
        return_code: null,
        input_id: null,
        output_id: null,
        is_protected: false,
        is_public: null,
        engine_job_id: null,
        job_configs: null,
        data_source_urls: null,
        info: null,
      },
    };
    expect(example.value).toStrictEqual(seed);
    serve("cancelJobExecution", 200, seed);
    const result = await cancelJobExecution(client, {
      projectId: PROJECT,
      jobExecutionId: JOB_V11,
    });
    const execution = result.job_execution;
    expect(Object.keys(execution).sort()).toEqual(Object.keys(seed.job_execution).sort());
    expect(Object.keys(execution)).toHaveLength(18);
    expect(execution.id).toBe("2de74673-1a78-48af-a95b-e1fec4a4ae9c");
    expect(execution.tenant_id).toBe(PROJECT);
    expect(execution.cluster_id).toBe(CLUSTER);
    expect(execution.created_at).toBe("2017-05-25T07:28:12");
    expect(execution.updated_at).toBe("2017-05-25T07:28:13");
    expect(execution.start_time).toBe("2017-05-25T07:28:12");
    expect(execution.job_id).toBe("");
    expect(execution.is_protected).toBe(false);
    for (const key of [
      "end_time",
      "oozie_job_id",
      "return_code",
      "input_id",
      "output_id",
      "is_public",
      "engine_job_id",
      "job_configs",
      "data_source_urls",
      "info",
    ] as const) {
      expect(execution[key], key).toBeNull();
    }
  });

  it("passes through populated Sahara fields (object info, job_configs, end_time string)", async () => {
    const populated = {
      job_execution: {
        id: JOB_V11,
        end_time: "2017-05-25T07:30:01",
        info: { status: "KILLED" },
        job_configs: { configs: { "mapreduce.job.queue": "default" }, args: ["a", "b"] },
        data_source_urls: { "input-1": "obs://bucket/in" },
        return_code: "0",
        oozie_job_id: "0000001-170525072812345-oozie-omm-W",
        is_public: false,
      },
    };
    serve("cancelJobExecution", 200, populated);
    expect(
      await cancelJobExecution(client, { projectId: PROJECT, jobExecutionId: JOB_V11 }),
    ).toStrictEqual(populated);
  });
});

describe("showJobExecution (legacy V1.1 read)", () => {
  const example = examples.showJobExecution!.success[0]!;

  it("is documented with the vendor's example (mrs_02_0051), answered 200", () => {
    // Literal copy of the example on mrs_02_0051, independent of the spec.
    const vendor = {
      job_execution: {
        created_at: "2017-06-22T06:23:51",
        updated_at: "2017-06-22T06:23:51",
        id: "852042ea-a32c-424b-aacf-df2e6d6642b5",
        tenant_id: "5a3314075bfa49b9ae360f4ecd333695",
        job_id: "",
        start_time: "2017-06-22T06:23:51",
        end_time: null,
        cluster_id: "33dff020-7f96-4270-9c3a-88b99627f6e2",
        oozie_job_id: null,
        return_code: null,
        input_id: null,
        output_id: null,
        is_protected: false,
        is_public: null,
        engine_job_id: null,
        job_configs: null,
        data_source_urls: null,
        info: null,
      },
    };
    expect(example.status).toBe("200");
    expect(example.value).toStrictEqual(vendor);
  });

  it("sends GET on the job execution (no /cancel, no body) and returns it", async () => {
    const killed = examples.showJobExecution!.success.find((e) => e.name === "killed")!.value;
    serve("showJobExecution", 200, killed, { "X-Request-Id": "req-v11-show" });
    const result = await showJobExecution(client, { projectId: PROJECT, jobExecutionId: JOB_V11 });
    expect(result).toStrictEqual(killed);
    expect(result.job_execution.info?.status).toBe("KILLED");
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request!.method).toBe("GET");
    expect(request!.url.href).toBe(`${BASE}/v1.1/${PROJECT}/job-executions/${JOB_V11}`);
    expect(request!.body).toBe("");
    expectNoAuthLeak(request!.headers);
  });
});

describe("stopJob (V2 kill)", () => {
  it("declares exactly 200 and 202 as success, both without a body", () => {
    expect(examples.stopJob!.method).toBe("POST");
    expect(examples.stopJob!.success).toEqual([]);
    expect(examples.stopJob!.statusesWithoutExamples).toEqual(["200", "202"]);
  });

  it.each([200, 202])(
    "sends POST …/kill without a body and resolves undefined on %i",
    async (status) => {
      serve("stopJob", status, undefined, { "X-Request-Id": "req-kill-1" });
      const result = await stopJob(client, {
        projectId: PROJECT,
        clusterId: CLUSTER,
        jobExecutionId: JOB,
      });
      expect(result).toBeUndefined();
      expect(mock.requests).toHaveLength(1);
      const [request] = mock.requests;
      expect(request!.method).toBe("POST");
      expect(request!.url.href).toBe(
        `${BASE}/v2/${PROJECT}/clusters/${CLUSTER}/job-executions/${JOB}/kill`,
      );
      expect(request!.body).toBe("");
      expect(request!.headers["content-type"]).toBeUndefined();
      expectNoAuthLeak(request!.headers);
    },
  );

  it("sends ids with '_' and '-' verbatim as single path segments", async () => {
    serve("stopJob", 200, undefined);
    await stopJob(client, {
      projectId: "0a1B2c",
      clusterId: "my_cluster-01",
      jobExecutionId: "job_A-9",
    });
    expect(mock.requests[0]!.url.pathname).toBe(
      "/v2/0a1B2c/clusters/my_cluster-01/job-executions/job_A-9/kill",
    );
  });
});

describe("showSingleJobExe (V2 query, answers 202)", () => {
  const example = examples.showSingleJobExe!.success[0]!;

  it("documents 202 (not 200) as its success status", () => {
    expect(example.status).toBe("202");
    expect(examples.showSingleJobExe!.success.map((e) => e.status)).toEqual(["202"]);
  });

  it("sends GET and returns the typed job_detail from a 202", async () => {
    serve("showSingleJobExe", 202, example.value, { "X-Request-Id": "req-show-1" });
    const result = await showSingleJobExe(client, {
      projectId: PROJECT,
      clusterId: CLUSTER,
      jobExecutionId: JOB,
    });
    expect(result).toStrictEqual(example.value);
    expect(result.job_detail.job_id).toBe(JOB);
    expect(result.job_detail.job_state).toBe("FINISHED");
    expect(result.job_detail.job_result).toBe("SUCCEEDED");
    expect(result.job_detail.job_progress).toBe(100);
    expect(result.job_detail.finished_time).toBe(1564626664930);
    expect(result.job_detail.properties).toBe("{}");
    const [request] = mock.requests;
    expect(mock.requests).toHaveLength(1);
    expect(request!.method).toBe("GET");
    expect(request!.url.href).toBe(
      `${BASE}/v2/${PROJECT}/clusters/${CLUSTER}/job-executions/${JOB}`,
    );
    expect(request!.body).toBe("");
    expectNoAuthLeak(request!.headers);
  });

  it("passes through a killed job with array arguments, object properties and an unknown state", async () => {
    const killed = {
      job_detail: {
        job_id: JOB,
        job_state: "KILLED",
        job_result: "KILLED",
        arguments: ["--class", "org.example.Main"],
        properties: { "spark.executor.memory": "2g" },
        tracking_url: "https://192.0.2.1:9022/yarn/proxy/application_1_0007/",
      },
    };
    serve("showSingleJobExe", 202, killed);
    expect(await showSingleJobExe(client, ops.showSingleJobExe.input as never)).toStrictEqual(
      killed,
    );
    const unknown = { job_detail: { job_id: JOB, job_state: "New" } };
    serve("showSingleJobExe", 202, unknown);
    expect(await showSingleJobExe(client, ops.showSingleJobExe.input as never)).toStrictEqual(
      unknown,
    );
  });

  it("turns an HTML page on the success status into a ResponseParseError", async () => {
    serve("showSingleJobExe", 202, "<html><body>gateway</body></html>", {
      "Content-Type": "text/html",
    });
    const error = await showSingleJobExe(client, ops.showSingleJobExe.input as never).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as ResponseParseError).status).toBe(202);
    expect(mock.requests).toHaveLength(1);
  });
});

describe("showJobExeListNew (V2 job list, answers 202)", () => {
  const example = examples.showJobExeListNew!.success[0]!;
  const ids = { projectId: PROJECT, clusterId: CLUSTER };

  it("documents 202 as its success status, with the vendor's example", () => {
    expect(examples.showJobExeListNew!.success.map((e) => e.status)).toEqual(["202", "202"]);
    expect(example.name).toBe("vendorExample");
  });

  it("sends GET …/job-executions and returns the typed page from a 202", async () => {
    serve("showJobExeListNew", 202, example.value, { "X-Request-Id": "rid-list" });
    const result: ShowJobExeListNewOutput = await showJobExeListNew(client, ids);
    expect(result).toStrictEqual(example.value);
    expect(result.total_record).toBe(2);
    expect(
      result.job_list?.map((job) => [
        job.job_id,
        job.job_state,
        job.job_result,
        job.submitted_time,
      ]),
    ).toEqual([
      ["981374c1-85da-44ee-be32-edfb4fba776c", "ACCEPTED", "UNDEFINED", 1564714763119],
      ["c54c8aa0-c277-4f83-8acc-521d85cfa32b", "ACCEPTED", "UNDEFINED", 1564714020099],
    ]);
    const [request] = mock.requests;
    expect(request!.method).toBe("GET");
    expect(request!.url.href).toBe(`${BASE}/v2/${PROJECT}/clusters/${CLUSTER}/job-executions`);
    expect(request!.body).toBe("");
    expectNoAuthLeak(request!.headers);
  });

  it("reads an empty page", async () => {
    serve("showJobExeListNew", 202, { total_record: 0, job_list: [] });
    expect(await showJobExeListNew(client, ids)).toStrictEqual({ total_record: 0, job_list: [] });
  });

  it("sends every filter under the vendor's name, in the spec's order", async () => {
    serve("showJobExeListNew", 202, { total_record: 0, job_list: [] });
    await showJobExeListNew(client, {
      ...ids,
      submittedTimeEnd: 1564714763119,
      submittedTimeBegin: 1564714020099,
      sortBy: "asc",
      offset: 2,
      limit: 100,
      queue: "default",
      jobResult: "UNDEFINED",
      jobState: "ACCEPTED",
      jobType: "SparkSubmit",
      user: "analyst",
      jobId: "981374c1-85da-44ee-be32-edfb4fba776c",
      jobName: "SparkSubmitTest",
    });
    expect(mock.requests[0]!.url.search).toBe(
      "?job_name=SparkSubmitTest&job_id=981374c1-85da-44ee-be32-edfb4fba776c&user=analyst&job_type=SparkSubmit" +
        "&job_state=ACCEPTED&job_result=UNDEFINED&queue=default&limit=100&offset=2&sort_by=asc" +
        "&submitted_time_begin=1564714020099&submitted_time_end=1564714763119",
    );
  });

  it("pages by number: offset 1, 2, … (a page number, not a count to skip) until total_record", async () => {
    const all = (example.value as ShowJobExeListNewOutput).job_list!;
    mock.use(
      http.get(`${BASE}/v2/:projectId/clusters/:clusterId/job-executions`, ({ request }) => {
        const offset = Number(new URL(request.url).searchParams.get("offset"));
        return HttpResponse.json(
          { total_record: all.length, job_list: all.slice(offset - 1, offset) },
          { status: 202 },
        );
      }),
    );
    const jobIds: string[] = [];
    const limit = 1;
    for (let offset = 1; ; offset++) {
      const page = await showJobExeListNew(client, { ...ids, jobState: "ACCEPTED", limit, offset });
      jobIds.push(...(page.job_list ?? []).map((job) => job.job_id!));
      if (offset * limit >= (page.total_record ?? 0)) break;
    }
    expect(jobIds).toEqual(all.map((job) => job.job_id));
    expect(mock.requests.map((r) => r.url.search)).toEqual([
      "?job_state=ACCEPTED&limit=1&offset=1",
      "?job_state=ACCEPTED&limit=1&offset=2",
    ]);
  });

  it("throws the list's 0166 as a ServerError, not retried", async () => {
    serve("showJobExeListNew", 500, {
      error_code: "0166",
      error_msg: "Failed to query the job list.",
    });
    const error = (await showJobExeListNew(client, ids).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ code: "0166", retryable: false });
  });

  it.each([
    { name: "offset 0 (pages start at 1)", input: { offset: 0 }, field: "offset" },
    { name: "limit 0", input: { limit: 0 }, field: "limit" },
    { name: "string limit", input: { limit: "10" }, field: "limit" },
    { name: "unknown job_state", input: { jobState: "RUNNING_NOW" }, field: "jobState" },
    { name: "the page's spelling New", input: { jobState: "New" }, field: "jobState" },
    { name: "unknown job_result", input: { jobResult: "CANCELLED" }, field: "jobResult" },
    { name: "unknown sort_by", input: { sortBy: "newest" }, field: "sortBy" },
    { name: "job_name with a space", input: { jobName: "my job" }, field: "jobName" },
    { name: "129-character job_name", input: { jobName: "j".repeat(129) }, field: "jobName" },
    { name: "job_id with an underscore", input: { jobId: "a_b" }, field: "jobId" },
    { name: "user starting with a digit", input: { user: "1user" }, field: "user" },
    { name: "33-character user", input: { user: "u".repeat(33) }, field: "user" },
    { name: "queue with a dot", input: { queue: "root.default" }, field: "queue" },
    {
      name: "submitted_time_begin as a date string",
      input: { submittedTimeBegin: "2019-07-02" },
      field: "submittedTimeBegin",
    },
    { name: "wire name sort_by", input: { sort_by: "asc" }, field: "sort_by" },
  ])("refuses $name and sends nothing", async ({ input, field }) => {
    serve("showJobExeListNew", 202, { total_record: 0, job_list: [] });
    const error = await showJobExeListNew(client, { ...ids, ...input } as never).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.field)).toEqual([field]);
    expect((error as ValidationError).operation).toBe("showJobExeListNew");
    expect(mock.requests).toHaveLength(0);
  });
});

describe("server URL", () => {
  it.each<[ServerVariables, string]>([
    [{}, "https://mrs.cn-north-4.myhuaweicloud.com"],
    [{ region: "cn-east-3" }, "https://mrs.cn-east-3.myhuaweicloud.com"],
    [
      { region: "ap-southeast-1", domainSuffix: "myhuaweicloud.cn" },
      "https://mrs.ap-southeast-1.myhuaweicloud.cn",
    ],
    [
      { region: "ru-northwest-2", domainSuffix: "myhuaweicloud.cn" },
      "https://mrs.ru-northwest-2.myhuaweicloud.cn",
    ],
    [
      { region: "eu-west-101", domainSuffix: "myhuaweicloud.eu" },
      "https://mrs.eu-west-101.myhuaweicloud.eu",
    ],
  ])("server %o → %s", async (server, origin) => {
    const regional = makeClient({ server });
    serve("stopJob", 200, undefined, {}, origin);
    await stopJob(regional, { projectId: PROJECT, clusterId: CLUSTER, jobExecutionId: JOB });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]!.url.href).toBe(
      `${origin}/v2/${PROJECT}/clusters/${CLUSTER}/job-executions/${JOB}/kill`,
    );
    expect(mock.requests[0]!.headers.host).toBe(new URL(origin).host);
  });

  it("uses an explicit baseUrl instead of the template", async () => {
    const custom = makeClient({ baseUrl: "https://mrs.example.test/proxy/" });
    serve("showSingleJobExe", 202, { job_detail: {} }, {}, "https://mrs.example.test/proxy");
    await showSingleJobExe(custom, ops.showSingleJobExe.input as never);
    expect(mock.requests[0]!.url.href).toBe(
      `https://mrs.example.test/proxy/v2/${PROJECT}/clusters/${CLUSTER}/job-executions/${JOB}`,
    );
  });

  it.each([
    [
      "a suffix outside the enum",
      { domainSuffix: "myhuaweicloud.de" },
      /domainSuffix must be one of myhuaweicloud\.com, myhuaweicloud\.cn, myhuaweicloud\.eu/,
    ],
    ["an attacker host as suffix", { domainSuffix: "evil.example" }, /domainSuffix must be one of/],
    ["a region with a slash", { region: "cn-north-4.evil.example/x" }, /region has characters/],
    ["a region with @", { region: "x@evil.example" }, /region has characters/],
    ["a region with ?", { region: "cn-north-4?" }, /region has characters/],
    ["an empty region", { region: "" }, /region has characters/],
    ["an unknown variable", { zone: "a" }, /unknown server variable zone/],
  ])("rejects %s with a ConfigurationError and sends nothing", (_name, server, message) => {
    let error: unknown;
    try {
      makeClient({ server: server as never });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toMatch(message);
    expect((error as ConfigurationError).provider).toBe("huawei-mrs");
    expect(mock.requests).toHaveLength(0);
  });

  it.each([
    ["plain http", "http://mrs.cn-north-4.myhuaweicloud.com"],
    ["credentials in the URL", "https://user:pw@mrs.cn-north-4.myhuaweicloud.com"],
    ["a query string", "https://mrs.cn-north-4.myhuaweicloud.com/?x=1"],
  ])("rejects a baseUrl with %s", (_name, baseUrl) => {
    expect(() => makeClient({ baseUrl })).toThrow(ConfigurationError);
    expect(mock.requests).toHaveLength(0);
  });
});

// Each documented error example as its typed error: the operation contract suite.
describe("documented errors", () => {
  it("covers every cancel and read with the same 15 examples (incl. MRS 0175, 0160, 0162 and APIGW codes)", () => {
    expect(Object.keys(examples).sort()).toEqual([
      "cancelJobExecution",
      "showJobExeListNew",
      "showJobExecution",
      "showSingleJobExe",
      "stopJob",
    ]);
    const { showJobExeListNew: _list, ...cancelsAndReads } = examples;
    for (const op of Object.values(cancelsAndReads)) {
      expect(op.errors.map((e) => e.status)).toEqual([
        ...Array(4).fill("400"),
        ...Array(3).fill("401"),
        "403",
        "404",
        "429",
        ...Array(5).fill("500"),
      ]);
    }
    const codes = new Set(
      Object.values(examples).flatMap((op) =>
        op.errors.map((e) => (e.value as { error_code: string }).error_code),
      ),
    );
    for (const code of [
      "0175",
      "0160",
      "0162",
      "0176",
      "12000001",
      "12000002",
      "MRS.0011",
      "APIGW.0301",
      "APIGW.0302",
      "APIGW.0101",
      "APIGW.0308",
    ]) {
      expect(codes, code).toContain(code);
    }
  });

  it("gives the job list the same 4xx and its own 500, 0166 (the page's example)", () => {
    const list = examples.showJobExeListNew!;
    expect(
      list.errors.map((e) => `${e.status} ${(e.value as { error_code: string }).error_code}`),
    ).toEqual([
      ...examples
        .stopJob!.errors.filter((e) => e.status !== "500")
        .map((e) => `${e.status} ${(e.value as { error_code: string }).error_code}`),
      "500 0166",
    ]);
    expect(list.statusesWithoutExamples).toEqual([]);
  });
});

describe("error envelope fallbacks", () => {
  const input = ops.stopJob.input as never;

  it.each([
    {
      name: "error_code + error_msg",
      body: { error_code: "0176", error_msg: "Failed to terminate the job." },
      code: "0176",
      message: "Failed to terminate the job.",
    },
    {
      name: "message instead of error_msg",
      body: {
        error_code: "MRS.0011",
        message: "Cannot execute SQL on a cluster in the xxx state.",
      },
      code: "MRS.0011",
      message: "Cannot execute SQL on a cluster in the xxx state.",
    },
    {
      name: "error_msg wins over message",
      body: { error_code: "0160", error_msg: "Failed to kill the job.", message: "other" },
      code: "0160",
      message: "Failed to kill the job.",
    },
    {
      name: "nested error.code / error.message",
      body: { error: { code: "MRS.0001", message: "nested message" } },
      code: "MRS.0001",
      message: "nested message",
    },
    {
      name: "top-level error_code wins over error.code",
      body: { error_code: "0162", error: { code: "MRS.0001", message: "nested" } },
      code: "0162",
      message: "nested",
    },
    {
      name: "blank error_code falls back to error.code",
      body: {
        error_code: "  ",
        error_msg: "",
        error: { code: "MRS.0002", message: "from nested" },
      },
      code: "MRS.0002",
      message: "from nested",
    },
    {
      name: "non-string error_code is ignored",
      body: { error_code: 175, error_msg: "Failed to kill the job." },
      code: undefined,
      message: "Failed to kill the job.",
    },
    { name: "no envelope at all", body: { foo: "bar" }, code: undefined, message: undefined },
  ])("$name", async ({ body, code, message }) => {
    serve("stopJob", 400, body, { "x-request-id": "rid-lower-case" });
    const error = (await stopJob(client, input).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.code).toBe(code);
    expect(error.vendorMessage).toBe(message);
    expect(error.requestId).toBe("rid-lower-case");
  });

  it("has no request id when the X-Request-Id header is absent (the body's request_id is not used)", async () => {
    serve("stopJob", 401, { error_code: "APIGW.0301", error_msg: "x", request_id: "body-rid" });
    const error = (await stopJob(client, input).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.code).toBe("APIGW.0301");
    expect(error.requestId).toBeUndefined();
  });

  it("keeps a non-JSON error page as a snippet", async () => {
    serve("showSingleJobExe", 502, "<html><body>502 Bad Gateway</body></html>", {
      "Content-Type": "text/html",
      "X-Request-Id": "rid-502",
    });
    const error = (await showSingleJobExe(client, ops.showSingleJobExe.input as never).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.status).toBe(502);
    expect(error.code).toBeUndefined();
    expect(error.body).toBeUndefined();
    expect(error.snippet).toBe("<html><body>502 Bad Gateway</body></html>");
    expect(error.requestId).toBe("rid-502");
  });

  it("maps an empty 404 to NotFoundError without a code", async () => {
    serve("cancelJobExecution", 404, undefined);
    const error = (await cancelJobExecution(client, ops.cancelJobExecution.input as never).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBeUndefined();
    expect(error.body).toBeUndefined();
    expect(error.message).toBe("cancelJobExecution failed: HTTP 404");
  });

  it.each([
    [409, ConflictError],
    [418, ClientHttpError],
    [503, ServerError],
  ])("maps an undocumented %i to its class", async (status, errorClass) => {
    serve("stopJob", status, { error_code: "MRS.9999", error_msg: "undocumented" });
    const error = (await stopJob(client, input).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(errorClass);
    expect(error.status).toBe(status);
    expect(error.code).toBe("MRS.9999");
  });
});

// Every invalid id and unknown field of every operation: the operation contract suite. What
// only MRS has: the V1.1 operations take no cluster id.
describe("input validation", () => {
  it.each(["cancelJobExecution", "showJobExecution"] as const)(
    "%s refuses a clusterId (V1.1 takes none) and sends nothing",
    async (operationId) => {
      const input = { ...ops[operationId].input, clusterId: CLUSTER };
      const error = await ops[operationId].call(client, input as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      const validation = error as ValidationError;
      expect(validation.issues.map((i) => i.field)).toEqual(["clusterId"]);
      expect(validation.message).toContain(`${operationId}: invalid input: clusterId `);
      expect(validation.provider).toBe("huawei-mrs");
      expect(validation.operation).toBe(operationId);
      expect(validation.attempts).toBe(0);
      expect(mock.requests).toHaveLength(0);
    },
  );

  it("lists every problem at once", async () => {
    const error = (await showSingleJobExe(client, {
      projectId: "p-1",
      clusterId: "",
      extra: 1,
    } as never).catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.field)).toEqual([
      "projectId",
      "clusterId",
      "jobExecutionId",
      "extra",
    ]);
    expect(error.issues[0]!.message).toBe('must match ^[A-Za-z0-9]+$, got "p-1"');
    expect(error.issues[1]!.message).toBe("must be at least 1 character long, got 0");
    expect(error.issues[2]!.message).toBe("is required");
    expect(mock.requests).toHaveLength(0);
  });
});
