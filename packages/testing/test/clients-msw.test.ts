import { setupServer } from "msw/node";
import { afterAll, beforeAll } from "vitest";
import { FABRIC_SIMULATOR_BASE_URL } from "../src/index.js";
import { simulatorHandlers } from "../src/msw.js";
import { createManualClock, defineClientSuite, newSimulators } from "./client-suite.js";

// One msw server for the file; each test gets fresh simulators (handlers swapped in).
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterAll(() => server.close());

defineClientSuite("msw", async () => {
  const clock = createManualClock();
  const sims = newSimulators(clock);
  server.resetHandlers(...simulatorHandlers(sims));
  return {
    sims,
    clock,
    endpoints: {
      databricks: "dbc-a1b2345c-d6e7.cloud.databricks.com",
      fabricWorkload: FABRIC_SIMULATOR_BASE_URL,
    },
  };
});
