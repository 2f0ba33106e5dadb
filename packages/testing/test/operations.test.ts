// Which vendor operations the simulators answer: every operation of the specs is answered by its
// simulator or named in the README's "What is not simulated" table, nothing in that table is
// answered, and each simulator's declared `operations` are exactly the ones it routes.
import { readFileSync } from "node:fs";
import { specExamples } from "@cancel/testkit";
import { describe, expect, it } from "vitest";
import {
  DatabricksSimulator,
  EmrServerlessSimulator,
  FABRIC_SIMULATOR_BASE_URL,
  FabricWorkloadSimulator,
  HuaweiDliSimulator,
  HuaweiMrsSimulator,
  VENDORS,
  type Vendor,
} from "../src/index.js";

const SIMULATORS = {
  databricks: DatabricksSimulator,
  "emr-serverless": EmrServerlessSimulator,
  "huawei-mrs": HuaweiMrsSimulator,
  "huawei-dli": HuaweiDliSimulator,
  "fabric-workload": FabricWorkloadSimulator,
} satisfies Record<Vendor, unknown>;

/** Where the README's paths start: the vendor's host (Fabric: the workload's base URL). */
const HOST: Record<Vendor, string> = {
  databricks: "https://dbc-a1b2345c-d6e7.cloud.databricks.com",
  "emr-serverless": "https://emr-serverless.us-east-1.amazonaws.com",
  "huawei-mrs": "https://mrs.cn-north-4.myhuaweicloud.com",
  "huawei-dli": "https://dli.cn-north-4.myhuaweicloud.com",
  "fabric-workload": FABRIC_SIMULATOR_BASE_URL,
};
/** The path of each spec's default server (`servers[0]`), before the spec's own paths. */
const SPEC_SERVER_PATH: Record<Vendor, string> = {
  databricks: "/api/2.2",
  "emr-serverless": "",
  "huawei-mrs": "",
  "huawei-dli": "",
  "fabric-workload": "",
};
/** Declared operations that are not in a spec, with a request for each. */
const BEYOND_SPECS: Partial<Record<Vendor, Record<string, [method: string, path: string]>>> = {
  databricks: { oauthToken: ["POST", "/oidc/v1/token"] },
};

/** The operation a fresh simulator routes a request to (`unknown` when it does not answer it). */
async function routedTo(vendor: Vendor, method: string, path: string): Promise<string> {
  const simulator = new SIMULATORS[vendor]();
  const url = HOST[vendor] + path.replace(/\{[^}]+\}/g, "a1b2c3");
  const body = method === "GET" || method === "HEAD" ? undefined : "{}";
  await simulator.handle(new Request(url, { method, body }));
  return simulator.requests[0]!.operation;
}

interface NotSimulated {
  vendor: string;
  /** The names in backticks in the operation column (vendor name or operationId). */
  names: string[];
  method: string;
  path: string;
}

/** The rows of the README's "What is not simulated" table. */
function notSimulated(): NotSimulated[] {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const start = readme.indexOf("## What is not simulated");
  const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
  const rows: NotSimulated[] = [];
  for (const line of section.split("\n")) {
    const row = /^\| `([a-z-]+)` +\| (.+?) +\| `([A-Z]+) (\/\S*)` +\|$/.exec(line);
    if (!row) continue;
    const names = [...row[2]!.matchAll(/`([^`]+)`/g)].map((name) => name[1]!);
    rows.push({ vendor: row[1]!, names, method: row[3]!, path: row[4]! });
  }
  return rows;
}

const table = notSimulated();

describe.each(VENDORS)("%s simulator", (vendor) => {
  const spec = Object.entries(specExamples(vendor));
  const declared: readonly string[] = SIMULATORS[vendor].operations;
  const listed = table.filter((row) => row.vendor === vendor);

  it("declares exactly the operations it routes", async () => {
    const routed: string[] = [];
    for (const [operationId, { method, path }] of spec) {
      const to = await routedTo(vendor, method, SPEC_SERVER_PATH[vendor] + path);
      // A spec request is answered as its own operation or not at all, never as another one.
      expect([operationId, "unknown"]).toContain(to);
      if (to === operationId) routed.push(to);
    }
    for (const [operation, [method, path]] of Object.entries(BEYOND_SPECS[vendor] ?? {})) {
      expect(await routedTo(vendor, method, path)).toBe(operation);
      routed.push(operation);
    }
    expect([...declared].sort()).toEqual(routed.sort());
  });

  it("answers every operation of its spec, or the README names it as not simulated", () => {
    expect(spec.length).toBeGreaterThan(0);
    for (const [operationId] of spec) {
      if (declared.includes(operationId)) continue;
      expect(listed.flatMap((row) => row.names)).toContain(operationId);
    }
  });

  it("answers none of the operations the README names as not simulated", async () => {
    expect(listed.length).toBeGreaterThan(0);
    for (const { method, path } of listed) {
      expect(`${method} ${path}: ${await routedTo(vendor, method, path)}`).toBe(
        `${method} ${path}: unknown`,
      );
    }
  });
});

it("the README's table names only known vendors", () => {
  expect(table.length).toBeGreaterThan(0);
  for (const row of table) expect(VENDORS).toContain(row.vendor);
});
