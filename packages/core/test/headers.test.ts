// The Node runtime's Headers against Node's own (undici's): the same answers for the same
// operations, so auth hooks and callers cannot tell them apart (but by instanceof). And a cancel
// on the Node runtime must never load undici (15-30 ms on the first call otherwise).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { prng } from "@cancel/testkit";
import { describe, expect, it } from "vitest";
import { NodeHeaders } from "../src/platform/node/headers.js";

type Op = (h: Headers) => unknown;

/** Runs `ops` on both and compares every result (or that both threw a TypeError). */
function same(init: HeadersInit | undefined, ops: Op[]) {
  const build = (make: () => Headers) => {
    try {
      return make();
    } catch (error) {
      return error as Error;
    }
  };
  const ours = build(() => new NodeHeaders(init));
  const theirs = build(() => new Headers(init));
  if (theirs instanceof Error) {
    expect(ours).toBeInstanceOf(TypeError);
    return;
  }
  expect(ours).not.toBeInstanceOf(Error);
  for (const op of [...ops, (h: Headers) => [...h], (h: Headers) => h.getSetCookie()]) {
    const run = (h: Headers) => {
      try {
        return { value: op(h) };
      } catch (error) {
        return { threw: (error as Error).constructor.name };
      }
    };
    expect(run(ours as Headers), String(op)).toEqual(run(theirs));
  }
}

describe("NodeHeaders behaves as fetch's Headers", () => {
  it.each<[string, HeadersInit | undefined]>([
    ["nothing", undefined],
    ["a record", { "Content-Type": "application/json", "X-Amz-Date": "20150830T123600Z" }],
    [
      "pairs with repeats",
      [
        ["Accept", "a"],
        ["accept", "b"],
        ["Set-Cookie", "x=1"],
        ["set-cookie", "y=2"],
      ],
    ],
    ["another Headers", new Headers({ b: "2", a: "1" })],
    ["values with edge whitespace", { a: "  padded \t", b: "\t" }],
    ["an invalid name", { "bad name": "x" }],
    ["a value with a newline", { a: "x\ny" }],
    ["a pair of three", [["a", "b", "c"]] as unknown as HeadersInit],
  ])("built from %s", (_name, init) => {
    same(init, [
      (h) => h.get("accept"),
      (h) => h.get("ACCEPT"),
      (h) => h.get("set-cookie"),
      (h) => h.get("missing"),
      (h) => h.has("Content-Type"),
      (h) => {
        const seen: string[] = [];
        h.forEach((value, name) => {
          seen.push(`${name}=${value}`);
        });
        return seen;
      },
      (h) => [...h.keys()],
      (h) => [...h.values()],
    ]);
  });

  it("agrees on set, append, delete and refusals, for random operation sequences", () => {
    const random = prng(15);
    const names = ["a", "B", "content-type", "Set-Cookie", "x-amz-date", "bad name", "é"];
    const values = ["1", " two ", "", "a, b", "x\r\ny", "\u00e9t\u00e9", "tab\tinside"];
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
    for (let round = 0; round < 200; round++) {
      const ops: Op[] = [];
      for (let i = 0; i < 6; i++) {
        const name = pick(names);
        const value = pick(values);
        const kind = Math.floor(random() * 5);
        ops.push(
          kind === 0
            ? (h) => h.set(name, value)
            : kind === 1
              ? (h) => h.append(name, value)
              : kind === 2
                ? (h) => h.delete(name)
                : kind === 3
                  ? (h) => h.get(name)
                  : (h) => [...h.entries()],
        );
      }
      same(undefined, ops);
    }
  });

  it("copies into fetch's Headers and prints as Headers", () => {
    const ours = new NodeHeaders({ b: "2", a: "1" });
    expect([...new Headers(ours)]).toEqual([
      ["a", "1"],
      ["b", "2"],
    ]);
    expect(Object.prototype.toString.call(ours)).toBe("[object Headers]");
  });
});

describe("a cancel on the Node runtime", () => {
  it("never loads undici, Node's fetch stack (the first call would pay 15-30 ms)", () => {
    const script = `
      import { createProviderClient, invokeWithMetadata } from "@cancel/core";
      // Not \`import "node:http"\`: on Node 24 that import alone loads undici.
      const { createServer } = process.getBuiltinModule("node:http");
      const server = createServer((req, res) => { res.writeHead(200, { "content-type": "application/json", "x-request-id": "r" }); res.end('{"state":"ok"}'); });
      await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
      const client = createProviderClient(
        { provider: "p", errors: { code: [], message: [], requestId: [{ from: "header", name: "x-request-id" }] } },
        { baseUrl: "http://127.0.0.1:" + server.address().port, allowInsecureLoopback: true,
          authenticate: (request) => { request.headers.set("authorization", "Bearer t"); } },
      );
      const operation = { operationId: "get", method: "GET", path: "/jobs/{id}", success: { "200": { json: true, emptyOk: false } },
        fields: [{ key: "id", name: "id", in: "path", required: true, schema: { type: "string" } }] };
      const { data, metadata } = await invokeWithMetadata(client, operation, { id: "1" });
      server.close();
      const undici = process.moduleLoadList.some((name) => name.includes("undici"));
      process.stdout.write(JSON.stringify({ data, requestId: metadata.requestId, undici }));
    `;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: join(import.meta.dirname, ".."),
      encoding: "utf8",
    });
    expect(JSON.parse(out)).toEqual({ data: { state: "ok" }, requestId: "r", undici: false });
  });
});
