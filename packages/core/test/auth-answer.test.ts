// AuthContext.onAnswer: an auth hook sees the answer of the attempt it authenticated (Databricks
// drops an OAuth token the workspace refused), on whichever sender the platform picked.
import { describe, expect, it } from "vitest";
import { invoke, type Operation, type ProviderClient } from "../src/client.js";
import { AuthenticationError } from "../src/errors.js";
import type { HttpSender, SendRequest } from "../src/http-sender.js";
import { type AttemptAnswer, type Authenticator, Transport } from "../src/transport.js";

const cancel: Operation<{ id: string }, unknown, {}> = {
  operationId: "cancel",
  method: "POST",
  path: "/jobs/{id}/cancel",
  fields: [{ key: "id", name: "id", in: "path", required: true, schema: { type: "string" } }],
  success: { "200": { json: true, emptyOk: true } },
};
const errors = { code: [], message: [], requestId: [] };

/** A sender that answers each attempt with the next status, and records what it was sent. */
function scripted(...statuses: number[]): HttpSender & { sent: SendRequest[] } {
  const sent: SendRequest[] = [];
  return {
    sent,
    async send(request) {
      sent.push(request);
      const status = statuses.shift() ?? 200;
      return { status, headers: new Headers({ "x-attempt": String(sent.length) }), text: "{}" };
    },
  };
}

function client(sender: HttpSender, authenticate: Authenticator): ProviderClient<{}> {
  const transport = new Transport({
    provider: "test",
    baseUrl: "https://api.example/v1",
    errors,
    sender,
    authenticate,
    // 401 is not retried; two attempts of a 503 show one listener per attempt.
    retry: { maxAttempts: 2, baseDelayMs: 0, maxDelayMs: 0 },
    random: () => 0,
  });
  return { provider: "test", transport };
}

describe("AuthContext.onAnswer", () => {
  it("tells each attempt's hook its own answer, once, with status and headers", async () => {
    const sender = scripted(503, 200);
    const seen: [number, number, string | null][] = [];
    const authenticate: Authenticator = (request, context) => {
      request.headers.set("authorization", `Bearer token-${context.attempt}`);
      context.onAnswer?.((answer: AttemptAnswer) => {
        seen.push([context.attempt, answer.status, answer.headers.get("x-attempt")]);
      });
    };
    await invoke(client(sender, authenticate), cancel, { id: "1" });
    expect(seen).toEqual([
      [1, 503, "1"],
      [2, 200, "2"],
    ]);
    expect(sender.sent.map((r) => r.headers.get("authorization"))).toEqual([
      "Bearer token-1",
      "Bearer token-2",
    ]);
  });

  it("sees a refusal before the call fails with it", async () => {
    const refused: string[] = [];
    const authenticate: Authenticator = (request, context) => {
      const token = "cached-token";
      request.headers.set("authorization", `Bearer ${token}`);
      context.onAnswer?.((answer) => {
        if (answer.status === 401) refused.push(token);
      });
    };
    const error = await invoke(client(scripted(401), authenticate), cancel, { id: "1" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(refused).toEqual(["cached-token"]);
  });

  it("a listener that throws changes nothing", async () => {
    const authenticate: Authenticator = (_request, context) => {
      context.onAnswer?.(() => {
        throw new Error("observer failed");
      });
    };
    await expect(invoke(client(scripted(200), authenticate), cancel, { id: "1" })).resolves.toEqual(
      {},
    );
  });

  it("is not called when no answer came (the connection failed)", async () => {
    let calls = 0;
    const failing: HttpSender = {
      send: () => Promise.reject(new Error("ECONNREFUSED")),
    };
    const authenticate: Authenticator = (_request, context) => {
      context.onAnswer?.(() => calls++);
    };
    await invoke(client(failing, authenticate), cancel, { id: "1" }).catch(() => undefined);
    expect(calls).toBe(0);
  });
});
