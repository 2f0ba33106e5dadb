/**
 * Our own clients against the simulators, with real credentials: each cancels a run and reads
 * its status until it is cancelled. Run once through msw and once through the HTTP server.
 */
import {
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  PermissionDeniedError,
  ServerError,
} from "@cancel/core";
import * as databricks from "@cancel/databricks";
import * as emr from "@cancel/emr-serverless";
import * as fabric from "@cancel/fabric-workload";
import * as dli from "@cancel/huawei-dli";
import * as mrs from "@cancel/huawei-mrs";
import { beforeEach, describe, expect, it } from "vitest";
import {
  createManualClock,
  createSimulators,
  type ManualClock,
  type Simulators,
} from "../src/index.js";

export const KEYS = {
  databricksToken: "dapi0123456789abcdef",
  clientId: "sp-1234",
  clientSecret: "dose0123secret",
  aws: { accessKeyId: "AKIASIMULATOR0001", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSIM" },
  huawei: { ak: "HPUASIMULATORAK01", sk: "simulatorSecretKey0123456789" },
  appToken: "eyJ0eXAiOiJKV1QifQ.app.sig",
  subjectToken: "eyJ0eXAiOiJKV1QifQ.subject.sig",
};

export const IDS = {
  runId: 455644833,
  applicationId: "00f1r6ss7gs9ue09",
  jobRunId: "00f1s0tqg1gkas09",
  projectId: "37caa80116e1403ab603e5eeb48a2f74",
  clusterId: "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df",
  mrsJob: "431b135e-c090-489f-b1db-0abe3822b855",
  dliJob: "6d2146a0-c2d5-41bd-8ca0-ca9694ada992",
  workspaceId: "e5ef604d-e14f-4a59-9133-75d5a0cb9334",
  itemType: "Contoso.FinanceAnalytics.Forecast",
  itemId: "b14cb7e7-d346-4751-9cfd-8c2767d53111",
  jobType: "calculateForecast",
  jobInstanceId: "63f77191-432d-4ee6-9c5f-31a1a6987072",
};

export function newSimulators(clock: ManualClock): Simulators {
  return createSimulators({
    clock,
    cancelDelayMs: 3000,
    databricks: {
      tokens: [KEYS.databricksToken],
      oauthClients: [{ clientId: KEYS.clientId, clientSecret: KEYS.clientSecret }],
    },
    emrServerless: { credentials: [KEYS.aws], region: "eu-west-1" },
    huaweiMrs: { credentials: [KEYS.huawei] },
    huaweiDli: { credentials: [KEYS.huawei] },
    fabricWorkload: { appTokens: [KEYS.appToken] },
  });
}

/** Where each client points in a mode: undefined = the vendor's own (msw-intercepted) host. */
export interface Endpoints {
  databricks: string;
  emrServerless?: string | undefined;
  huaweiMrs?: string | undefined;
  huaweiDli?: string | undefined;
  fabricWorkload: string;
}

export function defineClientSuite(
  mode: string,
  setup: () => Promise<{ sims: Simulators; clock: ManualClock; endpoints: Endpoints }>,
) {
  describe(`our clients against the simulators (${mode})`, () => {
    let sims: Simulators;
    let clock: ManualClock;
    let endpoints: Endpoints;
    const common = () => ({ allowInsecureLoopback: true, clock });

    beforeEach(async () => {
      ({ sims, clock, endpoints } = await setup());
    });

    it("databricks: PAT cancel, TERMINATING, then TERMINATED/CANCELED", async () => {
      sims.databricks.addRun({ runId: IDS.runId, state: "RUNNING" });
      const client = databricks.createClient({
        host: endpoints.databricks,
        token: KEYS.databricksToken,
        ...common(),
      });
      expect(await databricks.cancelRun(client, { runId: IDS.runId })).toEqual({});
      const first = await databricks.getRun(client, { runId: IDS.runId });
      expect(first.state?.life_cycle_state).toBe("TERMINATING");
      clock.advance(3000);
      const last = await databricks.getRun(client, { runId: IDS.runId });
      expect(last.state).toMatchObject({
        life_cycle_state: "TERMINATED",
        result_state: "CANCELED",
      });
      expect(last.status?.termination_details?.code).toBe("USER_CANCELED");
      // Cancelling a terminated run is a no-op answered 200 {}.
      expect(await databricks.cancelRun(client, { runId: IDS.runId })).toEqual({});
      // An unknown run: 400 INVALID_PARAMETER_VALUE "Run 1 does not exist."
      const error = await databricks.getRun(client, { runId: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error).toMatchObject({
        code: "INVALID_PARAMETER_VALUE",
        vendorMessage: "Run 1 does not exist.",
      });
    });

    it("databricks: OAuth M2M token from /oidc/v1/token", async () => {
      sims.databricks.addRun({ runId: IDS.runId });
      const client = databricks.createClient({
        host: endpoints.databricks,
        clientId: KEYS.clientId,
        clientSecret: KEYS.clientSecret,
        ...common(),
      });
      await databricks.cancelRun(client, { runId: IDS.runId });
      clock.advance(3000);
      const run = await databricks.getRun(client, { runId: IDS.runId });
      expect(run.state?.result_state).toBe("CANCELED");
      expect(sims.databricks.requests.map((r) => r.operation)).toEqual([
        "oauthToken",
        "cancelRun",
        "getRun",
      ]);
    });

    it("emr-serverless: SigV4 cancel, CANCELLING, then CANCELLED, then already terminal; unknown run 404", async () => {
      sims.emrServerless.addJobRun({ applicationId: IDS.applicationId, jobRunId: IDS.jobRunId });
      const client = emr.createClient({
        region: "eu-west-1",
        credentials: KEYS.aws,
        endpoint: endpoints.emrServerless,
        ...common(),
      });
      const ids = { applicationId: IDS.applicationId, jobRunId: IDS.jobRunId };
      expect(await emr.cancelJobRun(client, ids)).toEqual(ids);
      expect((await emr.getJobRun(client, ids)).jobRun.state).toBe("CANCELLING");
      clock.advance(3000);
      expect((await emr.getJobRun(client, ids)).jobRun.state).toBe("CANCELLED");
      // Cancelling it again: 400 ValidationException, which one read confirms as already over.
      expect(await emr.cancelJobRun(client, ids).catch((e: unknown) => e)).toMatchObject({
        constructor: BadRequestError,
        code: "ValidationException",
      });
      const again = await emr.cancelJobRunConfirmed(client, ids);
      expect(again).toMatchObject({ outcome: "already-terminal", state: { state: "cancelled" } });
      const error = await emr
        .getJobRun(client, { ...ids, jobRunId: "ffff" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ code: "ResourceNotFoundException" });
    });

    const mrsClient = () =>
      mrs.createClient({
        baseUrl: endpoints.huaweiMrs,
        region: endpoints.huaweiMrs === undefined ? "cn-north-4" : undefined,
        credentials: KEYS.huawei,
        projectId: IDS.projectId,
        now: () => new Date(clock.now()),
        ...common(),
      });

    it("huawei-mrs: AK/SK stopJobConfirmed, RUNNING, then KILLED; then 0175 is settled by one read", async () => {
      sims.huaweiMrs.addJob({ jobExecutionId: IDS.mrsJob, clusterId: IDS.clusterId });
      const client = mrsClient();
      const input = {
        projectId: IDS.projectId,
        clusterId: IDS.clusterId,
        jobExecutionId: IDS.mrsJob,
      };
      expect((await mrs.stopJobConfirmed(client, input)).outcome).toBe("cancel-requested");
      expect((await mrs.showSingleJobExe(client, input)).job_detail?.job_state).toBe("RUNNING");
      clock.advance(3000);
      const detail = (await mrs.showSingleJobExe(client, input)).job_detail;
      expect(detail).toMatchObject({ job_state: "KILLED", job_result: "KILLED" });
      sims.huaweiMrs.requests.length = 0;
      // The job has ended: the kill answers 0175 (500), sent once, and one read shows KILLED.
      const again = await mrs.stopJobConfirmed(client, input);
      expect(again.outcome).toBe("already-terminal");
      expect(again.refusal).toMatchObject({ status: 500, code: "0175" });
      expect(again.state).toMatchObject({
        state: "cancelled",
        terminal: true,
        vendorState: "KILLED",
      });
      expect(sims.huaweiMrs.requests.map((r) => `${r.operation} ${r.status}`)).toEqual([
        "stopJob 500",
        "showSingleJobExe 202",
      ]);
      const error = await mrs
        .stopJob(client, { ...input, jobExecutionId: "nope" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServerError);
      expect(error).toMatchObject({ code: "0176", attempts: 1 });
    });

    it("huawei-mrs: a kill that fails (0175) while the job runs is thrown, not taken as ended", async () => {
      sims.huaweiMrs.addJob({
        jobExecutionId: IDS.mrsJob,
        clusterId: IDS.clusterId,
        killFails: true,
      });
      const client = mrsClient();
      const input = {
        projectId: IDS.projectId,
        clusterId: IDS.clusterId,
        jobExecutionId: IDS.mrsJob,
      };
      const error = await mrs.stopJobConfirmed(client, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServerError);
      expect(error).toMatchObject({ code: "0175", operation: "stopJob", attempts: 1 });
      expect(sims.huaweiMrs.jobState(IDS.mrsJob)).toBe("RUNNING");
      // A read that fails while confirming: the 0175 stands, with the read's error as its cause.
      sims.huaweiMrs.faults.add({ fault: { kind: "server-error" }, operation: "showJobExecution" });
      const v11 = await mrs
        .cancelJobExecutionConfirmed(client, {
          projectId: IDS.projectId,
          jobExecutionId: IDS.mrsJob,
        })
        .catch((e: unknown) => e);
      expect(v11).toMatchObject({ code: "0175", operation: "cancelJobExecution" });
      expect((v11 as Error).cause).toMatchObject({ code: "0162", operation: "showJobExecution" });
      expect(sims.huaweiMrs.requests.map((r) => `${r.operation} ${r.status}`)).toEqual([
        "stopJob 500",
        "showSingleJobExe 202",
        "cancelJobExecution 500",
        "showJobExecution 500",
      ]);
    });

    it("huawei-mrs: v1.1 cancelJobExecutionConfirmed, TOBEKILLED, then KILLED; then already-terminal", async () => {
      sims.huaweiMrs.addJob({ jobExecutionId: IDS.mrsJob });
      const client = mrsClient();
      const input = { projectId: IDS.projectId, jobExecutionId: IDS.mrsJob };
      const first = await mrs.cancelJobExecutionConfirmed(client, input);
      expect(first.outcome).toBe("cancel-requested");
      expect(first.state).toMatchObject({ state: "stopping", vendorState: "TOBEKILLED" });
      clock.advance(3000);
      const read = await mrs.showJobExecution(client, input);
      expect(read.job_execution.info?.status).toBe("KILLED");
      const again = await mrs.cancelJobExecutionConfirmed(client, input);
      expect(again.outcome).toBe("already-terminal");
      expect(again.state).toMatchObject({ state: "cancelled", vendorState: "KILLED" });
    });

    it("huawei-dli: AK/SK cancelSqlJob, then CANCELLED; finished job cannot be canceled", async () => {
      sims.huaweiDli.addJob({ jobId: IDS.dliJob });
      const client = dli.createClient({
        baseUrl: endpoints.huaweiDli,
        region: endpoints.huaweiDli === undefined ? "cn-north-4" : undefined,
        credentials: KEYS.huawei,
        projectId: IDS.projectId,
        now: () => new Date(clock.now()),
        ...common(),
      });
      const input = { projectId: IDS.projectId, jobId: IDS.dliJob };
      expect(await dli.cancelSqlJob(client, input)).toEqual({ is_success: true, message: "" });
      expect((await dli.showSqlJobStatus(client, input)).status).toBe("RUNNING");
      clock.advance(3000);
      expect((await dli.showSqlJobStatus(client, input)).status).toBe("CANCELLED");
      // The refusal of a cancelled job names no state: the confirming read shows CANCELLED.
      expect(await dli.cancelSqlJobConfirmed(client, input)).toMatchObject({
        outcome: "already-terminal",
        state: { state: "cancelled", terminal: true, vendorState: "CANCELLED" },
        refusal: { status: 400, code: "DLI.0007" },
      });
      const error = await dli
        .showSqlJobStatus(client, { ...input, jobId: "missing" })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ status: 400, code: "DLI.0002" });
    });

    it("fabric-workload: SubjectAndAppToken cancel answered Cancelled at once, as the reference workload; unknown item 404", async () => {
      sims.fabricWorkload.addJobInstance({ jobInstanceId: IDS.jobInstanceId, itemId: IDS.itemId });
      const client = fabric.createClient({
        baseUrl: endpoints.fabricWorkload,
        tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
        appToken: async () => KEYS.appToken,
        subjectToken: async () => KEYS.subjectToken,
        ...common(),
      });
      const input = {
        workspaceId: IDS.workspaceId,
        itemType: IDS.itemType,
        itemId: IDS.itemId,
        jobType: IDS.jobType,
        jobInstanceId: IDS.jobInstanceId,
      };
      expect((await fabric.getItemJobInstanceState(client, input)).status).toBe("InProgress");
      const confirmed = await fabric.cancelItemJobInstanceConfirmed(client, input);
      expect(confirmed.outcome).toBe("cancelled");
      expect(confirmed.data).toEqual({ status: "Cancelled" });
      // The reference workload records the cancel: no cancelling state, whatever the delay.
      expect(await fabric.getItemJobInstanceState(client, input)).toEqual({ status: "Cancelled" });
      const error = await fabric
        .getItemJobInstanceState(client, { ...input, itemId: crypto.randomUUID() })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ code: "ItemMetadataNotFound" });
    });

    it("each list operation pages through the simulator's runs with our client, filters sent and signed", async () => {
      // Three runs of each vendor, one second apart; the second is then cancelled.
      for (const n of [1, 2, 3]) {
        clock.advance(1000);
        sims.databricks.addRun({ runId: n, jobId: 9 });
        sims.emrServerless.addJobRun({ applicationId: IDS.applicationId, jobRunId: `r${n}` });
        sims.huaweiDli.addJob({ jobId: `dli-job-${n}` });
        sims.huaweiMrs.addJob({ jobExecutionId: `mrs-job-${n}`, clusterId: IDS.clusterId });
      }
      sims.databricks.finishRun(2, "FAILED");
      sims.emrServerless.finishJobRun(IDS.applicationId, "r2", "FAILED");
      sims.huaweiDli.finishJob("dli-job-2", "FAILED");
      sims.huaweiMrs.finishJob("mrs-job-2", "FAILED");

      const dbx = databricks.createClient({
        host: endpoints.databricks,
        token: KEYS.databricksToken,
        ...common(),
      });
      const runIds: number[] = [];
      let pageToken: string | undefined;
      do {
        const page = await databricks.listRuns(dbx, {
          jobId: 9,
          activeOnly: true,
          limit: 1,
          pageToken,
        });
        runIds.push(...(page.runs ?? []).map((run) => run.run_id!));
        pageToken = page.has_more ? page.next_page_token : undefined;
      } while (pageToken);
      expect(runIds).toEqual([3, 1]);

      const aws = emr.createClient({
        region: "eu-west-1",
        credentials: KEYS.aws,
        endpoint: endpoints.emrServerless,
        ...common(),
      });
      const jobRunIds: string[] = [];
      let nextToken: string | undefined;
      do {
        const page = await emr.listJobRuns(aws, {
          applicationId: IDS.applicationId,
          states: ["RUNNING", "FAILED"],
          createdAtAfter: new Date(clock.now() - 60_000).toISOString(),
          maxResults: 1,
          nextToken,
        });
        jobRunIds.push(...page.jobRuns.map((run) => `${run.id} ${run.state}`));
        nextToken = page.nextToken;
      } while (nextToken);
      expect(jobRunIds).toEqual(["r3 RUNNING", "r1 RUNNING", "r2 FAILED"]);

      const huawei = {
        region: endpoints.huaweiDli === undefined ? "cn-north-4" : undefined,
        credentials: KEYS.huawei,
        projectId: IDS.projectId,
        now: () => new Date(clock.now()),
        ...common(),
      };
      const dliClient = dli.createClient({ ...huawei, baseUrl: endpoints.huaweiDli });
      const dliJobs: string[] = [];
      for (let currentPage = 1; ; currentPage++) {
        const page = await dli.listSqlJobs(dliClient, {
          projectId: IDS.projectId,
          jobStatus: "RUNNING",
          pageSize: 1,
          currentPage,
        });
        dliJobs.push(...page.jobs.map((job) => job.job_id));
        if (currentPage >= page.job_count) break;
      }
      expect(dliJobs).toEqual(["dli-job-3", "dli-job-1"]);

      const mrsJobs: string[] = [];
      for (let offset = 1; ; offset++) {
        const page = await mrs.showJobExeListNew(mrsClient(), {
          projectId: IDS.projectId,
          clusterId: IDS.clusterId,
          jobResult: "UNDEFINED",
          limit: 1,
          offset,
        });
        mrsJobs.push(...(page.job_list ?? []).map((job) => job.job_id!));
        if (offset >= (page.total_record ?? 0)) break;
      }
      expect(mrsJobs).toEqual(["mrs-job-3", "mrs-job-1"]);
    });

    it("wrong credentials are refused as each vendor does, and nothing changes", async () => {
      sims.databricks.addRun({ runId: IDS.runId });
      sims.emrServerless.addJobRun({ applicationId: IDS.applicationId, jobRunId: IDS.jobRunId });
      sims.huaweiDli.addJob({ jobId: IDS.dliJob });
      sims.fabricWorkload.addJobInstance({ jobInstanceId: IDS.jobInstanceId });
      const fail = (p: Promise<unknown>) =>
        p.then(
          () => undefined,
          (e: unknown) => e,
        );

      const dbx = databricks.createClient({
        host: endpoints.databricks,
        token: "dapi-wrong",
        ...common(),
      });
      expect(await fail(databricks.cancelRun(dbx, { runId: IDS.runId }))).toMatchObject({
        constructor: AuthenticationError,
        status: 401,
        code: "UNAUTHENTICATED",
      });
      const badSp = databricks.createClient({
        host: endpoints.databricks,
        clientId: KEYS.clientId,
        clientSecret: "wrong",
        ...common(),
      });
      expect(await fail(databricks.cancelRun(badSp, { runId: IDS.runId }))).toBeInstanceOf(Error);

      const aws = emr.createClient({
        region: "eu-west-1",
        credentials: { ...KEYS.aws, secretAccessKey: "wrong" },
        endpoint: endpoints.emrServerless,
        ...common(),
      });
      const ids = { applicationId: IDS.applicationId, jobRunId: IDS.jobRunId };
      expect(await fail(emr.cancelJobRun(aws, ids))).toMatchObject({
        constructor: PermissionDeniedError,
        status: 403,
        code: "InvalidSignatureException",
      });

      const huawei = dli.createClient({
        baseUrl: endpoints.huaweiDli,
        region: endpoints.huaweiDli === undefined ? "cn-north-4" : undefined,
        credentials: { ...KEYS.huawei, sk: "wrong" },
        projectId: IDS.projectId,
        ...common(),
      });
      expect(
        await fail(dli.cancelSqlJob(huawei, { projectId: IDS.projectId, jobId: IDS.dliJob })),
      ).toMatchObject({ constructor: AuthenticationError, status: 401, code: "APIGW.0301" });

      const workload = fabric.createClient({
        baseUrl: endpoints.fabricWorkload,
        tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
        appToken: "eyJ0eXAiOiJKV1QifQ.other.sig",
        ...common(),
      });
      const input = {
        workspaceId: IDS.workspaceId,
        itemType: IDS.itemType,
        itemId: IDS.itemId,
        jobType: IDS.jobType,
        jobInstanceId: IDS.jobInstanceId,
      };
      expect(await fail(fabric.cancelItemJobInstance(workload, input))).toMatchObject({
        constructor: AuthenticationError,
        status: 401,
        code: "AuthError",
      });

      expect(sims.databricks.runState(IDS.runId)?.lifeCycleState).toBe("RUNNING");
      expect(sims.emrServerless.jobRunState(IDS.applicationId, IDS.jobRunId)).toBe("RUNNING");
      expect(sims.huaweiDli.jobStatus(IDS.dliJob)).toBe("RUNNING");
      expect(sims.fabricWorkload.jobInstanceStatus(IDS.jobInstanceId)).toBe("InProgress");
    });
  });
}

export { createManualClock };
