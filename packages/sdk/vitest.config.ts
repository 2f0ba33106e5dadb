import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Off: its transforms keep the resolved paths of workspace packages, which go stale when a
    // package's exports change without a reinstall (CI starts without it anyway).
    fsModuleCache: false,
    include: ["test/**/*.test.ts"],
    // The bulk suites are CPU-bound (10 000 targets), not waiting: room for a loaded 2-core CI.
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
