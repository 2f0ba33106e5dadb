import { describe, expect, it } from "vitest";
import { budgets, consumers, measure } from "../src/size.ts";

describe("size budgets (minified + gzip, one cancel call, dependencies included)", () => {
  it("has a budget for every measured package and a consumer for every budget", () => {
    expect(Object.keys(budgets()).sort()).toEqual(Object.keys(consumers).sort());
  });

  it.each(Object.keys(consumers))("%s stays within its budget", async (pkg) => {
    const m = await measure(pkg);
    console.log(`${pkg}: ${m.minified} B minified, ${m.gzip} B gzip, budget ${m.budget} B`);
    expect(
      m.gzip,
      `${pkg} is ${m.gzip} B gzipped, over its ${m.budget} B budget`,
    ).toBeLessThanOrEqual(m.budget);
    // A budget far above the real size stops guarding anything: keep it within 25%.
    expect(m.budget, `${pkg}'s budget is loose: lower it towards ${m.gzip} B`).toBeLessThanOrEqual(
      Math.ceil(m.gzip * 1.25),
    );
  });
});
