import { viaRequest } from "@cancel/testkit";
import { describe, expect, it } from "vitest";
import { createProviderClient, type Operation } from "../src/client.js";
import { ValidationError } from "../src/errors.js";
import {
  fromEpochMs,
  type ListRule,
  listRuns,
  onlyActive,
  type PageRule,
  toEpochMs,
  vendorStatesFor,
} from "../src/list-rule.js";

type Run = { id?: string; state?: string; created?: number | string; name?: string };
type Page = { runs?: Run[]; next?: string; total?: number };
type Input = { app: string; token?: string; offset?: number; page?: number; size?: number };
type Target = { provider: "test"; app: string; runId: string };

const list: Operation<Input, Page, {}> = {
  operationId: "listRuns",
  method: "GET",
  path: "/apps/{app}/runs",
  fields: [
    { key: "app", name: "app", in: "path", required: true, schema: { type: "string" } },
    { key: "token", name: "token", in: "query", required: false, schema: { type: "string" } },
    { key: "offset", name: "offset", in: "query", required: false, schema: { type: "integer" } },
    { key: "page", name: "page", in: "query", required: false, schema: { type: "integer" } },
    { key: "size", name: "size", in: "query", required: false, schema: { type: "integer" } },
  ],
  success: { "200": { json: true, emptyOk: false } },
};

const rule = (page: PageRule<Page>): ListRule<Input, Page, Run, Target> => ({
  operation: list,
  scope: { app: true },
  items: (body) => body.runs,
  target: (item, input) => ({ provider: "test", app: input.app, runId: item.id }),
  required: ["app", "runId"],
  state: {
    state: [
      {
        pointer: "/state",
        read: (item) => item.state,
        values: { RUNNING: "running", DONE: "ended", CANCELLED: "cancelled", ODD: null },
      },
    ],
  },
  createdAt: { read: (item) => item.created, unit: "epoch-seconds" },
  name: (item) => item.name,
  page,
  size: { input: "size", max: 2 },
  filters: {},
});

/** A vendor holding `runs`, paging them by token, offset or page number. */
function vendor(
  runs: Run[],
  opts: { total?: boolean; repeatToken?: boolean; msPerPage?: number } = {},
) {
  const queries: URLSearchParams[] = [];
  let now = 0;
  const clock = {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
  };
  const client = createProviderClient(
    {
      provider: "test",
      errors: { code: [], message: [], requestId: [] },
    },
    {
      baseUrl: "https://api.example",
      retry: { baseDelayMs: 1 },
      clock,
      fetch: viaRequest(async (request) => {
        now += opts.msPerPage ?? 0;
        const q = new URL(request.url).searchParams;
        queries.push(q);
        const size = Number(q.get("size") ?? 100);
        const start = q.has("token")
          ? Number(q.get("token")!.slice(1))
          : q.has("offset")
            ? Number(q.get("offset"))
            : q.has("page")
              ? (Number(q.get("page")) - 1) * size
              : 0;
        const slice = runs.slice(start, start + size);
        const end = start + slice.length;
        return Response.json({
          runs: slice,
          ...(end < runs.length ? { next: opts.repeatToken ? "t0" : `t${end}` } : {}),
          ...(opts.total ? { total: runs.length } : {}),
        });
      }),
    },
  );
  return { client, queries };
}

const five: Run[] = [1, 2, 3, 4, 5].map((n) => ({
  id: `r${n}`,
  state: n % 2 ? "RUNNING" : "DONE",
  created: 1_700_000_000 + n,
  name: `run ${n}`,
}));

async function all<T>(pages: AsyncIterable<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe("listRuns", () => {
  it("follows page tokens to the last page, asking for the vendor's page size", async () => {
    const { client, queries } = vendor(five);
    const pages = await all(
      listRuns(client, rule({ kind: "token", input: "token", next: (b) => b.next }), { app: "a1" }),
    );
    expect(pages.map((p) => p.map((r) => r.target.runId))).toEqual([
      ["r1", "r2"],
      ["r3", "r4"],
      ["r5"],
    ]);
    expect(queries.map((q) => q.get("token"))).toEqual([null, "t2", "t4"]);
    expect(queries.every((q) => q.get("size") === "2")).toBe(true);
    const first = pages[0]![0]!;
    expect(first).toMatchObject({
      target: { provider: "test", app: "a1", runId: "r1" },
      state: { state: "running" },
      createdAt: 1_700_000_001_000,
      name: "run 1",
    });
  });

  it("walks lazily: a consumer that stops reading stops the calls", async () => {
    const { client, queries } = vendor(five);
    for await (const _ of listRuns(
      client,
      rule({ kind: "token", input: "token", next: (b) => b.next }),
      {
        app: "a1",
      },
    )) {
      break;
    }
    expect(queries).toHaveLength(1);
  });

  it("refuses a vendor that answers the same page token twice instead of looping", async () => {
    const { client } = vendor(five, { repeatToken: true });
    await expect(
      all(
        listRuns(client, rule({ kind: "token", input: "token", next: (b) => b.next }), {
          app: "a1",
        }),
      ),
    ).rejects.toThrow(ValidationError);
  });

  it("holds the whole walk to one deadline: a page with no time left is not asked for", async () => {
    const { client, queries } = vendor(five, { msPerPage: 400 });
    const token = rule({ kind: "token", input: "token", next: (b) => b.next });
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const page of listRuns(client, token, { app: "a1" }, { deadlineMs: 700 }))
          seen.push(...page.map((r) => r.target.runId));
      })(),
    ).rejects.toThrow(/deadline ran out before its last page/);
    expect(seen).toEqual(["r1", "r2", "r3", "r4"]);
    expect(queries).toHaveLength(2);
  });

  it("pages by offset until the vendor's total", async () => {
    const { client, queries } = vendor(five, { total: true });
    const pages = await all(
      listRuns(client, rule({ kind: "offset", input: "offset", total: (b) => b.total }), {
        app: "a1",
      }),
    );
    expect(pages.flat()).toHaveLength(5);
    expect(queries.map((q) => q.get("offset"))).toEqual(["0", "2", "4"]);
  });

  it("pages by number without a total until a short page", async () => {
    const { client, queries } = vendor(five);
    const pages = await all(
      listRuns(client, rule({ kind: "number", input: "page", first: 1 }), { app: "a1" }),
    );
    expect(pages.flat().map((r) => r.target.runId)).toEqual(["r1", "r2", "r3", "r4", "r5"]);
    expect(queries.map((q) => q.get("page"))).toEqual(["1", "2", "3"]);
  });

  it("asks for fewer runs per page when told, never more than the vendor's maximum", async () => {
    const { client, queries } = vendor(five);
    const token = rule({ kind: "token", input: "token", next: (b) => b.next });
    await all(listRuns(client, token, { app: "a1" }, { pageSize: 1 }));
    expect(queries).toHaveLength(5);
    queries.length = 0;
    await all(listRuns(client, token, { app: "a1" }, { pageSize: 500 }));
    expect(queries[0]!.get("size")).toBe("2");
  });

  it("skips a listed run without its id, and reads an unknown state as unknown", async () => {
    const { client } = vendor([
      { state: "RUNNING" },
      { id: "r9", state: "NEW_STATE", created: "x" },
    ]);
    const [page] = await all(
      listRuns(client, rule({ kind: "token", input: "token", next: (b) => b.next }), { app: "a1" }),
    );
    expect(page).toHaveLength(1);
    expect(page![0]).toMatchObject({
      target: { runId: "r9" },
      state: { state: "unknown" },
      createdAt: undefined,
    });
  });
});

describe("times and states", () => {
  it("reads each unit as ms since the epoch, and writes it back", () => {
    expect(toEpochMs(1_700_000_000, "epoch-seconds")).toBe(1_700_000_000_000);
    expect(toEpochMs("1700000000123", "epoch-millis")).toBe(1_700_000_000_123);
    expect(toEpochMs("2023-11-14T22:13:20Z", "date-time")).toBe(1_700_000_000_000);
    expect(toEpochMs("yesterday", "date-time")).toBeUndefined();
    expect(toEpochMs(null, "epoch-millis")).toBeUndefined();
    expect(fromEpochMs(1_700_000_000_999, "epoch-seconds")).toBe(1_700_000_000);
    expect(fromEpochMs(1_700_000_000_000, "date-time")).toBe("2023-11-14T22:13:20.000Z");
  });

  it("finds the vendor's values for run states, and knows an active-only filter", () => {
    const r = rule({ kind: "token", input: "token", next: (b) => b.next });
    expect(vendorStatesFor(r, ["running"])).toEqual(["RUNNING"]);
    expect(vendorStatesFor(r, ["ended", "cancelled"])).toEqual(["DONE", "CANCELLED"]);
    expect(onlyActive(["running", "pending"])).toBe(true);
    expect(onlyActive(["running", "ended"])).toBe(false);
    expect(onlyActive([])).toBe(false);
  });
});
