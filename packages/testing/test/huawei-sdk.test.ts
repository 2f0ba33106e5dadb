/**
 * The official Huawei Cloud Node.js SDK core (`@huaweicloud/huaweicloud-sdk-core`) signing
 * requests for the MRS and DLI simulators' HTTP servers: `BasicCredentials.processAuthRequest`
 * (the SDK's AK/SK `SDK-HMAC-SHA256` signer, `X-Project-Id`) signs the request each generated
 * service client would build, and the simulator's API Gateway check accepts or refuses it.
 *
 * Not the whole official client: the service packages (`@huaweicloud/huaweicloud-sdk-dli`,
 * `-mrs`) are not published on npm, and the core's `HcClient` needs `uuid`, which 3.1.211 does
 * not declare as a dependency (pnpm's strict layout cannot resolve it).
 */
import { BasicCredentials } from "@huaweicloud/huaweicloud-sdk-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createManualClock, type ManualClock } from "../src/index.js";
import { type RunningSimulators, startSimulators } from "../src/node.js";

const AK = "HPUAOFFICIALSDK001";
const SK = "officialHuaweiSdkSecret0123";
const projectId = "37caa80116e1403ab603e5eeb48a2f74";

function sdkDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, "");
}

/** Signs with the official SDK and sends the request with fetch. */
async function officialCall(
  clock: ManualClock,
  endpoint: string,
  method: string,
  path: string,
  sk = SK,
): Promise<Response> {
  const credentials = new BasicCredentials().withAk(AK).withSk(sk).withProjectId(projectId);
  const signed = await credentials.processAuthRequest(
    {} as never,
    {
      method,
      endpoint,
      url: path,
      queryParams: {},
      headers: { "Content-Type": "application/json", "X-Sdk-Date": sdkDate(clock.now()) },
    } as never,
  );
  return fetch(`${endpoint}${path}`, {
    method,
    headers: (signed as { headers: Record<string, string> }).headers,
  });
}

describe("@huaweicloud/huaweicloud-sdk-core signatures against the MRS and DLI simulators (HTTP)", () => {
  let running: RunningSimulators;
  let clock: ManualClock;

  beforeEach(async () => {
    clock = createManualClock();
    running = await startSimulators({
      clock,
      cancelDelayMs: 2000,
      huaweiMrs: { credentials: [{ ak: AK, sk: SK }] },
      huaweiDli: { credentials: [{ ak: AK, sk: SK }] },
    });
  });
  afterEach(() => running.close());

  it("DLI: CancelSqlJob then ShowSqlJobStatus until CANCELLED", async () => {
    const jobId = "6d2146a0-c2d5-41bd-8ca0-ca9694ada992";
    running.sims.huaweiDli.addJob({ jobId });
    const call = (method: string, path: string) =>
      officialCall(clock, running.urls.huaweiDli, method, path);
    const cancelled = await call("DELETE", `/v1.0/${projectId}/jobs/${jobId}`);
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toEqual({ is_success: true, message: "" });
    const status = async () =>
      (await (await call("GET", `/v1.0/${projectId}/jobs/${jobId}/status`)).json()).status;
    expect(await status()).toBe("RUNNING");
    clock.advance(2000);
    expect(await status()).toBe("CANCELLED");
  });

  it("MRS: StopJob then ShowSingleJobExe until KILLED", async () => {
    running.sims.huaweiMrs.addJob({ jobExecutionId: "job1", clusterId: "c1" });
    const base = `/v2/${projectId}/clusters/c1/job-executions/job1`;
    const stopped = await officialCall(clock, running.urls.huaweiMrs, "POST", `${base}/kill`);
    expect(stopped.status).toBe(200);
    clock.advance(2000);
    const shown = await officialCall(clock, running.urls.huaweiMrs, "GET", base);
    expect(shown.status).toBe(202);
    expect((await shown.json()).job_detail.job_state).toBe("KILLED");
  });

  it("a wrong secret key is refused with 401 APIGW.0301 and X-Request-Id", async () => {
    running.sims.huaweiDli.addJob({ jobId: "j1" });
    const refused = await officialCall(
      clock,
      running.urls.huaweiDli,
      "GET",
      `/v1.0/${projectId}/jobs/j1/status`,
      "wrong",
    );
    expect(refused.status).toBe(401);
    const body = await refused.json();
    expect(body.error_code).toBe("APIGW.0301");
    expect(refused.headers.get("x-request-id")).toBe(body.request_id);
  });
});
