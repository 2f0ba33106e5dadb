// cancelSqlJobConfirmed against stubbed answers (msw): DLI documents no code or message for the
// refusal of a finished job, so every 400 is settled by one showSqlJobStatus read, never by what
// the refusal says.
import {
  type ApiError,
  BadRequestError,
  NotFoundError,
  RateLimitError,
  ServerError,
} from "@cancel/core";
import { createMockServer } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cancelSqlJobConfirmed, createClient, type HuaweiDliClientOptions } from "../src/index.js";

const BASE = "https://dli.cn-north-4.myhuaweicloud.com";
const PROJECT = "48cc2c48765f481480c7db940d6409d1";
const JOB = "6d2146a0-c2d5-41bd-8ca0-ca9694ada992";
const INPUT = { projectId: PROJECT, jobId: JOB };
const CANCEL = `${BASE}/v1.0/:projectId/jobs/:jobId`;
const STATUS = `${BASE}/v1.0/:projectId/jobs/:jobId/status`;
const NOT_SUPPORTED = { error_code: "DLI.0007", error_msg: "The operation is not supported." };

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

function makeClient(options: HuaweiDliClientOptions = {}) {
  return createClient({
    authenticate: (request) => {
      request.headers.set("X-Auth-Token", "token");
      return request;
    },
    ...options,
  });
}
// One answer per call unless a test says otherwise.
const client = makeClient({ retry: false });

function answer(method: "delete" | "get", status: number, body: unknown, requestId: string) {
  const path = method === "delete" ? CANCEL : STATUS;
  mock.use(
    http[method](path, () =>
      body === undefined
        ? new HttpResponse(null, { status, headers: { "X-Request-Id": requestId } })
        : HttpResponse.json(body as never, { status, headers: { "X-Request-Id": requestId } }),
    ),
  );
}
const sent = () => mock.requests.map((r) => `${r.method} ${r.url.pathname}`);
const CANCEL_SENT = `DELETE /v1.0/${PROJECT}/jobs/${JOB}`;
const READ_SENT = `GET /v1.0/${PROJECT}/jobs/${JOB}/status`;

describe("cancelSqlJobConfirmed", () => {
  it("a running job: 200 → cancel-requested, no status read", async () => {
    answer("delete", 200, { is_success: true, message: "" }, "rid-cancel");
    const confirmed = await cancelSqlJobConfirmed(client, INPUT);
    expect(confirmed).toMatchObject({
      outcome: "cancel-requested",
      data: { is_success: true, message: "" },
      metadata: { status: 200, requestId: "rid-cancel", attempts: 1 },
      state: undefined,
      refusal: undefined,
      confirmation: undefined,
    });
    expect(sent()).toEqual([CANCEL_SENT]);
  });

  it.each([
    ["FINISHED", "succeeded"],
    ["FAILED", "failed"],
    ["CANCELLED", "cancelled"],
  ])(
    "a %s job: the 400 is settled by one read → already-terminal, final state %s",
    async (vendorState, state) => {
      answer("delete", 400, NOT_SUPPORTED, "rid-cancel");
      const read = { job_id: JOB, status: vendorState, duration: 2523 };
      answer("get", 200, read, "rid-read");
      const confirmed = await cancelSqlJobConfirmed(client, INPUT);
      expect(confirmed.outcome).toBe("already-terminal");
      expect(confirmed.state).toEqual({
        state,
        terminal: true,
        vendorState,
        vendorResult: undefined,
      });
      expect(confirmed.data).toBeUndefined();
      expect(confirmed.metadata).toMatchObject({ status: 400, requestId: "rid-cancel" });
      expect(confirmed.refusal).toBeInstanceOf(BadRequestError);
      expect(confirmed.refusal).toMatchObject({ code: "DLI.0007", operation: "cancelSqlJob" });
      expect(confirmed.confirmation?.data).toEqual(read);
      expect(confirmed.confirmation?.metadata.requestId).toBe("rid-read");
      expect(sent()).toEqual([CANCEL_SENT, READ_SENT]);
    },
  );

  it.each(["LAUNCHING", "RUNNING", "SCALING", "SOME_FUTURE_STATE"])(
    "a refused cancel of a %s job throws the refusal itself, after one read",
    async (vendorState) => {
      // A permission refusal; the job runs on.
      const refusal = { error_code: "DLI.0003", error_msg: "SQL permission verification fails." };
      answer("delete", 400, refusal, "rid-cancel");
      answer("get", 200, { job_id: JOB, status: vendorState }, "rid-read");
      const error = (await cancelSqlJobConfirmed(client, INPUT).catch(
        (e: unknown) => e,
      )) as ApiError;
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error).toMatchObject({
        status: 400,
        code: "DLI.0003",
        vendorMessage: "SQL permission verification fails.",
        requestId: "rid-cancel",
        operation: "cancelSqlJob",
        body: refusal,
      });
      expect(error.cause).toBeUndefined();
      expect(sent()).toEqual([CANCEL_SENT, READ_SENT]);
    },
  );

  it("needs neither code nor message: a bare 400 on a finished job is already-terminal", async () => {
    answer("delete", 400, undefined, "rid-cancel");
    answer("get", 200, { job_id: JOB, status: "FINISHED" }, "rid-read");
    const confirmed = await cancelSqlJobConfirmed(client, INPUT);
    expect(confirmed).toMatchObject({ outcome: "already-terminal", state: { state: "succeeded" } });
    expect(confirmed.refusal).toMatchObject({ status: 400, code: undefined });
  });

  it.each([
    [500, { error_code: "APIGW.0103", error_msg: "The backend does not exist." }, ServerError],
    [400, { error_code: "DLI.0002", error_msg: "There is no job with id x." }, BadRequestError],
    [
      429,
      { error_code: "APIGW.0308", error_msg: "The throttling threshold has been reached." },
      RateLimitError,
    ],
  ])(
    "a read that fails (%s) surfaces the refusal, with the read's error as its cause",
    async (status, body, readClass) => {
      answer("delete", 400, NOT_SUPPORTED, "rid-cancel");
      answer("get", status, body, "rid-read");
      const error = (await cancelSqlJobConfirmed(client, INPUT).catch(
        (e: unknown) => e,
      )) as ApiError;
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error).toMatchObject({ status: 400, code: "DLI.0007", requestId: "rid-cancel" });
      expect(error.cause).toBeInstanceOf(readClass);
      expect(error.cause).toMatchObject({
        status,
        code: body.error_code,
        requestId: "rid-read",
        operation: "showSqlJobStatus",
      });
      expect(sent()).toEqual([CANCEL_SENT, READ_SENT]);
    },
  );

  it("sends the ambiguous refusal once and reads once, with the client's retries on", async () => {
    const retrying = makeClient({ retry: { maxAttempts: 4 } });
    answer("delete", 400, NOT_SUPPORTED, "rid-cancel");
    answer("get", 200, { job_id: JOB, status: "FAILED" }, "rid-read");
    const confirmed = await cancelSqlJobConfirmed(retrying, INPUT);
    expect(confirmed.outcome).toBe("already-terminal");
    expect(confirmed.refusal?.attempts).toBe(1);
    expect(sent()).toEqual([CANCEL_SENT, READ_SENT]);
  });

  it.each([
    [404, { error_code: "DLI.0023", error_msg: "No related resources were found." }, NotFoundError],
    [500, { error_code: "APIGW.0103", error_msg: "The backend does not exist." }, ServerError],
  ])("a %s is not ambiguous: thrown without a read", async (status, body, errorClass) => {
    answer("delete", status, body, "rid-cancel");
    answer("get", 200, { job_id: JOB, status: "FINISHED" }, "rid-read");
    const error = await cancelSqlJobConfirmed(client, INPUT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errorClass);
    expect(sent()).toEqual([CANCEL_SENT]);
  });
});
