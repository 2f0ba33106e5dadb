// cancelJobRunConfirmed: AWS refuses the cancel of a run that has already ended with 400
// ValidationException, the code of bad input too; one GetJobRun tells the two apart.
import { type ApiError, BadRequestError, PermissionDeniedError } from "@cancel/core";
import { createMockServer, specExamples } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cancelJobRunConfirmed, createClient } from "../src/index.js";

const BASE = "https://emr-serverless.eu-west-1.amazonaws.com";
const PATH = `${BASE}/applications/:applicationId/jobruns/:jobRunId`;
const APP = "00f1r6ss7gs9ue09";
const RUN = "00f1s0tqg1gkas09";
const ids = { applicationId: APP, jobRunId: RUN };
const examples = specExamples("emr-serverless");
const notCancellable = examples.cancelJobRun!.errors.find((e) => e.name === "notCancellable")!;
const jobRun = (examples.getJobRun!.success[0]!.value as { jobRun: Record<string, unknown> })
  .jobRun;

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

// Default retries: an ambiguous refusal must still be sent once and read once.
const client = createClient({
  region: "eu-west-1",
  credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7" },
  random: () => 0,
});

const awsError = (status: number, type: string, message: string, requestId: string) =>
  HttpResponse.json(
    { message },
    {
      status,
      headers: {
        "X-Amzn-ErrorType": `${type}:http://internal.amazon.com/coral/com.amazonaws.emrserverless/`,
        "x-amzn-RequestId": requestId,
      },
    },
  );
const refused = () =>
  http.delete(PATH, () =>
    awsError(
      400,
      "ValidationException",
      (notCancellable.value as { message: string }).message,
      "req-cancel",
    ),
  );
const state = (value: string) =>
  http.get(PATH, () =>
    HttpResponse.json(
      { jobRun: { ...jobRun, state: value } },
      { headers: { "x-amzn-RequestId": "req-read" } },
    ),
  );
const operations = () => mock.requests.map((r) => `${r.method} ${r.url.pathname}`);
const DELETE = `DELETE /applications/${APP}/jobruns/${RUN}`;
const GET = `GET /applications/${APP}/jobruns/${RUN}`;

describe("cancelJobRunConfirmed", () => {
  it("a running run: cancel-requested, nothing read", async () => {
    mock.use(
      http.delete(PATH, () => HttpResponse.json(ids)),
      state("CANCELLING"),
    );
    const result = await cancelJobRunConfirmed(client, ids);
    expect(result).toMatchObject({ outcome: "cancel-requested", data: ids, refusal: undefined });
    expect(result.state).toBeUndefined();
    expect(operations()).toEqual([DELETE]);
  });

  it.each([
    ["SUCCESS", "succeeded"],
    ["FAILED", "failed"],
    ["CANCELLED", "cancelled"],
  ])(
    "a run that ended %s: already-terminal, its final state from one read",
    async (vendorState, runState) => {
      mock.use(refused(), state(vendorState));
      const result = await cancelJobRunConfirmed(client, ids);
      expect(result.outcome).toBe("already-terminal");
      expect(result.state).toEqual({
        state: runState,
        terminal: true,
        vendorState,
        vendorResult: undefined,
      });
      expect(result.data).toBeUndefined();
      expect(result.refusal).toBeInstanceOf(BadRequestError);
      expect(result.refusal).toMatchObject({
        code: "ValidationException",
        requestId: "req-cancel",
      });
      expect(result.metadata).toMatchObject({ status: 400, requestId: "req-cancel" });
      expect(result.confirmation?.data.jobRun.state).toBe(vendorState);
      expect(result.confirmation?.metadata.requestId).toBe("req-read");
      // The refusal is sent once (never retried), the run read once.
      expect(operations()).toEqual([DELETE, GET]);
    },
  );

  it("a refused cancel of a run still running: the refusal itself", async () => {
    mock.use(refused(), state("RUNNING"));
    const error = await cancelJobRunConfirmed(client, ids).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({
      status: 400,
      code: "ValidationException",
      operation: "cancelJobRun",
      requestId: "req-cancel",
    });
    expect((error as Error).cause).toBeUndefined();
    expect(operations()).toEqual([DELETE, GET]);
  });

  it("a read that fails: the refusal, with the read's failure as its cause", async () => {
    // IAM may allow CancelJobRun and not GetJobRun.
    mock.use(
      refused(),
      http.get(PATH, () =>
        awsError(403, "AccessDeniedException", "not authorized: GetJobRun", "req-read"),
      ),
    );
    const error = (await cancelJobRunConfirmed(client, ids).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: "ValidationException", operation: "cancelJobRun" });
    expect(error.cause).toBeInstanceOf(PermissionDeniedError);
    expect(error.cause).toMatchObject({ code: "AccessDeniedException", operation: "getJobRun" });
    expect(operations()).toEqual([DELETE, GET]);
  });

  it("other refusals are not ambiguous: no read", async () => {
    mock.use(
      http.delete(PATH, () =>
        awsError(404, "ResourceNotFoundException", "Job run does not exist", "req-404"),
      ),
      state("SUCCESS"),
    );
    const error = await cancelJobRunConfirmed(client, ids).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: "ResourceNotFoundException" });
    expect(operations()).toEqual([DELETE]);
  });

  it("input that breaks the spec is refused before anything is sent", async () => {
    const error = await cancelJobRunConfirmed(client, { ...ids, jobRunId: "Not-An-Id" }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: "ValidationError" });
    expect(mock.requests).toHaveLength(0);
  });
});
