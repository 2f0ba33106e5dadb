import { describe, expect, it } from "vitest";
import { packageOf } from "../src/changeset-check.ts";
import { pendingChangesetBumps } from "../src/spec-bump.ts";

describe("which changed files need a changeset", () => {
  it.each([
    ["packages/core/src/transport.ts", "core"],
    ["packages/databricks/package.json", "databricks"],
    ["packages/databricks/README.md", "databricks"],
    ["packages/huawei-dli/tsconfig.build.json", "huawei-dli"],
    ["specs/emr-serverless.yaml", "emr-serverless"],
    ["packages/core/test/retry.test.ts", undefined],
    ["packages/core/src/validate.test.ts", undefined],
    ["packages/core/vitest.config.ts", undefined],
    ["packages/core/tsconfig.json", undefined],
    ["tools/demo/src/demo.ts", undefined],
    ["docs/faults.md", undefined],
  ])("%s → %s", (file, id) => {
    expect(packageOf(file)).toBe(id);
  });

  it("reads the pending changesets' bumps (largest per package)", () => {
    const bumps = pendingChangesetBumps();
    for (const [pkg, bump] of bumps) {
      expect(pkg).toMatch(/^@cancel\//);
      expect(["patch", "minor", "major"]).toContain(bump);
    }
  });
});
