// followRun: a run tied to its owner. Cancelled when the owner's signal aborts or when the owner
// lets go of it while it is active; never after done(), never once it ended by itself; one cancel
// at most, under its own deadline, never throwing into the owner's code.
import { createSimulators, type Simulators } from "@cancel/testing";
import { simulatorHandlers } from "@cancel/testing/msw";
import { createMockServer } from "@cancel/testkit";
import { delay, HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  type CancelError,
  createCancelClient,
  FOLLOW_DEFAULTS,
  type FollowCancelOutcome,
  type FollowOutcome,
  followRun,
} from "../src/index.js";
import {
  answer,
  autoClock,
  manualClock,
  ROUTES,
  sequence,
  TARGETS,
  testClient,
  unexpected,
  until,
} from "./helpers.js";

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const target = TARGETS.databricks;
const running = { run_id: target.runId, state: { life_cycle_state: "RUNNING" } };
const finished = {
  run_id: target.runId,
  state: { life_cycle_state: "TERMINATED", result_state: "SUCCESS" },
};
const CANCEL = "POST /api/2.2/jobs/runs/cancel";
const GET = "GET /api/2.2/jobs/runs/get";
const sent = () => mock.requests.map((r) => `${r.method} ${r.url.pathname}`);
/** The owner's abort reason as a cancel reason: what onCancel saw. */
const reasons = (outcomes: FollowCancelOutcome[]) => outcomes.map((o) => o.reason);

describe("the owner's signal", () => {
  it("aborted mid-run: one cancel, with the reason the abort names; onCancel and settled report it", async () => {
    mock.use(answer("cancelRun", 200, {}, { "x-request-id": "req-c" }));
    const sdk = testClient({ clock: autoClock() });
    const owner = new AbortController();
    const seen: FollowCancelOutcome[] = [];
    const run = followRun(sdk, target, { signal: owner.signal, onCancel: (o) => seen.push(o) });
    expect(run.state).toBe("following");
    expect(sent()).toEqual([]);
    owner.abort("shutdown");
    expect(run.state).toBe("cancelling");
    const outcome = await run.settled;
    expect(outcome).toMatchObject({
      kind: "cancelled",
      reason: "shutdown",
      result: { outcome: "cancel-requested", requestId: "req-c", target },
      final: undefined,
      waitError: undefined,
    });
    expect(run.state).toBe("cancelled");
    expect(seen).toEqual([outcome]);
    // Disposing afterwards (the owner's scope ends) sends nothing more.
    expect(await run.dispose()).toBe(outcome);
    expect(sent()).toEqual([CANCEL]);
  });

  it("already aborted when the run is followed: the cancel starts at once", async () => {
    mock.use(answer("cancelRun", 200, {}));
    const run = followRun(testClient(), target, { signal: AbortSignal.abort("user") });
    expect(run.state).toBe("cancelling");
    expect(await run.settled).toMatchObject({ kind: "cancelled", reason: "user" });
    expect(sent()).toEqual([CANCEL]);
  });

  it.each<[string, unknown, FollowCancelOutcome["reason"] | undefined, string]>([
    [
      "a TimeoutError (AbortSignal.timeout)",
      new DOMException("t", "TimeoutError"),
      undefined,
      "timeout",
    ],
    ['"user"', "user", "shutdown", "user"],
    ["an AbortError (abort())", undefined, undefined, FOLLOW_DEFAULTS.reason],
    ["a reason of its own, with options.reason", new Error("owner failed"), "shutdown", "shutdown"],
  ])("abort reason %s → the cancel's reason", async (_name, abortReason, option, expected) => {
    mock.use(answer("cancelRun", 200, {}));
    const owner = new AbortController();
    const run = followRun(testClient(), target, { signal: owner.signal, reason: option });
    owner.abort(abortReason);
    expect(await run.settled).toMatchObject({ kind: "cancelled", reason: expected });
  });

  it("aborted while cancel() runs, and cancel() called twice: still one cancel sent", async () => {
    let calls = 0;
    mock.use(
      http.post(ROUTES.cancelRun[1], async () => {
        calls++;
        await delay(20);
        return HttpResponse.json({});
      }),
    );
    const owner = new AbortController();
    const seen: FollowCancelOutcome[] = [];
    const run = followRun(testClient(), target, {
      signal: owner.signal,
      onCancel: (o) => seen.push(o),
    });
    const first = run.cancel("user");
    owner.abort("shutdown");
    const second = run.cancel("timeout");
    expect(second).toBe(first);
    const [a, b] = await Promise.all([first, second, run.dispose()]);
    expect(a).toBe(b);
    expect(calls).toBe(1);
    expect(reasons(seen)).toEqual(["user"]);
  });

  it("done() then abort: nothing is sent, and the tie is released", async () => {
    const owner = new AbortController();
    const seen: FollowCancelOutcome[] = [];
    const run = followRun(testClient(), target, {
      signal: owner.signal,
      onCancel: (o) => seen.push(o),
    });
    run.done();
    owner.abort("user");
    expect(await run.settled).toEqual({ kind: "released" });
    expect(await run.dispose()).toEqual({ kind: "released" });
    expect(await run.cancel()).toEqual({ kind: "released" });
    expect(run.state).toBe("released");
    expect(sent()).toEqual([]);
    expect(seen).toEqual([]);
  });

  it("lets go of the owner's signal once the tie ends (no listener kept on a long-lived signal)", async () => {
    const owner = new AbortController();
    const added: string[] = [];
    const removed: string[] = [];
    const signal = owner.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((type: string, ...rest: [never]) => {
      added.push(type);
      add(type, ...rest);
    }) as typeof signal.addEventListener;
    signal.removeEventListener = ((type: string, ...rest: [never]) => {
      removed.push(type);
      remove(type, ...rest);
    }) as typeof signal.removeEventListener;
    followRun(testClient(), target, { signal }).done();
    expect(added).toEqual(["abort"]);
    expect(removed).toEqual(["abort"]);
  });
});

describe("dispose, and await using", () => {
  it("disposed while the run is active: one status read, then a cancel (reason abandoned)", async () => {
    mock.use(answer("getRun", 200, running), answer("cancelRun", 200, {}));
    const seen: FollowCancelOutcome[] = [];
    const run = followRun(testClient(), target, { onCancel: (o) => seen.push(o) });
    const outcome = await run.dispose();
    expect(outcome).toMatchObject({ kind: "cancelled", reason: "abandoned" });
    expect(sent()).toEqual([GET, CANCEL]);
    expect(reasons(seen)).toEqual(["abandoned"]);
  });

  it("disposed after the run finished by itself: one read shows it, nothing is cancelled", async () => {
    mock.use(answer("getRun", 200, finished));
    const seen: FollowCancelOutcome[] = [];
    const run = followRun(testClient(), target, { onCancel: (o) => seen.push(o) });
    const outcome = await run.dispose();
    expect(outcome).toMatchObject({
      kind: "ended",
      final: { state: "succeeded", terminal: true, vendorState: "TERMINATED" },
    });
    expect(sent()).toEqual([GET]);
    expect(seen).toEqual([]);
  });

  it("wait() saw the run end: dispose sends nothing at all", async () => {
    mock.use(sequence("getRun", [{ body: running }, { body: finished }]));
    const run = followRun(testClient({ clock: autoClock() }), target);
    const final = await run.wait();
    expect(final.state).toBe("succeeded");
    expect(run.state).toBe("ended");
    expect(await run.dispose()).toEqual({ kind: "ended", final });
    expect(sent()).toEqual([GET, GET]);
  });

  it("a failed read does not stop the cancel: the run is cancelled all the same", async () => {
    mock.use(
      answer("getRun", 503, { error_code: "TEMPORARILY_UNAVAILABLE", message: "x" }),
      answer("cancelRun", 200, {}),
    );
    const outcome = await followRun(testClient(), target).dispose();
    expect(outcome).toMatchObject({ kind: "cancelled", reason: "abandoned" });
    expect(sent()).toEqual([GET, CANCEL]);
  });

  it("await using: the owner's error comes out unmasked, after the run was cancelled", async () => {
    mock.use(answer("getRun", 200, running), answer("cancelRun", 500, { message: "boom" }));
    const sdk = testClient();
    const seen: FollowCancelOutcome[] = [];
    const owner = async () => {
      await using run = followRun(sdk, target, { onCancel: (o) => seen.push(o) });
      expect(run.target).toBe(target);
      throw new Error("the owner's own failure");
    };
    await expect(owner()).rejects.toThrow("the owner's own failure");
    // The cancel failed too (500): reported to onCancel, never thrown into the owner's finally.
    expect(seen).toMatchObject([
      { kind: "cancel-failed", reason: "abandoned", error: { kind: "server", status: 500 } },
    ]);
    expect(sent()).toEqual([GET, CANCEL]);
  });

  it("await using after done(): the block ends and nothing is sent", async () => {
    const sdk = testClient();
    const owner = async () => {
      await using run = followRun(sdk, target);
      run.done();
      return "finished";
    };
    expect(await owner()).toBe("finished");
    expect(sent()).toEqual([]);
  });

  it("where the runtime has no Symbol.asyncDispose, the handle is keyed by the symbol polyfills register", async () => {
    mock.use(answer("getRun", 200, finished));
    const polyfilled = Symbol.for("Symbol.asyncDispose");
    const sdk = testClient();
    sdk.check(target);
    // A Symbol as older browsers have it: no asyncDispose (Node's own cannot be deleted).
    const older = Object.assign((description?: string) => Symbol(description), {
      for: Symbol.for,
      iterator: Symbol.iterator,
      asyncIterator: Symbol.asyncIterator,
      hasInstance: Symbol.hasInstance,
      toPrimitive: Symbol.toPrimitive,
      toStringTag: Symbol.toStringTag,
    });
    vi.stubGlobal("Symbol", older);
    let run: ReturnType<typeof followRun>;
    try {
      run = followRun(sdk, target);
    } finally {
      vi.unstubAllGlobals();
    }
    const dispose = (run as unknown as Record<symbol, () => Promise<void>>)[polyfilled];
    expect(typeof dispose).toBe("function");
    await dispose!();
    expect(run.state).toBe("ended");
  });

  it("the handle is keyed by Symbol.asyncDispose", async () => {
    mock.use(answer("getRun", 200, finished));
    const run = followRun(testClient(), target);
    await expect(run[Symbol.asyncDispose]()).resolves.toBeUndefined();
    expect(run.state).toBe("ended");
  });
});

describe("the cancel's own budget", () => {
  it("a cancel that never answers fails as a timeout naming its deadline, in time", async () => {
    mock.use(
      http.post(ROUTES.cancelRun[1], async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );
    const owner = new AbortController();
    const run = followRun(testClient(), target, {
      signal: owner.signal,
      cancel: { deadlineMs: 100 },
    });
    const started = performance.now();
    owner.abort("shutdown");
    const outcome = await run.settled;
    expect(performance.now() - started).toBeLessThan(2000);
    expect(outcome).toMatchObject({ kind: "cancel-failed", reason: "shutdown" });
    const error = (outcome as { error: CancelError }).error;
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe("databricks: the cancel did not finish within its 100 ms deadline");
  });

  it("a wait after the cancel that outlasts the deadline is cut short; the cancel still counts", async () => {
    // A clock that never moves: the waiter sleeps forever unless the deadline's own timer ends it.
    const clock = manualClock();
    mock.use(answer("cancelRun", 200, {}), answer("getRun", 200, running));
    const run = followRun(testClient({ clock }), target, {
      cancel: { deadlineMs: 100, wait: true },
    });
    const outcome = await run.cancel("user");
    expect(outcome).toMatchObject({
      kind: "cancelled",
      result: { outcome: "cancel-requested" },
      final: undefined,
      waitError: { kind: "timeout" },
    });
  });

  it("cancel.wait follows the run to its final state within the deadline", async () => {
    mock.use(
      answer("cancelRun", 200, {}),
      sequence("getRun", [
        { body: { ...running, state: { life_cycle_state: "TERMINATING" } } },
        {
          body: { ...running, state: { life_cycle_state: "TERMINATED", result_state: "CANCELED" } },
        },
      ]),
    );
    const clock = autoClock();
    const run = followRun(testClient({ clock }), target, { cancel: { wait: true } });
    const outcome = await run.cancel("timeout");
    expect(outcome).toMatchObject({
      kind: "cancelled",
      reason: "timeout",
      final: { state: "cancelled", terminal: true },
      waitError: undefined,
    });
    expect(sent()).toEqual([CANCEL, GET, GET]);
  });

  it("the cancel does not use the owner's aborted signal", async () => {
    mock.use(answer("cancelRun", 200, {}));
    const owner = new AbortController();
    const run = followRun(testClient(), target, { signal: owner.signal });
    owner.abort();
    expect((await run.settled).kind).toBe("cancelled");
  });

  it("an observer that throws or rejects changes nothing", async () => {
    mock.use(answer("cancelRun", 200, {}));
    const throwing = followRun(testClient(), target, {
      onCancel: () => {
        throw new Error("observer");
      },
    });
    expect((await throwing.cancel()).kind).toBe("cancelled");
    const rejecting = followRun(testClient(), target, {
      onCancel: async () => Promise.reject(new Error("observer")),
    });
    expect((await rejecting.cancel()).kind).toBe("cancelled");
  });
});

describe("wait() through the tie", () => {
  it('onTimeout: "cancel": the timeout cancels through the tie (reason timeout), and the error says so', async () => {
    mock.use(answer("getRun", 200, running), answer("cancelRun", 200, {}));
    const seen: FollowCancelOutcome[] = [];
    const run = followRun(testClient({ clock: autoClock() }), target, {
      onCancel: (o) => seen.push(o),
    });
    const error = (await run
      .wait({ timeoutMs: 3000, onTimeout: "cancel" })
      .then(unexpected, (e: unknown) => e)) as CancelError;
    expect(error.kind).toBe("timeout");
    expect(error.cancelOnTimeout).toMatchObject({
      ok: true,
      result: { outcome: "cancel-requested" },
    });
    expect(error.message).toMatch(
      /within 3000 ms \(last state running \/ RUNNING\); cancelled it: cancel-requested$/,
    );
    expect(reasons(seen)).toEqual(["timeout"]);
    expect(run.state).toBe("cancelled");
    expect(sent().filter((s) => s === CANCEL)).toHaveLength(1);
  });

  it("the owner's abort ends the wait (aborted) and cancels the run once", async () => {
    const clock = manualClock();
    mock.use(answer("getRun", 200, running), answer("cancelRun", 200, {}));
    const owner = new AbortController();
    const run = followRun(testClient({ clock }), target, { signal: owner.signal });
    const waiting = run.wait().then(unexpected, (e: CancelError) => e);
    await until(() => clock.sleeping === 1);
    owner.abort("user");
    expect((await waiting).kind).toBe("aborted");
    expect(await run.settled).toMatchObject({ kind: "cancelled", reason: "user" });
    expect(sent()).toEqual([GET, CANCEL]);
  });
});

describe("bad input is refused before anything is sent", () => {
  it.each<[string, () => unknown, RegExp]>([
    [
      "a target with another vendor's field",
      () => followRun(testClient(), { ...target, jobRunId: "x" } as never),
      /databricks target: fields of another provider: jobRunId/,
    ],
    [
      "an unconfigured provider",
      () => followRun(createCancelClient({}), target),
      /databricks is used but not configured/,
    ],
    [
      "a deadline that is not a positive number",
      () => followRun(testClient(), target, { cancel: { deadlineMs: 0 } }),
      /followRun: cancel\.deadlineMs must be a positive number of ms, got 0/,
    ],
    [
      "an unknown reason",
      () => followRun(testClient(), target, { reason: "later" as never }),
      /followRun: reason must be one of user, shutdown, timeout, abandoned, got "later"/,
    ],
    [
      "a signal that is not an AbortSignal",
      () => followRun(testClient(), target, { signal: {} as never }),
      /followRun: signal must be an AbortSignal/,
    ],
  ])("%s", (_name, call, message) => {
    expect(call).toThrow(message);
    try {
      call();
    } catch (error) {
      expect((error as CancelError).kind).toBe("invalid-request");
    }
    expect(sent()).toEqual([]);
  });

  it("an unknown reason given to cancel() rejects, and the tie goes on", async () => {
    const run = followRun(testClient(), target);
    await expect(run.cancel("later" as never)).rejects.toMatchObject({ kind: "invalid-request" });
    expect(run.state).toBe("following");
    run.done();
  });
});

describe("against the Databricks simulator", () => {
  let sims: Simulators;
  // Stands still until a test moves it: a wait sleeps between reads until the owner acts.
  let clock: ReturnType<typeof manualClock>;
  const simClient = () => {
    clock = manualClock(Date.now());
    sims = createSimulators({ clock, databricks: { tokens: ["dapi-sim"] } });
    mock.use(...simulatorHandlers(sims));
    return createCancelClient({
      databricks: { host: "dbc-a1b2345c-d6e7.cloud.databricks.com", token: "dapi-sim" },
      defaults: { retry: false },
      clock,
    });
  };
  const operations = () => sims.databricks.requests.map((r) => r.operation);

  it("the owner aborted mid-run: the run is cancelled, and cancel.wait sees it cancelled", async () => {
    const sdk = simClient();
    sims.databricks.addRun({ runId: 7001, state: "RUNNING" });
    const owner = new AbortController();
    const run = followRun(
      sdk,
      { provider: "databricks", runId: 7001 },
      { signal: owner.signal, cancel: { wait: true } },
    );
    const watching = run.wait().catch((e: CancelError) => e.kind);
    await until(() => clock.sleeping === 1);
    expect(operations()).toEqual(["getRun"]);
    owner.abort("shutdown");
    expect(await watching).toBe("aborted");
    const outcome = (await run.settled) as Extract<FollowOutcome, { kind: "cancelled" }>;
    expect(outcome).toMatchObject({ kind: "cancelled", reason: "shutdown" });
    expect(outcome.final).toMatchObject({ state: "cancelled", vendorState: "TERMINATED" });
    expect(sims.databricks.runState(7001)).toEqual({
      lifeCycleState: "TERMINATED",
      resultState: "CANCELED",
    });
    expect(operations().filter((o) => o === "cancelRun")).toHaveLength(1);
  });

  it("disposed normally (done): the run goes on, untouched", async () => {
    const sdk = simClient();
    sims.databricks.addRun({ runId: 7002, state: "RUNNING" });
    {
      await using run = followRun(sdk, { provider: "databricks", runId: 7002 });
      run.done();
    }
    expect(sims.databricks.runState(7002)).toEqual({ lifeCycleState: "RUNNING" });
    expect(operations()).toEqual([]);
  });

  it("disposed after the run finished by itself: one read, no cancel", async () => {
    const sdk = simClient();
    sims.databricks.addRun({ runId: 7003, state: "RUNNING" });
    let outcome: Promise<FollowOutcome> | undefined;
    {
      await using run = followRun(sdk, { provider: "databricks", runId: 7003 });
      outcome = run.settled;
      sims.databricks.finishRun(7003, "SUCCESS");
    }
    expect(await outcome).toMatchObject({ kind: "ended", final: { state: "succeeded" } });
    expect(operations()).toEqual(["getRun"]);
    expect(sims.databricks.runState(7003)).toEqual({
      lifeCycleState: "TERMINATED",
      resultState: "SUCCESS",
    });
  });

  it("abandoned while running (the owner threw): the run is cancelled", async () => {
    const sdk = simClient();
    sims.databricks.addRun({ runId: 7004, state: "RUNNING" });
    const seen: FollowCancelOutcome[] = [];
    const owner = async () => {
      await using _run = followRun(
        sdk,
        { provider: "databricks", runId: 7004 },
        { onCancel: (o) => seen.push(o) },
      );
      throw new Error("step 2 failed");
    };
    await expect(owner()).rejects.toThrow("step 2 failed");
    expect(reasons(seen)).toEqual(["abandoned"]);
    expect(operations()).toEqual(["getRun", "cancelRun"]);
    expect(sims.databricks.runState(7004)?.resultState).toBe("CANCELED");
  });
});
