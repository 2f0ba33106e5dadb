// cancelSqlJobConfirmed (@cancel/huawei-dli) against the DLI simulator: the simulator refuses a
// finished job's cancel with a 400 that names no state, so only the confirming status read can
// tell the job had ended. Run through msw and through the HTTP server (one file each).
import { BadRequestError, ServerError } from "@cancel/core";
import * as dli from "@cancel/huawei-dli";
import { beforeEach, describe, expect, it } from "vitest";
import {
  createManualClock,
  createSimulators,
  type ManualClock,
  type Simulators,
} from "../src/index.js";

const KEY = { ak: "HPUASIMULATORAK01", sk: "simulatorSecretKey0123456789" };
const PROJECT = "37caa80116e1403ab603e5eeb48a2f74";
const JOB = "6d2146a0-c2d5-41bd-8ca0-ca9694ada992";
const INPUT = { projectId: PROJECT, jobId: JOB };

/**
 * The suite, given how one mode serves fresh simulators: the base URL the client uses, or
 * undefined for the vendor's own host (msw).
 */
export function defineConfirmSuite(
  mode: string,
  serve: (sims: Simulators) => Promise<string | undefined>,
) {
  describe(`cancelSqlJobConfirmed against the DLI simulator (${mode})`, () => {
    let clock: ManualClock;
    let sims: Simulators;
    let client: dli.HuaweiDliClient;

    beforeEach(async () => {
      clock = createManualClock();
      sims = createSimulators({ clock, cancelDelayMs: 3000, huaweiDli: { credentials: [KEY] } });
      const baseUrl = await serve(sims);
      client = dli.createClient({
        baseUrl,
        region: baseUrl === undefined ? "cn-north-4" : undefined,
        credentials: KEY,
        projectId: PROJECT,
        now: () => new Date(clock.now()),
        allowInsecureLoopback: true,
        clock,
      });
    });
    const calls = () => sims.huaweiDli.requests.map((r) => `${r.operation} ${r.status}`);

    it("a running job → cancel-requested, and it is CANCELLED once the simulator's delay passes", async () => {
      sims.huaweiDli.addJob({ jobId: JOB });
      const confirmed = await dli.cancelSqlJobConfirmed(client, INPUT);
      expect(confirmed).toMatchObject({
        outcome: "cancel-requested",
        data: { is_success: true, message: "" },
        state: undefined,
        refusal: undefined,
      });
      expect(calls()).toEqual(["cancelSqlJob 200"]);
      clock.advance(3000);
      expect(sims.huaweiDli.jobStatus(JOB)).toBe("CANCELLED");
    });

    it.each([
      ["FINISHED", "succeeded"],
      ["FAILED", "failed"],
      ["CANCELLED", "cancelled"],
    ] as const)(
      "a %s job → already-terminal with the final state (%s), refusal sent once, read once",
      async (status, state) => {
        sims.huaweiDli.addJob({ jobId: JOB, status });
        const confirmed = await dli.cancelSqlJobConfirmed(client, INPUT);
        expect(confirmed.outcome).toBe("already-terminal");
        expect(confirmed.state).toEqual({
          state,
          terminal: true,
          vendorState: status,
          vendorResult: undefined,
        });
        expect(confirmed.refusal).toBeInstanceOf(BadRequestError);
        expect(confirmed.refusal).toMatchObject({
          code: "DLI.0007",
          vendorMessage: "The operation is not supported.",
          attempts: 1,
        });
        expect(confirmed.confirmation?.data).toMatchObject({ job_id: JOB, status });
        expect(confirmed.metadata.requestId).toBe(confirmed.refusal?.requestId);
        expect(calls()).toEqual(["cancelSqlJob 400", "showSqlJobStatus 200"]);
      },
    );

    it("a job that ends between the cancel and its second call: the second is already-terminal", async () => {
      sims.huaweiDli.addJob({ jobId: JOB });
      expect((await dli.cancelSqlJobConfirmed(client, INPUT)).outcome).toBe("cancel-requested");
      clock.advance(3000);
      const again = await dli.cancelSqlJobConfirmed(client, INPUT);
      expect(again).toMatchObject({ outcome: "already-terminal", state: { state: "cancelled" } });
    });

    it("a refused cancel of a running job is the refusal itself, and the job runs on", async () => {
      sims.huaweiDli.addJob({ jobId: JOB, cancelDenied: true });
      const error = await dli.cancelSqlJobConfirmed(client, INPUT).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error).toMatchObject({
        status: 400,
        code: "DLI.0003",
        vendorMessage: "SQL permission verification fails.",
        operation: "cancelSqlJob",
      });
      expect((error as Error).cause).toBeUndefined();
      expect(calls()).toEqual(["cancelSqlJob 400", "showSqlJobStatus 200"]);
      expect(sims.huaweiDli.jobStatus(JOB)).toBe("RUNNING");
    });

    it("a read that fails while confirming: the refusal, with the read's error as its cause", async () => {
      sims.huaweiDli.addJob({ jobId: JOB, status: "FINISHED" });
      sims.huaweiDli.faults.add({ fault: { kind: "server-error" }, operation: "showSqlJobStatus" });
      const error = (await dli
        .cancelSqlJobConfirmed(client, INPUT, { retry: false })
        .catch((e: unknown) => e)) as BadRequestError;
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error).toMatchObject({ status: 400, code: "DLI.0007" });
      expect(error.cause).toBeInstanceOf(ServerError);
      expect(error.cause).toMatchObject({
        status: 500,
        code: "DLI.0999",
        operation: "showSqlJobStatus",
      });
      expect(calls()).toEqual(["cancelSqlJob 400", "showSqlJobStatus 500"]);
    });

    it("an unknown job: 400 DLI.0002, and the read's own DLI.0002 as its cause", async () => {
      const error = (await dli
        .cancelSqlJobConfirmed(client, INPUT)
        .catch((e: unknown) => e)) as BadRequestError;
      expect(error).toMatchObject({ status: 400, code: "DLI.0002", operation: "cancelSqlJob" });
      expect(error.cause).toMatchObject({ code: "DLI.0002", operation: "showSqlJobStatus" });
      expect(calls()).toEqual(["cancelSqlJob 400", "showSqlJobStatus 400"]);
    });
  });
}
