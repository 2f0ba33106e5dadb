import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The tests run the sources: `#platform` is the Node runtime's source, not dist's build of it
  // (tests of the other runtime import src/platform/web.ts themselves).
  resolve: {
    alias: { "#platform": fileURLToPath(new URL("./src/platform/node/index.ts", import.meta.url)) },
  },
  test: {
    // Off: its transforms keep the resolved paths of workspace packages, which go stale when a
    // package's exports change without a reinstall (CI starts without it anyway).
    fsModuleCache: false,
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
  },
});
