// The README's ten-line consumer test, verbatim; readme-blocks.test.ts keeps the two in step.
import { cancelRun, createClient, getRun } from "@cancel/databricks";
import { createSimulators } from "@cancel/testing";
import { simulatorHandlers } from "@cancel/testing/msw";
import { setupServer } from "msw/node";
import { afterAll, expect, it } from "vitest";

const sims = createSimulators();
const server = setupServer(...simulatorHandlers(sims));
server.listen();
afterAll(() => server.close());

it("cancels the nightly run", async () => {
  sims.databricks.addRun({ runId: 42, state: "RUNNING" });
  const client = createClient({ host: "dbc-test.cloud.databricks.com", token: "dapi-test" });
  await cancelRun(client, { runId: 42 });
  expect((await getRun(client, { runId: 42 })).state?.result_state).toBe("CANCELED");
});
