import { afterEach } from "vitest";
import { type RunningSimulators, startSimulators } from "../src/node.js";
import { createManualClock, defineClientSuite, newSimulators } from "./client-suite.js";

let running: RunningSimulators | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

defineClientSuite("HTTP server on 127.0.0.1", async () => {
  const clock = createManualClock();
  const sims = newSimulators(clock);
  running = await startSimulators({ simulators: sims });
  const { urls } = running;
  return {
    sims,
    clock,
    endpoints: {
      databricks: urls.databricks,
      emrServerless: urls.emrServerless,
      huaweiMrs: urls.huaweiMrs,
      huaweiDli: urls.huaweiDli,
      fabricWorkload: `${urls.fabricWorkload}/workload`,
    },
  };
});
