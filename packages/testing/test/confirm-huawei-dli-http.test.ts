import { afterEach } from "vitest";
import { type RunningSimulators, startSimulators } from "../src/node.js";
import { defineConfirmSuite } from "./confirm-huawei-dli.js";

let running: RunningSimulators | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

defineConfirmSuite("HTTP server on 127.0.0.1", async (sims) => {
  running = await startSimulators({ simulators: sims });
  return running.urls.huaweiDli;
});
