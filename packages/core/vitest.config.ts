import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The tests run the sources: `#platform` is the Node runtime's source, not dist's build of it
  // (tests of the other runtime import src/platform/web.ts themselves).
  resolve: {
    alias: { "#platform": fileURLToPath(new URL("./src/platform/node/index.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
  },
});
