import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");

/** A module's static runtime imports (`import type` / `export type` are erased, so skipped). */
function staticImports(text: string): string[] {
  const statements = text.matchAll(
    /^(?:(?:import|export)(?! type )[^;"]*? from |import )"([^"]+)";/gm,
  );
  return [...statements].map((match) => match[1]!);
}

/** What loading an entry loads statically: its files, and the packages they import. */
function loads(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of staticImports(readFileSync(join(src, file), "utf8"))) {
      if (spec.startsWith("./")) visit(spec.slice(2).replace(/\.js$/, ".ts"));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages] };
}

const nodeBuiltins = (packages: string[]) => packages.filter((name) => name.startsWith("node:"));
const msw = (packages: string[]) => packages.filter((name) => /^msw(\/|$)/.test(name));

describe("entry points", () => {
  it("@cancel/testing (the simulators) loads neither msw nor node: (browser-safe)", () => {
    const { files, packages } = loads("index.ts");
    expect(files).toContain("simulators.ts");
    expect(msw(packages)).toEqual([]);
    expect(nodeBuiltins(packages)).toEqual([]);
  });

  it("@cancel/testing/node (the loopback servers) does not load msw", () => {
    const { files, packages } = loads("node.ts");
    expect(files).toContain("simulators.ts");
    expect(nodeBuiltins(packages)).toContain("node:http");
    expect(msw(packages)).toEqual([]);
  });

  it("@cancel/testing/msw (the handlers; setupWorker in a browser) imports nothing from node:", () => {
    const { packages } = loads("msw.ts");
    expect(msw(packages)).toEqual(["msw"]);
    expect(nodeBuiltins(packages)).toEqual([]);
  });

  it("its Node entry loads msw only through the dynamic import whose failure it explains", () => {
    const { files, packages } = loads("msw-guard.ts");
    expect(files).not.toContain("msw.ts");
    expect(msw(packages)).toEqual([]);
    expect(readFileSync(join(src, "msw-guard.ts"), "utf8")).toContain('await import("./msw.js")');
  });

  it("its Node entry exports the handlers module's exports, the same functions", async () => {
    const guarded = await import("../src/msw-guard.js");
    const handlers = await import("../src/msw.js");
    expect(Object.keys(guarded).sort()).toEqual(Object.keys(handlers).sort());
    for (const [name, value] of Object.entries(handlers)) {
      expect(guarded[name as keyof typeof guarded]).toBe(value);
    }
  });

  it("package.json maps each entry to its module and types (Node import of ./msw: the guard)", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(manifest.exports).toEqual({
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./node": { types: "./dist/node.d.ts", default: "./dist/node.js" },
      "./msw": {
        types: "./dist/msw.d.ts",
        node: { import: "./dist/msw-guard.js" },
        default: "./dist/msw.js",
      },
      "./package.json": "./package.json",
    });
    // attw's node10 resolution (no exports map) finds subpath types here.
    expect(manifest.typesVersions).toEqual({
      "*": { node: ["./dist/node.d.ts"], msw: ["./dist/msw.d.ts"] },
    });
    expect(manifest.peerDependenciesMeta).toEqual({ msw: { optional: true } });
  });
});
