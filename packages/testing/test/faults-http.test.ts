import { ConnectionError } from "@cancel/core";
import * as dli from "@cancel/huawei-dli";
import { describe, expect, it } from "vitest";
import { createManualClock } from "../src/index.js";
import { startSimulators } from "../src/node.js";

// No msw in this file: requests reach the real loopback server.
describe("faults through the HTTP server", () => {
  it("HTTP server: a reset destroys the socket (ConnectionError); 5xx then success is retried", async () => {
    const clock = createManualClock();
    const running = await startSimulators({ clock });
    try {
      running.sims.huaweiDli.addJob({ jobId: "j1" });
      const client = dli.createClient({
        baseUrl: running.urls.huaweiDli,
        allowInsecureLoopback: true,
        credentials: { ak: "AK", sk: "SK" },
        projectId: "p1",
        clock,
      });
      running.sims.huaweiDli.faults.add({
        fault: { kind: "reset" },
        operation: "showSqlJobStatus",
        times: 1,
      });
      await expect(
        dli.showSqlJobStatus(client, { projectId: "p1", jobId: "j1" }, { retry: false }),
      ).rejects.toBeInstanceOf(ConnectionError);
      running.sims.huaweiDli.faults.add({ fault: { kind: "server-error" }, times: 1 });
      const result = await dli.cancelSqlJob(client, { projectId: "p1", jobId: "j1" });
      expect(result).toEqual({ is_success: true, message: "" });
      expect(running.sims.huaweiDli.requests.map((r) => `${r.operation} ${r.status}`)).toEqual([
        "showSqlJobStatus reset",
        "cancelSqlJob 500",
        "cancelSqlJob 200",
      ]);
    } finally {
      await running.close();
    }
  });
});
