// cancelItemJobInstanceConfirmed with msw: the outcome the workload confirms (x-cancel-cancel of
// the spec), from the cancel's answer or, for the ambiguous JobAlreadyCompleted, one state read.
import {
  type ApiError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  ServerError,
} from "@cancel/core";
import { createMockServer, specExamples } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cancelItemJobInstanceConfirmed, createClient } from "../src/index.js";
import { IDS, TENANT } from "./support/fixtures.js";

const BASE = "https://forecast.example.net/workload";
const JOB_PATH = `${BASE}/workspaces/${IDS.workspaceId}/items/${IDS.itemType}/${IDS.itemId}/jobTypes/${IDS.jobType}/instances/${IDS.jobInstanceId}`;

const examples = specExamples("fabric-workload");
const errorExample = (name: string) =>
  examples.cancelItemJobInstance!.errors.find((e) => e.name === name)!.value;
const JOB_ALREADY_COMPLETED = errorExample("jobAlreadyCompleted");

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

// Default retries on: an answer that is retried would show up as a second request.
const client = createClient({ baseUrl: BASE, tenantId: TENANT, appToken: async () => "eyJapp" });

type Answer = { status: number; body?: unknown } | "network-error";
function workload(cancel: Answer, state?: Answer) {
  const respond = (answer: Answer) =>
    answer === "network-error"
      ? HttpResponse.error()
      : HttpResponse.json(answer.body as never, { status: answer.status });
  mock.use(
    http.post(`${JOB_PATH}/cancel`, () => respond(cancel)),
    ...(state ? [http.get(JOB_PATH, () => respond(state))] : []),
  );
}
const calls = () => mock.requests.map((r) => `${r.method} ${r.url.pathname.endsWith("/cancel")}`);
const caught = (promise: Promise<unknown>) =>
  promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error as ApiError,
  );

describe("the cancel's own answer", () => {
  it("the reference workload's 200 {status: Cancelled} is cancelled, with no read", async () => {
    workload({ status: 200, body: { status: "Cancelled" } });
    const result = await cancelItemJobInstanceConfirmed(client, IDS);
    expect(result).toMatchObject({
      outcome: "cancelled",
      data: { status: "Cancelled" },
      state: { state: "cancelled", terminal: true, vendorState: "Cancelled" },
      refusal: undefined,
      confirmation: undefined,
    });
    expect(result.metadata.status).toBe(200);
    // The workload echoes no request id: the RequestId the client sent stands for it.
    expect(result.metadata.requestId).toBe(mock.requests[0]!.headers.requestid);
    expect(calls()).toEqual(["POST true"]);
  });

  it("a running job (200 InProgress) is cancel-requested", async () => {
    workload({ status: 200, body: { status: "InProgress" } });
    const result = await cancelItemJobInstanceConfirmed(client, IDS);
    expect(result.outcome).toBe("cancel-requested");
    expect(result.state).toMatchObject({ state: "running", terminal: false });
    expect(calls()).toEqual(["POST true"]);
  });

  it("a finished job answered with its final state (200 Completed) is already-terminal", async () => {
    const completed = examples.cancelItemJobInstance!.success.find(
      (e) => e.name === "alreadyCompleted",
    )!.value;
    workload({ status: 200, body: completed });
    const result = await cancelItemJobInstanceConfirmed(client, IDS);
    expect(result.outcome).toBe("already-terminal");
    expect(result.state).toMatchObject({ state: "succeeded", vendorState: "Completed" });
    expect(calls()).toEqual(["POST true"]);
  });
});

describe("the ambiguous refusal: 409 JobAlreadyCompleted, settled by one state read", () => {
  it.each([
    ["Completed", "succeeded"],
    ["Failed", "failed"],
    ["Cancelled", "cancelled"],
  ])("a job the read shows %s is already-terminal with that final state", async (status, state) => {
    workload({ status: 409, body: JOB_ALREADY_COMPLETED }, { status: 200, body: { status } });
    const result = await cancelItemJobInstanceConfirmed(client, IDS);
    expect(result.outcome).toBe("already-terminal");
    expect(result.state).toMatchObject({ state, terminal: true, vendorState: status });
    expect(result.data).toBeUndefined();
    expect(result.refusal).toBeInstanceOf(ConflictError);
    expect(result.refusal).toMatchObject({ status: 409, code: "JobAlreadyCompleted" });
    expect(result.confirmation?.data).toEqual({ status });
    // Sent once (a 409 is never retried), read exactly once.
    expect(calls()).toEqual(["POST true", "GET false"]);
  });

  it("the read goes to the same job with the same tenant and its own RequestId", async () => {
    workload(
      { status: 409, body: JOB_ALREADY_COMPLETED },
      { status: 200, body: { status: "Completed" } },
    );
    await cancelItemJobInstanceConfirmed(client, IDS);
    const [cancel, read] = mock.requests;
    expect(read!.url.href).toBe(JOB_PATH);
    expect(read!.headers["x-ms-client-tenant-id"]).toBe(TENANT);
    expect(cancel!.headers["x-ms-client-tenant-id"]).toBe(TENANT);
    expect(read!.headers.requestid).not.toBe(cancel!.headers.requestid);
  });

  it("a job the read shows running: the refusal is thrown unchanged", async () => {
    workload(
      { status: 409, body: JOB_ALREADY_COMPLETED },
      { status: 200, body: { status: "InProgress" } },
    );
    const error = await caught(cancelItemJobInstanceConfirmed(client, IDS));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({
      status: 409,
      code: "JobAlreadyCompleted",
      operation: "cancelItemJobInstance",
      attempts: 1,
    });
    expect(error.cause).toBeUndefined();
    expect(calls()).toEqual(["POST true", "GET false"]);
  });

  it("a read that fails: the refusal is thrown, with the read's error as its cause", async () => {
    const internal = examples.getItemJobInstanceState!.errors.find(
      (e) => e.name === "internalError",
    )!.value;
    const noRetry = createClient({
      baseUrl: BASE,
      tenantId: TENANT,
      appToken: async () => "eyJapp",
      retry: false,
    });
    workload({ status: 409, body: JOB_ALREADY_COMPLETED }, { status: 500, body: internal });
    const error = await caught(cancelItemJobInstanceConfirmed(noRetry, IDS));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe("JobAlreadyCompleted");
    expect(error.cause).toBeInstanceOf(ServerError);
    expect(error.cause).toMatchObject({
      status: 500,
      code: "InternalError",
      operation: "getItemJobInstanceState",
    });
    expect(calls()).toEqual(["POST true", "GET false"]);
  });

  it("a read that meets a network error: the refusal, with the ConnectionError as its cause", async () => {
    const noRetry = createClient({
      baseUrl: BASE,
      tenantId: TENANT,
      appToken: async () => "eyJapp",
      retry: false,
    });
    workload({ status: 409, body: JOB_ALREADY_COMPLETED }, "network-error");
    const error = await caught(cancelItemJobInstanceConfirmed(noRetry, IDS));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.cause).toBeInstanceOf(ConnectionError);
    expect(calls()).toEqual(["POST true", "GET false"]);
  });
});

describe("refusals that are not ambiguous: thrown, no read", () => {
  it.each(["itemMetadataNotFound", "jobInstanceNotFound"])(
    "404 %s (an unknown job is unknown to the read too)",
    async (name) => {
      workload(
        { status: 404, body: errorExample(name) },
        { status: 200, body: { status: "Failed" } },
      );
      const error = await caught(cancelItemJobInstanceConfirmed(client, IDS));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(calls()).toEqual(["POST true"]);
    },
  );
});
