// The Fabric workload simulator on the wire: by default it answers as Microsoft's reference
// workload (the sample backend's JobsControllerImpl, ItemBase and Item1); the options give the
// tolerated variants of specs/fabric-workload.yaml.
import { describe, expect, it } from "vitest";
import {
  CONNECTION_RESET,
  createManualClock,
  FabricWorkloadSimulator,
  type FabricWorkloadSimulatorOptions,
} from "../src/index.js";

const BASE = "https://workload.simulator.test/workload";
const ITEM = "b14cb7e7-d346-4751-9cfd-8c2767d53111";
const OTHER_ITEM = "00000000-0000-0000-0000-000000000000";
const JOB = "63f77191-432d-4ee6-9c5f-31a1a6987072";
const UNKNOWN_JOB = "5b218778-e7a5-4d73-8187-f10824047715";
const HEADERS = {
  authorization: 'SubjectAndAppToken1.0 subjectToken="", appToken="eyJapp"',
  activityid: "3f0a7c2e-5b1d-4e8a-9c6f-2d7e8b9a0c14",
  requestid: "8b6c1d4e-2f3a-4b5c-9d8e-7f6a5b4c3d21",
  "x-ms-client-tenant-id": "72f988bf-86f1-41af-91ab-2d7cd011db47",
};

const jobUrl = (item = ITEM, job = JOB) =>
  `${BASE}/workspaces/e5ef604d-e14f-4a59-9133-75d5a0cb9334/items/Contoso.FinanceAnalytics.Forecast/${item}/jobTypes/calculateForecast/instances/${job}`;

function workload(options: FabricWorkloadSimulatorOptions = {}) {
  const clock = createManualClock();
  const sim = new FabricWorkloadSimulator({ clock, ...options });
  const send = async (method: "GET" | "POST", url: string) => {
    const answer = await sim.handle(new Request(url, { method, headers: HEADERS }));
    if (answer === CONNECTION_RESET) throw new Error("unexpected reset");
    const text = await answer.text();
    return { status: answer.status, body: text === "" ? undefined : JSON.parse(text) };
  };
  return {
    sim,
    clock,
    cancel: (item?: string, job?: string) => send("POST", `${jobUrl(item, job)}/cancel`),
    state: (item?: string, job?: string) => send("GET", jobUrl(item, job)),
  };
}

describe("by default, the reference workload's answers", () => {
  it("a running job: the cancel is 200 {status: Cancelled} at once, and so is every read after it", async () => {
    const w = workload({ cancelDelayMs: 5000 });
    w.sim.addJobInstance({ jobInstanceId: JOB, itemId: ITEM });
    expect(await w.state()).toEqual({ status: 200, body: { status: "InProgress" } });
    expect(await w.cancel()).toEqual({ status: 200, body: { status: "Cancelled" } });
    expect(await w.state()).toEqual({ status: 200, body: { status: "Cancelled" } });
    expect(w.sim.jobInstanceStatus(JOB)).toBe("Cancelled");
  });

  it.each(["Completed", "Failed"] as const)(
    "a %s job: the cancel is still 200 Cancelled, and the job reads Cancelled from then on",
    async (status) => {
      const w = workload();
      w.sim.addJobInstance({ jobInstanceId: JOB, itemId: ITEM, status });
      expect(await w.state()).toEqual({ status: 200, body: { status } });
      expect(await w.cancel()).toEqual({ status: 200, body: { status: "Cancelled" } });
      expect(await w.state()).toEqual({ status: 200, body: { status: "Cancelled" } });
    },
  );

  it("a job instance it has no record of: the read is 200 Failed; a cancel is 200 Cancelled and recorded", async () => {
    const w = workload();
    w.sim.addItem(ITEM);
    expect(await w.state(ITEM, UNKNOWN_JOB)).toEqual({ status: 200, body: { status: "Failed" } });
    expect(await w.cancel(ITEM, UNKNOWN_JOB)).toEqual({
      status: 200,
      body: { status: "Cancelled" },
    });
    expect(await w.state(ITEM, UNKNOWN_JOB)).toEqual({
      status: 200,
      body: { status: "Cancelled" },
    });
  });

  it("an item added with a job is known to the workload too", async () => {
    const w = workload();
    w.sim.addJobInstance({ jobInstanceId: JOB, itemId: ITEM });
    expect(await w.state(ITEM, UNKNOWN_JOB)).toEqual({ status: 200, body: { status: "Failed" } });
  });

  it("an unknown item: 404 ItemMetadataNotFound, PascalCase with a numeric Source and nulls", async () => {
    const w = workload();
    w.sim.addJobInstance({ jobInstanceId: JOB, itemId: ITEM });
    const body = {
      ErrorCode: "ItemMetadataNotFound",
      Message: `Item metadata file cannot be found. It is advised to delete this item and create a new item instead (ItemId: ${OTHER_ITEM})`,
      MessageParameters: [OTHER_ITEM],
      Source: 0,
      IsPermanent: true,
      MoreDetails: null,
    };
    expect(await w.cancel(OTHER_ITEM)).toEqual({ status: 404, body });
    expect(await w.state(OTHER_ITEM, UNKNOWN_JOB)).toEqual({ status: 404, body });
    expect(w.sim.jobInstanceStatus(JOB)).toBe("InProgress");
  });

  it("faults in the same form: 429 TooManyRequests (Source 1) and 500 InternalError (Source 0)", async () => {
    const w = workload();
    w.sim.addJobInstance({ jobInstanceId: JOB });
    w.sim.faults.add({ fault: { kind: "throttle" }, times: 1 });
    w.sim.faults.add({ fault: { kind: "server-error" }, times: 1 });
    expect(await w.cancel()).toEqual({
      status: 429,
      body: {
        ErrorCode: "TooManyRequests",
        Message: "Too many requests",
        MessageParameters: null,
        Source: 1,
        IsPermanent: false,
        MoreDetails: null,
      },
    });
    expect(await w.cancel()).toEqual({
      status: 500,
      body: {
        ErrorCode: "InternalError",
        Message: "Internal error",
        MessageParameters: null,
        Source: 0,
        IsPermanent: false,
        MoreDetails: null,
      },
    });
  });

  it("a path no route serves: ASP.NET's empty 404", async () => {
    const w = workload();
    const answer = await w.sim.handle(new Request(`${BASE}/workspaces/x`, { headers: HEADERS }));
    if (answer === CONNECTION_RESET) throw new Error("unexpected reset");
    expect(answer.status).toBe(404);
    expect(await answer.text()).toBe("");
  });
});

describe("the tolerated variants", () => {
  it("cancelAnswer state: the job's own state with times, InProgress until the delay has passed; a finished job's final state", async () => {
    const w = workload({ cancelAnswer: "state", cancelDelayMs: 3000 });
    w.sim.addJobInstance({ jobInstanceId: JOB, itemId: ITEM });
    const started = new Date(w.clock.now()).toISOString();
    expect(await w.cancel()).toEqual({
      status: 200,
      body: { status: "InProgress", startTimeUtc: started },
    });
    w.clock.advance(3000);
    const ended = new Date(w.clock.now()).toISOString();
    const cancelled = { status: "Cancelled", startTimeUtc: started, endTimeUtc: ended };
    expect(await w.state()).toEqual({ status: 200, body: cancelled });
    expect(await w.cancel()).toEqual({ status: 200, body: cancelled });
  });

  it("cancelAnswer conflict: a finished job is refused with 409 JobAlreadyCompleted and stays finished", async () => {
    const w = workload({ cancelAnswer: "conflict" });
    w.sim.addJobInstance({ jobInstanceId: JOB, itemId: ITEM, status: "Completed" });
    expect(await w.cancel()).toEqual({
      status: 409,
      body: {
        ErrorCode: "JobAlreadyCompleted",
        Message: `Job instance ${JOB} has already completed and cannot be cancelled.`,
        MessageParameters: [JOB],
        Source: 1,
        IsPermanent: true,
        MoreDetails: null,
      },
    });
    expect(w.sim.jobInstanceStatus(JOB)).toBe("Completed");
  });

  it("unknownJobInstance not-found: 404 JobInstanceNotFound to the cancel and the read, nothing recorded", async () => {
    const w = workload({ unknownJobInstance: "not-found" });
    w.sim.addItem(ITEM);
    for (const call of [w.cancel, w.state]) {
      const answer = await call(ITEM, UNKNOWN_JOB);
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ ErrorCode: "JobInstanceNotFound" });
    }
  });

  it("errorBodies camel: the Swagger's ErrorResponse, source as a string", async () => {
    const w = workload({ errorBodies: "camel", cancelAnswer: "conflict" });
    w.sim.addJobInstance({ jobInstanceId: JOB, itemId: ITEM, status: "Failed" });
    expect(await w.cancel()).toEqual({
      status: 409,
      body: {
        errorCode: "JobAlreadyCompleted",
        message: `Job instance ${JOB} has already completed and cannot be cancelled.`,
        messageParameters: [JOB],
        source: "User",
        isPermanent: true,
      },
    });
    expect(await w.state(OTHER_ITEM)).toEqual({
      status: 404,
      body: {
        errorCode: "ItemMetadataNotFound",
        message: `Item metadata file cannot be found. It is advised to delete this item and create a new item instead (ItemId: ${OTHER_ITEM})`,
        messageParameters: [OTHER_ITEM],
        source: "System",
        isPermanent: true,
      },
    });
  });
});

describe("built on @cancel/fabric-workload/server's createJobsHandler", () => {
  it("validates ids and tokens as the handler does, echoes RequestId and ActivityId, logs the route", async () => {
    const w = workload();
    w.sim.addJobInstance({ jobInstanceId: JOB, itemId: ITEM });
    const notUuid = await w.cancel(ITEM, "job-1");
    expect(notUuid.status).toBe(400);
    expect(notUuid.body).toMatchObject({
      ErrorCode: "InvalidRequest",
      Message: 'Invalid request: path parameter jobInstanceId must be a UUID, got "job-1"',
    });
    const answer = await w.sim.handle(new Request(jobUrl(), { headers: HEADERS }));
    if (answer === CONNECTION_RESET) throw new Error("unexpected reset");
    expect(answer.headers.get("RequestId")).toBe(HEADERS.requestid);
    expect(answer.headers.get("ActivityId")).toBe(HEADERS.activityid);
    const notJwt = await w.sim.handle(
      new Request(jobUrl(), {
        headers: {
          ...HEADERS,
          authorization: 'SubjectAndAppToken1.0 subjectToken="", appToken="app-token"',
        },
      }),
    );
    expect(notJwt).toMatchObject({ status: 401 });
    expect(w.sim.requests.map((r) => [r.operation, r.jobId, r.status])).toEqual([
      ["cancelItemJobInstance", "job-1", 400],
      ["getItemJobInstanceState", JOB, 200],
      ["getItemJobInstanceState", JOB, 401],
    ]);
  });
});
