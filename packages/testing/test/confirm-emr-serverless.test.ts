/**
 * `cancelJobRunConfirmed` of `@cancel/emr-serverless` against the EMR Serverless simulator (msw,
 * real SigV4): the simulator refuses a run that has ended with 400 ValidationException, as AWS
 * does, and one GetJobRun settles it.
 */
import { BadRequestError, ServerError } from "@cancel/core";
import * as emr from "@cancel/emr-serverless";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createManualClock,
  createSimulators,
  type ManualClock,
  type Simulators,
} from "../src/index.js";
import { simulatorHandlers } from "../src/msw.js";
import { IDS, KEYS, newSimulators } from "./client-suite.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterAll(() => server.close());

const ids = { applicationId: IDS.applicationId, jobRunId: IDS.jobRunId };
let sims: Simulators;
let clock: ManualClock;
let client: emr.EmrServerlessClient;
const operations = () => sims.emrServerless.requests.map((r) => `${r.operation} ${r.status}`);

beforeEach(() => {
  clock = createManualClock();
  sims = newSimulators(clock);
  server.resetHandlers(...simulatorHandlers(sims));
  client = emr.createClient({ region: "eu-west-1", credentials: KEYS.aws, clock });
});

describe("cancelJobRunConfirmed against the simulator", () => {
  it.each([
    ["SUCCESS", "succeeded"],
    ["FAILED", "failed"],
    ["CANCELLED", "cancelled"],
  ] as const)(
    "a run that ended %s is already-terminal, with its final state",
    async (state, runState) => {
      sims.emrServerless.addJobRun({ ...ids, state });
      const result = await emr.cancelJobRunConfirmed(client, ids);
      expect(result).toMatchObject({
        outcome: "already-terminal",
        state: { state: runState, terminal: true, vendorState: state },
        refusal: { status: 400, code: "ValidationException" },
      });
      expect(result.confirmation?.data.jobRun.state).toBe(state);
      // The refusal is sent once, the run read once.
      expect(operations()).toEqual(["cancelJobRun 400", "getJobRun 200"]);
    },
  );

  it("a running run: cancel-requested, and it is cancelling", async () => {
    sims.emrServerless.addJobRun(ids);
    const result = await emr.cancelJobRunConfirmed(client, ids);
    expect(result).toMatchObject({ outcome: "cancel-requested", data: ids });
    expect(operations()).toEqual(["cancelJobRun 200"]);
    expect(sims.emrServerless.jobRunState(ids.applicationId, ids.jobRunId)).toBe("CANCELLING");
  });

  it("a refused cancel of a run still running stays the refusal", async () => {
    sims.emrServerless.addJobRun(ids);
    // A ValidationException for a run the simulator would cancel: answered in front of it.
    const refusal = { message: "1 validation error detected" };
    server.use(
      http.delete(/emr-serverless\.eu-west-1\.amazonaws\.com\/applications\//, () =>
        HttpResponse.json(refusal, {
          status: 400,
          headers: { "X-Amzn-ErrorType": "ValidationException", "x-amzn-RequestId": "req-400" },
        }),
      ),
    );
    const error = await emr.cancelJobRunConfirmed(client, ids).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({
      code: "ValidationException",
      operation: "cancelJobRun",
      requestId: "req-400",
      vendorMessage: refusal.message,
    });
    expect(operations()).toEqual(["getJobRun 200"]);
    expect(sims.emrServerless.jobRunState(ids.applicationId, ids.jobRunId)).toBe("RUNNING");
  });

  it("a read that fails leaves the refusal, with the read's error as its cause", async () => {
    sims.emrServerless.addJobRun({ ...ids, state: "SUCCESS" });
    sims.emrServerless.faults.add({ fault: { kind: "server-error" }, operation: "getJobRun" });
    const error = (await emr
      .cancelJobRunConfirmed(client, ids, { retry: false })
      .catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: "ValidationException", operation: "cancelJobRun" });
    expect(error.cause).toBeInstanceOf(ServerError);
    expect(error.cause).toMatchObject({ code: "InternalServerException", operation: "getJobRun" });
    expect(operations()).toEqual(["cancelJobRun 400", "getJobRun 500"]);
  });
});

describe("the msw handlers intercept every partition's hosts", () => {
  it.each([
    { region: "cn-north-1", useFipsEndpoint: true },
    { region: "eu-west-1", useDualstackEndpoint: true },
    { region: "eusc-de-east-1", useDualstackEndpoint: true },
    { region: "us-isob-east-1", useFipsEndpoint: true, useDualstackEndpoint: true },
    { region: "eu-isoe-west-1" },
    { region: "us-isof-south-1", useDualstackEndpoint: true },
  ])("$region", async (options) => {
    // Signed for the Region of each host: a simulator that accepts any Region.
    sims = createSimulators({ clock, emrServerless: { credentials: [KEYS.aws] } });
    server.resetHandlers(...simulatorHandlers(sims));
    sims.emrServerless.addJobRun({ ...ids, state: "SUCCESS" });
    const regional = emr.createClient({ credentials: KEYS.aws, clock, ...options });
    const { jobRun } = await emr.getJobRun(regional, ids);
    expect(jobRun.state).toBe("SUCCESS");
    expect(new URL(sims.emrServerless.requests[0]!.url).host).toBe(regional.transport.baseUrl.host);
  });
});
