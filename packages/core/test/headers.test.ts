// The Node runtime's Headers against Node's own (undici's): the same answers for the same
// operations, so auth hooks and callers cannot tell them apart (but by instanceof). That a cancel
// on the Node runtime never loads undici is proven on the built packages, in tools/fault-suite.
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
    const values = [
      "1",
      " two ",
      "",
      "a, b",
      "x\r\ny",
      "\u00e9t\u00e9",
      "tab\tinside",
      "ジョブ",
      "😀",
    ];
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
