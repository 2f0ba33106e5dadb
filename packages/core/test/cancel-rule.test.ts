import { viaRequest } from "@cancel/testkit";
import { describe, expect, it } from "vitest";
import { ApiError, TimeoutError } from "../src/errors.js";
import { cancelConfirmed, type CancelRule, readStatus } from "../src/cancel-rule.js";
import { createProviderClient, type Operation } from "../src/client.js";
import { readRunState, type RunStateRule } from "../src/run-state.js";

type Job = { state?: string; result?: string };

const cancelJob: Operation<{ id: string }, Job, {}> = {
  operationId: "cancelJob",
  method: "DELETE",
  path: "/jobs/{id}",
  fields: [{ key: "id", name: "id", in: "path", required: true, schema: { type: "string" } }],
  success: { "200": { json: true, emptyOk: true } },
};
const getJob: Operation<{ id: string }, Job, {}> = {
  ...cancelJob,
  operationId: "getJob",
  method: "GET",
};

const states: RunStateRule<Job> = {
  state: [
    {
      pointer: "/state",
      read: (body) => body.state,
      values: { RUNNING: "running", STOPPING: "stopping", DONE: "ended", CANCELLED: "cancelled" },
    },
  ],
  result: [
    {
      pointer: "/result",
      read: (body) => body.result,
      values: { OK: "succeeded", BAD: "failed", UNDEFINED: null },
    },
  ],
};

const rule = (
  answer?: RunStateRule<Job>,
): CancelRule<{ id: string }, Job, { id: string }, Job> => ({
  operation: cancelJob,
  status: { operation: getJob, input: (i) => ({ id: i.id }), state: states },
  answer,
  ambiguous: [{ status: 400, codes: ["NotCancellable"] }, { codes: ["0175"] }],
});

function client(answers: Record<string, () => Response>) {
  const seen: string[] = [];
  const c = createProviderClient(
    {
      provider: "test",
      errors: {
        code: [{ from: "body", pointer: "/code" }],
        message: [{ from: "body", pointer: "/message" }],
        requestId: [{ from: "header", name: "x-request-id" }],
      },
      retryCodes: { final: [{ codes: ["0175"] }] },
    },
    {
      baseUrl: "https://api.example",
      retry: { baseDelayMs: 1 },
      fetch: viaRequest(async (request) => {
        seen.push(request.method);
        const answer = answers[request.method];
        if (!answer) throw new Error(`no answer for ${request.method}`);
        return answer();
      }),
    },
  );
  return { c, seen };
}

const refusal =
  (code: string, status = 400) =>
  () =>
    Response.json(
      { code, message: "not in a cancellable state" },
      { status, headers: { "x-request-id": "r-1" } },
    );

describe("readRunState", () => {
  it.each([
    ["a mapped state", { state: "RUNNING" }, "running", false],
    ["a terminal state", { state: "CANCELLED" }, "cancelled", true],
    ["ended, refined by its result", { state: "DONE", result: "BAD" }, "failed", true],
    [
      "ended, with a result that says nothing",
      { state: "DONE", result: "UNDEFINED" },
      "ended",
      true,
    ],
    ["ended, without a result", { state: "DONE" }, "ended", true],
    ["a value no mapping names", { state: "PAUSED" }, "unknown", false],
    ["no state at all", {}, "unknown", false],
    [
      "a result never refines a non-terminal state",
      { state: "RUNNING", result: "OK" },
      "running",
      false,
    ],
  ])("%s", (_name, body, state, terminal) => {
    const reading = readRunState(states, body as Job);
    expect(reading.state).toBe(state);
    expect(reading.terminal).toBe(terminal);
    expect(reading.vendorState).toBe((body as Job).state);
    expect(reading.vendorResult).toBe((body as Job).result);
  });

  it("tries sources in order and reads a body of another shape as unknown", () => {
    const two: RunStateRule<unknown> = {
      state: [
        {
          pointer: "/a/b",
          read: (b) => (b as { a: { b: unknown } }).a.b,
          values: { X: "running" },
        },
        { pointer: "/c", read: (b) => (b as { c: unknown }).c, values: { Y: "failed" } },
      ],
    };
    expect(readRunState(two, { c: "Y" })).toMatchObject({ state: "failed", vendorState: "Y" });
    expect(readRunState(two, { a: { b: "X" }, c: "Y" })).toMatchObject({ state: "running" });
    expect(readRunState(two, "<html>")).toMatchObject({ state: "unknown", vendorState: undefined });
  });
});

describe("cancelConfirmed", () => {
  it("an accepted cancel is cancel-requested, without a status read", async () => {
    const { c, seen } = client({ DELETE: () => Response.json({}) });
    const result = await cancelConfirmed(c, rule(), { id: "j" });
    expect(result).toMatchObject({ outcome: "cancel-requested", data: {}, refusal: undefined });
    expect(seen).toEqual(["DELETE"]);
  });

  it.each([
    ["cancelled", { state: "CANCELLED" }, "cancelled"],
    ["already over", { state: "DONE", result: "OK" }, "already-terminal"],
    ["still running", { state: "RUNNING" }, "cancel-requested"],
  ])("an answer carrying the run's state: %s", async (_name, body, outcome) => {
    const { c } = client({ DELETE: () => Response.json(body) });
    const result = await cancelConfirmed(c, rule(states), { id: "j" });
    expect(result.outcome).toBe(outcome);
    expect(result.state?.vendorState).toBe(body.state);
  });

  it("an ambiguous refusal of a finished run is already-terminal, with the final state", async () => {
    const { c, seen } = client({
      DELETE: refusal("NotCancellable"),
      GET: () => Response.json({ state: "DONE", result: "BAD" }),
    });
    const result = await cancelConfirmed(c, rule(), { id: "j" });
    expect(result.outcome).toBe("already-terminal");
    expect(result.state).toMatchObject({
      state: "failed",
      vendorState: "DONE",
      vendorResult: "BAD",
    });
    expect(result.refusal).toBeInstanceOf(ApiError);
    expect(result.metadata).toMatchObject({ status: 400, requestId: "r-1" });
    expect(result.confirmation?.data).toEqual({ state: "DONE", result: "BAD" });
    expect(seen).toEqual(["DELETE", "GET"]);
  });

  it("an ambiguous refusal of a running run is the original error", async () => {
    const { c } = client({
      DELETE: refusal("0175", 500),
      GET: () => Response.json({ state: "RUNNING" }),
    });
    const error = await cancelConfirmed(c, rule(), { id: "j" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 500, code: "0175", attempts: 1 });
    expect((error as Error).cause).toBeUndefined();
  });

  it("a failing read leaves the refusal standing, with the read's error as its cause", async () => {
    const { c } = client({
      DELETE: refusal("NotCancellable"),
      GET: () => Response.json({ code: "Nope", message: "forbidden" }, { status: 403 }),
    });
    const error = await cancelConfirmed(c, rule(), { id: "j" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, code: "NotCancellable" });
    expect((error as Error).cause).toMatchObject({ status: 403, code: "Nope" });
  });

  it("aroundRead runs the confirming read (a tracer's span around it), and only that", async () => {
    const { c, seen } = client({
      DELETE: refusal("NotCancellable"),
      GET: () => Response.json({ state: "DONE", result: "OK" }),
    });
    const wrapped: string[] = [];
    const result = await cancelConfirmed(
      c,
      rule(),
      { id: "j" },
      {},
      {
        aroundRead: async (operation, read) => {
          wrapped.push(`${operation} before ${seen.join(",")}`);
          const answer = await read();
          wrapped.push(`${operation} after ${seen.join(",")} ${answer.metadata.status}`);
          return answer;
        },
      },
    );
    expect(result.outcome).toBe("already-terminal");
    expect(wrapped).toEqual(["getJob before DELETE", "getJob after DELETE,GET 200"]);

    // An accepted cancel, read after with readAfterAccept: wrapped the same way.
    const accepted = client({
      DELETE: () => Response.json({}),
      GET: () => Response.json({ state: "RUNNING" }),
    });
    const reads: string[] = [];
    await cancelConfirmed(
      accepted.c,
      { ...rule(), acceptsEnded: true },
      { id: "j" },
      {},
      {
        readAfterAccept: true,
        aroundRead: (operation, read) => {
          reads.push(operation);
          return read();
        },
      },
    );
    expect(reads).toEqual(["getJob"]);
    expect(accepted.seen).toEqual(["DELETE", "GET"]);
  });

  it("other refusals are not read again", async () => {
    const { c, seen } = client({ DELETE: refusal("Other") });
    await expect(cancelConfirmed(c, rule(), { id: "j" })).rejects.toMatchObject({ code: "Other" });
    expect(seen).toEqual(["DELETE"]);
  });

  it("without a status read, an ambiguous refusal stands", async () => {
    const { c, seen } = client({ DELETE: refusal("NotCancellable") });
    const noRead = { ...rule(), status: undefined };
    await expect(cancelConfirmed(c, noRead, { id: "j" })).rejects.toMatchObject({
      code: "NotCancellable",
    });
    expect(seen).toEqual(["DELETE"]);
  });

  it("the read shares the call's deadline", async () => {
    let now = 0;
    const clock = { now: () => now, sleep: async () => {} };
    const c = createProviderClient(
      {
        provider: "test",
        errors: { code: [{ from: "body", pointer: "/code" }], message: [], requestId: [] },
      },
      {
        baseUrl: "https://api.example",
        clock,
        deadlineMs: 1000,
        fetch: viaRequest(async (request) => {
          now += 1500; // the refusal arrives after the whole deadline
          return request.method === "DELETE"
            ? refusal("NotCancellable")()
            : Response.json({ state: "DONE" });
        }),
      },
    );
    const error = await cancelConfirmed(c, rule(), { id: "j" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "NotCancellable" });
    expect((error as Error).cause).toBeInstanceOf(TimeoutError);
  });

  it("readStatus normalizes one read", async () => {
    const { c } = client({ GET: () => Response.json({ state: "STOPPING" }) });
    const read = await readStatus(c, getJob, states, { id: "j" });
    expect(read.state).toMatchObject({
      state: "stopping",
      terminal: false,
      vendorState: "STOPPING",
    });
  });
});
