/**
 * The official AWS SDK (`@aws-sdk/client-emr-serverless`, written by AWS, not here) against the
 * EMR Serverless simulator's HTTP server: its SigV4 signatures verify, it cancels and reads a
 * run, and it gets the modelled ResourceNotFoundException / auth exceptions back.
 */
import {
  CancelJobRunCommand,
  EMRServerlessClient,
  EMRServerlessServiceException,
  GetJobRunCommand,
  ResourceNotFoundException,
  ValidationException,
} from "@aws-sdk/client-emr-serverless";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createManualClock, type ManualClock } from "../src/index.js";
import { type RunningSimulators, startSimulators } from "../src/node.js";

const KEY = { accessKeyId: "AKIAOFFICIALSDK0001", secretAccessKey: "officialSdkSecret/0123456789" };
const applicationId = "00f1r6ss7gs9ue09";
const jobRunId = "00f1s0tqg1gkas09";

describe("@aws-sdk/client-emr-serverless against the EMR Serverless simulator (HTTP)", () => {
  let running: RunningSimulators;
  let clock: ManualClock;
  const sdk = (credentials = KEY, region = "eu-west-1") =>
    new EMRServerlessClient({
      endpoint: running.urls.emrServerless,
      region,
      credentials,
      maxAttempts: 1,
    });

  beforeEach(async () => {
    clock = createManualClock();
    running = await startSimulators({
      clock,
      cancelDelayMs: 5000,
      emrServerless: { credentials: [KEY], region: "eu-west-1" },
    });
    running.sims.emrServerless.addJobRun({ applicationId, jobRunId });
  });
  afterEach(() => running.close());

  it("cancels a run and reads it through CANCELLING to CANCELLED", async () => {
    const client = sdk();
    const cancelled = await client.send(new CancelJobRunCommand({ applicationId, jobRunId }));
    expect(cancelled).toMatchObject({ applicationId, jobRunId });
    expect(cancelled.$metadata.httpStatusCode).toBe(200);
    expect(cancelled.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const cancelling = await client.send(new GetJobRunCommand({ applicationId, jobRunId }));
    expect(cancelling.jobRun?.state).toBe("CANCELLING");
    expect(cancelling.jobRun?.createdAt).toBeInstanceOf(Date);
    clock.advance(5000);
    const done = await client.send(new GetJobRunCommand({ applicationId, jobRunId }));
    expect(done.jobRun?.state).toBe("CANCELLED");
    expect(done.jobRun?.endedAt).toBeInstanceOf(Date);
  });

  it("signs and accepts the shutdown grace period query parameter", async () => {
    const cancelled = await sdk().send(
      new CancelJobRunCommand({ applicationId, jobRunId, shutdownGracePeriodInSeconds: 300 }),
    );
    expect(cancelled.jobRunId).toBe(jobRunId);
    expect(running.sims.emrServerless.requests.at(-1)?.url).toContain(
      "shutdownGracePeriodInSeconds=300",
    );
  });

  it.each(["SUCCESS", "FAILED", "CANCELLED"] as const)(
    "gets the modelled ValidationException when cancelling a run that ended %s",
    async (state) => {
      running.sims.emrServerless.addJobRun({ applicationId, jobRunId, state });
      const error = await sdk()
        .send(new CancelJobRunCommand({ applicationId, jobRunId }))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationException);
      expect(error).toMatchObject({
        message: `Job run ${jobRunId} is not in a cancellable state`,
        $metadata: { httpStatusCode: 400 },
      });
      expect(running.sims.emrServerless.jobRunState(applicationId, jobRunId)).toBe(state);
    },
  );

  it("gets ResourceNotFoundException for an unknown run", async () => {
    const error = await sdk()
      .send(new CancelJobRunCommand({ applicationId, jobRunId: "0000unknown" }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect((error as ResourceNotFoundException).message).toBe(
      `Job run 0000unknown does not exist in application ${applicationId}`,
    );
    expect((error as ResourceNotFoundException).$metadata.httpStatusCode).toBe(404);
  });

  it("gets InvalidSignatureException for a wrong secret and UnrecognizedClientException for an unknown key", async () => {
    const wrongSecret = await sdk({ ...KEY, secretAccessKey: "not-the-secret" })
      .send(new GetJobRunCommand({ applicationId, jobRunId }))
      .catch((e: unknown) => e);
    expect(wrongSecret).toBeInstanceOf(EMRServerlessServiceException);
    expect(wrongSecret).toMatchObject({
      name: "InvalidSignatureException",
      $metadata: { httpStatusCode: 403 },
    });
    const unknownKey = await sdk({ ...KEY, accessKeyId: "AKIAUNKNOWN000000000" })
      .send(new GetJobRunCommand({ applicationId, jobRunId }))
      .catch((e: unknown) => e);
    expect(unknownKey).toMatchObject({
      name: "UnrecognizedClientException",
      message: "The security token included in the request is invalid.",
    });
    const wrongRegion = await sdk(KEY, "us-west-2")
      .send(new GetJobRunCommand({ applicationId, jobRunId }))
      .catch((e: unknown) => e);
    expect(wrongRegion).toMatchObject({ name: "InvalidSignatureException" });
    expect(running.sims.emrServerless.jobRunState(applicationId, jobRunId)).toBe("RUNNING");
  });

  it("gets ThrottlingException (429, X-Amzn-ErrorType) from a throttle fault", async () => {
    running.sims.emrServerless.faults.add({ fault: { kind: "throttle" }, times: 1 });
    const error = await sdk()
      .send(new GetJobRunCommand({ applicationId, jobRunId }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "ThrottlingException",
      $metadata: { httpStatusCode: 429 },
    });
  });
});
