/**
 * The simulators' list operations on the wire, request by request: each vendor's pages (a token
 * for Databricks and EMR, a page number for DLI and MRS), page sizes and their limits, order,
 * filters, empty lists and refused paging input.
 */
import { describe, expect, it } from "vitest";
import {
  CONNECTION_RESET,
  createManualClock,
  createSimulators,
  type SimAnswer,
  type Simulators,
} from "../src/index.js";

const DBX = "https://dbc-a1b2345c-d6e7.cloud.databricks.com";
const EMR = "https://emr-serverless.us-east-1.amazonaws.com";
const MRS = "https://mrs.cn-north-4.myhuaweicloud.com";
const DLI = "https://dli.cn-north-4.myhuaweicloud.com";
const START = Date.UTC(2026, 0, 1);

const bearer = { authorization: "Bearer anything" };
const aksk = {
  authorization: `SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=${"0".repeat(64)}`,
  "x-sdk-date": "20260101T000000Z",
};
const sigv4 = {
  authorization: `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/emr-serverless/aws4_request, SignedHeaders=host;x-amz-date, Signature=${"0".repeat(64)}`,
  "x-amz-date": "20260101T000000Z",
};

function response(answer: SimAnswer): Response {
  if (answer === CONNECTION_RESET) throw new Error("unexpected reset");
  return answer;
}

/** Simulators on a manual clock, and a way to add things one second apart. */
function setup(): { sims: Simulators; tick: () => number } {
  const clock = createManualClock(START);
  const sims = createSimulators({ clock });
  const tick = () => {
    clock.advance(1000);
    return clock.now();
  };
  return { sims, tick };
}

async function get(sims: Simulators, url: string, headers: Record<string, string>) {
  const vendor = url.startsWith(DBX)
    ? sims.databricks
    : url.startsWith(EMR)
      ? sims.emrServerless
      : url.startsWith(MRS)
        ? sims.huaweiMrs
        : sims.huaweiDli;
  const answer = response(await vendor.handle(new Request(url, { headers })));
  return { status: answer.status, headers: answer.headers, body: await answer.json() };
}

describe("databricks runs/list", () => {
  type Page = {
    runs?: { run_id: number; start_time: number; status: { state: string }; tasks?: unknown }[];
    has_more: boolean;
    next_page_token?: string;
    prev_page_token?: string;
  };
  const list = async (sims: Simulators, query = "", version = "2.2") => {
    const answer = await get(sims, `${DBX}/api/${version}/jobs/runs/list${query}`, bearer);
    return answer as { status: number; body: Page & { error_code?: string; message?: string } };
  };
  const ids = (page: Page) => (page.runs ?? []).map((run) => run.run_id);

  /** Runs 1…n of job 9, one second apart (run n is the newest). */
  function withRuns(n: number) {
    const { sims, tick } = setup();
    for (let runId = 1; runId <= n; runId++) {
      tick();
      sims.databricks.addRun({ runId, jobId: 9 });
    }
    return sims;
  }

  it("pages newest first with next_page_token, has_more and prev_page_token (three pages)", async () => {
    const sims = withRuns(5);
    const first = await list(sims, "?job_id=9&limit=2");
    expect(first.status).toBe(200);
    expect(ids(first.body)).toEqual([5, 4]);
    expect(first.body.has_more).toBe(true);
    expect(first.body.prev_page_token).toBeUndefined();
    const second = await list(
      sims,
      `?job_id=9&limit=2&page_token=${encodeURIComponent(first.body.next_page_token!)}`,
    );
    expect(ids(second.body)).toEqual([3, 2]);
    expect(second.body.has_more).toBe(true);
    const third = await list(
      sims,
      `?job_id=9&limit=2&page_token=${encodeURIComponent(second.body.next_page_token!)}`,
    );
    expect(ids(third.body)).toEqual([1]);
    expect(third.body.has_more).toBe(false);
    expect(third.body.next_page_token).toBeUndefined();
    // Back one page from the last.
    const back = await list(
      sims,
      `?job_id=9&limit=2&page_token=${encodeURIComponent(third.body.prev_page_token!)}`,
    );
    expect(ids(back.body)).toEqual([3, 2]);
    // The same under API 2.1.
    expect(ids((await list(sims, "?limit=2", "2.1")).body)).toEqual([5, 4]);
  });

  it("keeps its place when a newer run starts between two pages", async () => {
    const sims = withRuns(4);
    const first = await list(sims, "?limit=2");
    sims.databricks.addRun({ runId: 99, jobId: 9 });
    const next = await list(
      sims,
      `?limit=2&page_token=${encodeURIComponent(first.body.next_page_token!)}`,
    );
    expect(ids(first.body)).toEqual([4, 3]);
    expect(ids(next.body)).toEqual([2, 1]);
  });

  it("lists 20 runs by default, 25 at most (limit 0 asks for the most)", async () => {
    const sims = withRuns(30);
    const byDefault = await list(sims);
    expect(ids(byDefault.body)).toHaveLength(20);
    expect(byDefault.body.has_more).toBe(true);
    expect(ids((await list(sims, "?limit=0")).body)).toHaveLength(25);
    expect(ids((await list(sims, "?limit=25")).body)).toHaveLength(25);
    for (const limit of ["26", "-1", "2.5", "ten"]) {
      const refused = await list(sims, `?limit=${limit}`);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({
        error_code: "INVALID_PARAMETER_VALUE",
        message: `Invalid value for parameter limit: ${limit}`,
      });
    }
  });

  it("leaves `runs` out when none matches", async () => {
    const sims = withRuns(2);
    const none = await list(sims, "?job_id=8");
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ has_more: false });
    const { sims: empty } = setup();
    expect((await list(empty)).body).toEqual({ has_more: false });
  });

  it("filters by job, active or completed, start time (inclusive) and run type", async () => {
    const { sims, tick } = setup();
    const t1 = tick();
    sims.databricks.addRun({ runId: 1, jobId: 7 });
    const t2 = tick();
    sims.databricks.addRun({ runId: 2, jobId: 7, state: "QUEUED" });
    const t3 = tick();
    sims.databricks.addRun({ runId: 3, jobId: 8, state: "TERMINATED", resultState: "FAILED" });
    sims.databricks.finishRun(1, "SUCCESS");
    expect(ids((await list(sims, "?job_id=7")).body)).toEqual([2, 1]);
    expect(ids((await list(sims, "?active_only=true")).body)).toEqual([2]);
    expect(ids((await list(sims, "?completed_only=true")).body)).toEqual([3, 1]);
    expect(ids((await list(sims, `?start_time_from=${t2}`)).body)).toEqual([3, 2]);
    expect(ids((await list(sims, `?start_time_to=${t2}`)).body)).toEqual([2, 1]);
    expect(ids((await list(sims, `?start_time_from=${t1}&start_time_to=${t1}`)).body)).toEqual([1]);
    expect(ids((await list(sims, `?start_time_from=${t3 + 1}`)).body)).toEqual([]);
    expect(ids((await list(sims, "?run_type=JOB_RUN")).body)).toEqual([3, 2, 1]);
    expect(ids((await list(sims, "?run_type=SUBMIT_RUN")).body)).toEqual([]);
    const both = await list(sims, "?active_only=true&completed_only=true");
    expect(both.status).toBe(400);
    expect(both.body.error_code).toBe("INVALID_PARAMETER_VALUE");
  });

  it("shows a cancelled run as active while TERMINATING, then as completed", async () => {
    const clock = createManualClock(START);
    const sims = createSimulators({ clock, cancelDelayMs: 1000 });
    sims.databricks.addRun({ runId: 1 });
    await sims.databricks.handle(
      new Request(`${DBX}/api/2.2/jobs/runs/cancel`, {
        method: "POST",
        headers: bearer,
        body: JSON.stringify({ run_id: 1 }),
      }),
    );
    const active = await list(sims, "?active_only=true");
    expect(active.body.runs?.map((run) => run.status.state)).toEqual(["TERMINATING"]);
    clock.advance(1000);
    expect(ids((await list(sims, "?active_only=true")).body)).toEqual([]);
    const done = await list(sims, "?completed_only=true");
    expect(done.body.runs?.[0]).toMatchObject({
      run_id: 1,
      state: { life_cycle_state: "TERMINATED", result_state: "CANCELED" },
      status: { state: "TERMINATED", termination_details: { code: "USER_CANCELED" } },
    });
  });

  it("lists BaseRuns: no tasks unless expand_tasks=true", async () => {
    const sims = withRuns(1);
    const plain = (await list(sims)).body.runs![0]!;
    expect(plain).not.toHaveProperty("tasks");
    expect(plain).not.toHaveProperty("has_more");
    expect(plain).toMatchObject({ run_id: 1, job_id: 9, start_time: START + 1000 });
    const expanded = (await list(sims, "?expand_tasks=true")).body.runs![0]!;
    expect(expanded).toMatchObject({ tasks: [], has_more: false });
  });

  it("pages with the deprecated offset too", async () => {
    const sims = withRuns(5);
    expect(ids((await list(sims, "?offset=2&limit=2")).body)).toEqual([3, 2]);
    expect(ids((await list(sims, "?offset=5")).body)).toEqual([]);
  });

  it.each(["not-a-token", "e30", "WyJ4IiwxXQ"])(
    "refuses a page_token it did not issue (%s) with 400 INVALID_PARAMETER_VALUE",
    async (token) => {
      const sims = withRuns(3);
      const refused = await list(sims, `?page_token=${token}`);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({
        error_code: "INVALID_PARAMETER_VALUE",
        message: `Invalid value for parameter page_token: ${token}`,
      });
    },
  );

  it("is answered as listRuns, POST is not, and a bad token is refused first", async () => {
    const sims = withRuns(1);
    const post = response(
      await sims.databricks.handle(
        new Request(`${DBX}/api/2.2/jobs/runs/list`, { method: "POST", headers: bearer }),
      ),
    );
    expect(post.status).toBe(404);
    const unauthenticated = await get(sims, `${DBX}/api/2.2/jobs/runs/list`, {});
    expect(unauthenticated.status).toBe(401);
    expect(sims.databricks.requests.map((r) => `${r.operation} ${r.status}`)).toEqual([
      "unknown 404",
      "listRuns 401",
    ]);
  });
});

describe("emr-serverless ListJobRuns", () => {
  type Page = {
    jobRuns: { id: string; state: string; createdAt: number; applicationId: string }[];
    nextToken?: string;
  };
  const list = async (sims: Simulators, query = "", app = "app1") =>
    (await get(sims, `${EMR}/applications/${app}/jobruns${query}`, sigv4)) as {
      status: number;
      headers: Headers;
      body: Page & { message?: string };
    };
  const ids = (page: Page) => page.jobRuns.map((run) => run.id);

  /** Job runs r1…rn of app1, one second apart (rn is the newest). */
  function withRuns(n: number) {
    const { sims, tick } = setup();
    for (let i = 1; i <= n; i++) {
      tick();
      sims.emrServerless.addJobRun({ applicationId: "app1", jobRunId: `r${i}` });
    }
    return sims;
  }

  it("pages newest first with nextToken (three pages), the last without one", async () => {
    const sims = withRuns(5);
    const first = await list(sims, "?maxResults=2");
    expect(first.status).toBe(200);
    expect(first.headers.get("x-amzn-requestid")).toBeTruthy();
    expect(ids(first.body)).toEqual(["r5", "r4"]);
    expect(first.body.nextToken).toMatch(/^[A-Za-z0-9_=-]+$/);
    const second = await list(sims, `?maxResults=2&nextToken=${first.body.nextToken}`);
    expect(ids(second.body)).toEqual(["r3", "r2"]);
    const third = await list(sims, `?maxResults=2&nextToken=${second.body.nextToken}`);
    expect(ids(third.body)).toEqual(["r1"]);
    expect(third.body).not.toHaveProperty("nextToken");
  });

  it("lists summaries: the id as `id`, epoch-second times, the job run's state", async () => {
    const sims = withRuns(1);
    const [summary] = (await list(sims)).body.jobRuns;
    expect(summary).toMatchObject({
      applicationId: "app1",
      id: "r1",
      state: "RUNNING",
      createdAt: (START + 1000) / 1000,
      stateDetails: "",
      releaseLabel: "emr-7.9.0",
      mode: "BATCH",
    });
    expect(summary).not.toHaveProperty("jobRunId");
    expect(summary).not.toHaveProperty("jobDriver");
  });

  it("lists 50 by default and at most 50 (maxResults 1 to 50)", async () => {
    const sims = withRuns(51);
    const byDefault = await list(sims);
    expect(ids(byDefault.body)).toHaveLength(50);
    expect(byDefault.body.nextToken).toBeDefined();
    expect(ids((await list(sims, "?maxResults=1")).body)).toEqual(["r51"]);
    for (const [max, constraint] of [
      ["51", "Member must have value less than or equal to 50"],
      ["0", "Member must have value greater than or equal to 1"],
    ]) {
      const refused = await list(sims, `?maxResults=${max}`);
      expect(refused.status).toBe(400);
      expect(refused.headers.get("x-amzn-errortype")).toMatch(/^ValidationException:/);
      expect(refused.body.message).toBe(
        `1 validation error detected: Value '${max}' at 'maxResults' failed to satisfy constraint: ${constraint}`,
      );
    }
  });

  it("lists only the application's runs; an application without any gets an empty list", async () => {
    const sims = withRuns(2);
    sims.emrServerless.addJobRun({ applicationId: "app2", jobRunId: "other" });
    expect(ids((await list(sims, "", "app2")).body)).toEqual(["other"]);
    const none = await list(sims, "", "app3");
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ jobRuns: [] });
    const invalid = await list(sims, "", "App-3");
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get("x-amzn-errortype")).toMatch(/^ValidationException:/);
  });

  it("filters by states, grouped by state in the filter's order, newest first in a group", async () => {
    const sims = withRuns(4);
    sims.emrServerless.finishJobRun("app1", "r1");
    sims.emrServerless.finishJobRun("app1", "r3", "FAILED");
    expect(ids((await list(sims, "?states=RUNNING")).body)).toEqual(["r4", "r2"]);
    expect(ids((await list(sims, "?states=SUCCESS&states=RUNNING")).body)).toEqual([
      "r1",
      "r4",
      "r2",
    ]);
    const grouped = await list(sims, "?states=RUNNING&states=SUCCESS&states=FAILED&maxResults=2");
    expect(ids(grouped.body)).toEqual(["r4", "r2"]);
    const rest = await list(
      sims,
      `?states=RUNNING&states=SUCCESS&states=FAILED&maxResults=2&nextToken=${grouped.body.nextToken}`,
    );
    expect(ids(rest.body)).toEqual(["r1", "r3"]);
    expect(ids((await list(sims, "?mode=BATCH")).body)).toHaveLength(4);
    expect(ids((await list(sims, "?mode=STREAMING")).body)).toEqual([]);
  });

  it("filters by creation time, both bounds inclusive (ISO 8601 in the query)", async () => {
    const sims = withRuns(3);
    const at = (i: number) => encodeURIComponent(new Date(START + i * 1000).toISOString());
    expect(ids((await list(sims, `?createdAtAfter=${at(2)}`)).body)).toEqual(["r3", "r2"]);
    expect(ids((await list(sims, `?createdAtBefore=${at(2)}`)).body)).toEqual(["r2", "r1"]);
    expect(
      ids((await list(sims, `?createdAtAfter=${at(2)}&createdAtBefore=${at(2)}`)).body),
    ).toEqual(["r2"]);
    const offset = encodeURIComponent("2026-01-01T01:00:02+01:00");
    expect(ids((await list(sims, `?createdAtAfter=${offset}`)).body)).toEqual(["r3", "r2"]);
    const refused = await list(sims, "?createdAtAfter=yesterday");
    expect(refused.status).toBe(400);
    expect(refused.headers.get("x-amzn-errortype")).toMatch(/^ValidationException:/);
  });

  it.each([
    ["states=DONE", "states"],
    [`${"states=RUNNING&".repeat(9)}x=1`, "states"],
    ["mode=batch", "mode"],
    ["nextToken=a%2Fb", "nextToken"],
  ])("refuses %s with a ValidationException naming %s", async (query, member) => {
    const sims = withRuns(1);
    const refused = await list(sims, `?${query}`);
    expect(refused.status).toBe(400);
    expect(refused.headers.get("x-amzn-errortype")).toMatch(/^ValidationException:/);
    expect(refused.body.message).toContain(`at '${member}' failed to satisfy constraint`);
  });

  it("refuses a well-formed nextToken it did not issue with a ValidationException", async () => {
    const sims = withRuns(3);
    const refused = await list(sims, "?nextToken=AAMA-EFRSURB");
    expect(refused.status).toBe(400);
    expect(refused.headers.get("x-amzn-errortype")).toMatch(/^ValidationException:/);
    expect(refused.body.message).toBe("The nextToken is invalid or has expired.");
  });
});

describe("huawei-dli Querying All Jobs", () => {
  type Page = {
    is_success: boolean;
    job_count: number;
    jobs: { job_id: string; status: string; start_time: number; duration: number }[];
    error_code?: string;
    error_msg?: string;
  };
  const list = async (sims: Simulators, query = "") =>
    (await get(sims, `${DLI}/v1.0/p1/jobs${query}`, aksk)) as { status: number; body: Page };
  const ids = (page: Page) => page.jobs.map((job) => job.job_id);

  /** Jobs j1…jn, one second apart (jn is the newest). */
  function withJobs(n: number) {
    const { sims, tick } = setup();
    for (let i = 1; i <= n; i++) {
      tick();
      sims.huaweiDli.addJob({ jobId: `j${i}` });
    }
    return sims;
  }

  it("pages by number, newest first, with the total count on every page (three pages)", async () => {
    const sims = withJobs(5);
    const pages = [];
    for (const page of [1, 2, 3, 4]) {
      pages.push((await list(sims, `?page-size=2&current-page=${page}`)).body);
    }
    expect(pages.map(ids)).toEqual([["j5", "j4"], ["j3", "j2"], ["j1"], []]);
    expect(pages.map((page) => page.job_count)).toEqual([5, 5, 5, 5]);
    expect(pages[0]).toMatchObject({ is_success: true, message: "" });
  });

  it("lists 50 a page by default; page-size 1 to 100, current-page 1 to 100", async () => {
    const sims = withJobs(51);
    expect(ids((await list(sims)).body)).toHaveLength(50);
    expect(ids((await list(sims, "?current-page=2")).body)).toEqual(["j1"]);
    expect(ids((await list(sims, "?page-size=100")).body)).toHaveLength(51);
    for (const query of ["page-size=0", "page-size=101", "current-page=0", "current-page=101"]) {
      const refused = await list(sims, `?${query}`);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({
        error_code: "DLI.0001",
        error_msg: "Parameter check errors occur.",
      });
    }
  });

  it("answers an empty list with job_count 0", async () => {
    const { sims } = setup();
    const empty = await list(sims);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ is_success: true, message: "", job_count: 0, jobs: [] });
  });

  it("sorts by the order parameter: submission time or duration, either way", async () => {
    const { sims, tick } = setup();
    tick();
    sims.huaweiDli.addJob({ jobId: "long" });
    tick();
    sims.huaweiDli.addJob({ jobId: "short" });
    sims.huaweiDli.finishJob("short");
    tick();
    sims.huaweiDli.addJob({ jobId: "newest" });
    tick();
    // Durations now: long 3 s (running), newest 1 s (running), short 0 s (finished at once).
    expect(ids((await list(sims)).body)).toEqual(["newest", "short", "long"]);
    expect(ids((await list(sims, "?order=start_time_asc")).body)).toEqual([
      "long",
      "short",
      "newest",
    ]);
    expect(ids((await list(sims, "?order=duration_desc")).body)).toEqual([
      "long",
      "newest",
      "short",
    ]);
    expect(ids((await list(sims, "?order=duration_asc")).body)).toEqual([
      "short",
      "newest",
      "long",
    ]);
    expect((await list(sims, "?order=newest")).status).toBe(400);
  });

  it("filters by status, start time (strictly later / earlier), type, queue, id and SQL", async () => {
    const { sims, tick } = setup();
    const t1 = tick();
    sims.huaweiDli.addJob({ jobId: "a", jobType: "QUERY", statement: "SELECT * FROM Orders" });
    const t2 = tick();
    sims.huaweiDli.addJob({ jobId: "b", jobType: "INSERT", queueName: "etl" });
    tick();
    sims.huaweiDli.addJob({ jobId: "c", status: "FINISHED" });
    expect(ids((await list(sims, "?job-status=RUNNING")).body)).toEqual(["b", "a"]);
    expect(ids((await list(sims, "?job-status=FINISHED")).body)).toEqual(["c"]);
    expect(ids((await list(sims, `?start=${t1}`)).body)).toEqual(["c", "b"]);
    expect(ids((await list(sims, `?end=${t2}`)).body)).toEqual(["a"]);
    expect(ids((await list(sims, "?job-type=INSERT")).body)).toEqual(["b"]);
    expect(ids((await list(sims, "?job-type=ALL&job_types=INSERT")).body)).toEqual(["b"]);
    expect(ids((await list(sims, "?job_types=QUERY&job_types=INSERT")).body)).toEqual([
      "c",
      "b",
      "a",
    ]);
    expect(ids((await list(sims, "?queue_name=etl")).body)).toEqual(["b"]);
    expect(ids((await list(sims, "?job-id=c")).body)).toEqual(["c"]);
    expect(ids((await list(sims, "?sql_pattern=from%20orders")).body)).toEqual(["a"]);
    expect(ids((await list(sims, "?owner=test&engine-type=spark")).body)).toHaveLength(3);
    expect(ids((await list(sims, "?tags=k1%3Dv1")).body)).toEqual([]);
    expect((await list(sims, "?job-status=KILLED")).status).toBe(400);
    expect((await list(sims, "?job_types=ALL")).status).toBe(400);
  });

  it("shows a cancelled job as CANCELLED, and the list is answered as listSqlJobs", async () => {
    const sims = withJobs(1);
    await sims.huaweiDli.handle(
      new Request(`${DLI}/v1.0/p1/jobs/j1`, { method: "DELETE", headers: aksk }),
    );
    const [job] = (await list(sims)).body.jobs;
    expect(job).toMatchObject({ job_id: "j1", status: "CANCELLED" });
    expect(sims.huaweiDli.requests.map((r) => r.operation)).toEqual([
      "cancelSqlJob",
      "listSqlJobs",
    ]);
  });
});

describe("huawei-mrs Querying a List of Jobs", () => {
  type Page = {
    total_record: number;
    job_list: { job_id: string; job_state: string; job_result: string; submitted_time: number }[];
    error_code?: string;
  };
  const list = async (sims: Simulators, query = "", cluster = "c1") =>
    (await get(sims, `${MRS}/v2/p1/clusters/${cluster}/job-executions${query}`, aksk)) as {
      status: number;
      body: Page;
    };
  const ids = (page: Page) => page.job_list.map((job) => job.job_id);

  /** Jobs m1…mn of cluster c1, one second apart (mn is the newest). */
  function withJobs(n: number) {
    const { sims, tick } = setup();
    for (let i = 1; i <= n; i++) {
      tick();
      sims.huaweiMrs.addJob({ jobExecutionId: `m${i}`, clusterId: "c1" });
    }
    return sims;
  }

  it("answers 202 and pages by offset as a page number from 1 (three pages)", async () => {
    const sims = withJobs(5);
    const pages = [];
    for (const offset of [1, 2, 3, 4]) {
      const answer = await list(sims, `?limit=2&offset=${offset}`);
      expect(answer.status).toBe(202);
      pages.push(answer.body);
    }
    expect(pages.map(ids)).toEqual([["m5", "m4"], ["m3", "m2"], ["m1"], []]);
    expect(pages.map((page) => page.total_record)).toEqual([5, 5, 5, 5]);
    // offset 0 (the Go SDK's default) is the first page too.
    expect(ids((await list(sims, "?limit=2&offset=0")).body)).toEqual(["m5", "m4"]);
  });

  it("lists 10 a page by default; limit below 1 or not a number is refused", async () => {
    const sims = withJobs(11);
    expect(ids((await list(sims)).body)).toHaveLength(10);
    expect(ids((await list(sims, "?offset=2")).body)).toEqual(["m1"]);
    expect(ids((await list(sims, "?limit=100")).body)).toHaveLength(11);
    for (const query of ["limit=0", "limit=ten", "offset=-1"]) {
      const refused = await list(sims, `?${query}`);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ error_code: "12000002" });
    }
  });

  it("lists the cluster's jobs and those added without a cluster; an empty list otherwise", async () => {
    const sims = withJobs(2);
    sims.huaweiMrs.addJob({ jobExecutionId: "elsewhere", clusterId: "c2" });
    sims.huaweiMrs.addJob({ jobExecutionId: "anywhere" });
    expect(ids((await list(sims)).body).sort()).toEqual(["anywhere", "m1", "m2"]);
    expect(ids((await list(sims, "", "c2")).body).sort()).toEqual(["anywhere", "elsewhere"]);
    const { sims: empty } = setup();
    const none = await list(empty);
    expect(none.status).toBe(202);
    expect(none.body).toEqual({ total_record: 0, job_list: [] });
  });

  it("sorts by submission time, desc by default, asc on request", async () => {
    const sims = withJobs(3);
    expect(ids((await list(sims)).body)).toEqual(["m3", "m2", "m1"]);
    expect(ids((await list(sims, "?sort_by=asc")).body)).toEqual(["m1", "m2", "m3"]);
    expect((await list(sims, "?sort_by=newest")).status).toBe(400);
  });

  it("filters by state, result, submission time (strictly after / before) and the job's fields", async () => {
    const { sims, tick } = setup();
    const t1 = tick();
    sims.huaweiMrs.addJob({ jobExecutionId: "a", clusterId: "c1", jobName: "nightly" });
    const t2 = tick();
    sims.huaweiMrs.addJob({ jobExecutionId: "b", clusterId: "c1", state: "ACCEPTED" });
    tick();
    sims.huaweiMrs.addJob({ jobExecutionId: "c", clusterId: "c1", state: "FINISHED" });
    expect(ids((await list(sims, "?job_state=RUNNING")).body)).toEqual(["a"]);
    expect(ids((await list(sims, "?job_result=UNDEFINED")).body)).toEqual(["b", "a"]);
    expect(ids((await list(sims, "?job_result=SUCCEEDED")).body)).toEqual(["c"]);
    expect(ids((await list(sims, `?submitted_time_begin=${t1}`)).body)).toEqual(["c", "b"]);
    expect(ids((await list(sims, `?submitted_time_end=${t2}`)).body)).toEqual(["a"]);
    expect(ids((await list(sims, "?job_name=nightly")).body)).toEqual(["a"]);
    expect(ids((await list(sims, "?job_id=b")).body)).toEqual(["b"]);
    expect(
      ids((await list(sims, "?user=xxxx&job_type=SparkSubmit&queue=default")).body),
    ).toHaveLength(3);
    expect(ids((await list(sims, "?queue=etl")).body)).toEqual([]);
    expect((await list(sims, "?job_state=New")).status).toBe(400);
  });

  it("shows a killed job as KILLED, and the list is answered as showJobExeListNew", async () => {
    const sims = withJobs(1);
    await sims.huaweiMrs.handle(
      new Request(`${MRS}/v2/p1/clusters/c1/job-executions/m1/kill`, {
        method: "POST",
        headers: aksk,
      }),
    );
    const [job] = (await list(sims)).body.job_list;
    expect(job).toMatchObject({ job_id: "m1", job_state: "KILLED", job_result: "KILLED" });
    expect(sims.huaweiMrs.requests.map((r) => `${r.operation} ${r.status}`)).toEqual([
      "stopJob 200",
      "showJobExeListNew 202",
    ]);
  });
});
