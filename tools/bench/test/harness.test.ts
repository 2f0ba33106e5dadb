/**
 * Not a benchmark and not timed: checks that the harness runs end to end on a tiny input
 * (`--quick`) and writes its tables. The figures themselves come from `pnpm bench`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { table } from "../src/markdown.ts";
import { median, quantile } from "../src/stats.ts";

describe("helpers", () => {
  it("computes medians and quantiles", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.99)).toBe(10);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5);
  });

  it("lays out markdown tables as prettier does", () => {
    expect(table(["a", "bb"], [["x|y", "1"]])).toBe(
      ["| a    | bb  |", "| ---- | --- |", "| x\\|y | 1   |"].join("\n"),
    );
  });
});

describe("pnpm bench --quick", () => {
  it("runs every section and writes the report", () => {
    const out = join(mkdtempSync(join(tmpdir(), "cancel-bench-")), "BENCHMARKS.md");
    execFileSync(
      process.execPath,
      [
        "--disable-warning=ExperimentalWarning",
        join(import.meta.dirname, "../src/main.ts"),
        "--quick",
        "--out",
        out,
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    const report = readFileSync(out, "utf8");
    for (const heading of ["## Per-call cost", "## Bundle size", "## Cold start", "## Bulk"]) {
      expect(report).toContain(heading);
    }
    expect(report).toContain("raw fetch, no auth (floor)");
  });
});
