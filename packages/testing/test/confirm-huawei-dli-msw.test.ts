import { setupServer } from "msw/node";
import { afterAll, beforeAll } from "vitest";
import { simulatorHandlers } from "../src/msw.js";
import { defineConfirmSuite } from "./confirm-huawei-dli.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterAll(() => server.close());

defineConfirmSuite("msw", async (sims) => {
  server.resetHandlers(...simulatorHandlers(sims));
  return undefined;
});
