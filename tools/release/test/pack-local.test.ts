import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain ES module script without declarations
import { packageClosure } from "../pack-local.mjs";

const names = (pkg: string) => (packageClosure(pkg) as { name: string }[]).map((p) => p.name);

describe("pack:local's package closure (README: installing before the first release)", () => {
  it.each([
    ["@cancel/databricks", ["@cancel/core", "@cancel/databricks"]],
    ["databricks", ["@cancel/core", "@cancel/databricks"]],
    ["@cancel/huawei-mrs", ["@cancel/core", "@cancel/huawei-auth", "@cancel/huawei-mrs"]],
  ])("%s packs its @cancel dependencies first", (pkg, expected) => {
    expect(names(pkg)).toEqual(expected);
  });

  it("@cancel/sdk packs every provider once, each after what it depends on", () => {
    const order = names("@cancel/sdk");
    expect(order.at(-1)).toBe("@cancel/sdk");
    expect(new Set(order).size).toBe(order.length);
    for (const provider of [
      "databricks",
      "emr-serverless",
      "huawei-mrs",
      "huawei-dli",
      "fabric-workload",
    ]) {
      expect(order.indexOf(`@cancel/${provider}`)).toBeGreaterThan(order.indexOf("@cancel/core"));
    }
    expect(order.indexOf("@cancel/huawei-auth")).toBeLessThan(order.indexOf("@cancel/huawei-mrs"));
  });

  it("names the packages it knows when given another", () => {
    expect(() => packageClosure("@cancel/nope")).toThrow(
      /unknown package "@cancel\/nope": one of @cancel\/cli, /,
    );
    expect(() => packageClosure("@cancel/testkit")).toThrow(/unknown package/); // private
  });
});
