import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Off: its transforms keep the resolved paths of workspace packages, which go stale when a
    // package's exports change without a reinstall (CI starts without it anyway).
    fsModuleCache: false,
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
