import { createMockServer } from "@cancel/testkit";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { TargetResolver } from "../src/targets.js";
import { answer, autoClock, sequence, TARGETS, testClient } from "./helpers.js";

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => {
  mock.reset();
  vi.restoreAllMocks();
});
afterAll(() => mock.close());

const run = (life_cycle_state: string) => ({ body: { run_id: 1, state: { life_cycle_state } } });

describe("a target is checked once per call", () => {
  it("cancel with wait: one check, however many status reads follow", async () => {
    const check = vi.spyOn(TargetResolver.prototype, "check");
    const sdk = testClient({ clock: autoClock() });
    mock.use(
      answer("cancelRun", 200, {}),
      sequence("getRun", [
        run("RUNNING"),
        run("TERMINATING"),
        run("TERMINATING"),
        run("TERMINATED"),
      ]),
    );
    const result = await sdk.cancel(TARGETS.databricks, { wait: true });
    expect(result.final.terminal).toBe(true);
    expect(mock.requests.filter((r) => r.method === "GET")).toHaveLength(4);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it("waitUntilTerminal and cancelMany: one check per target", async () => {
    const check = vi.spyOn(TargetResolver.prototype, "check");
    const sdk = testClient({ clock: autoClock() });
    mock.use(answer("cancelRun", 200, {}), sequence("getRun", [run("RUNNING"), run("TERMINATED")]));
    await sdk.waitUntilTerminal(TARGETS.databricks);
    expect(check).toHaveBeenCalledTimes(1);
    await sdk.cancelMany([TARGETS.databricks, { ...TARGETS.databricks, runId: 2 }]);
    expect(check).toHaveBeenCalledTimes(3);
  });
});
