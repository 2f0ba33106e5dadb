import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests import the package by its name (as the README does) from src, so they need no build.
const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@cancel\/testing\/node$/, replacement: src("node.ts") },
      // What Node resolves `@cancel/testing/msw` to (package.json `node`/`import` condition).
      { find: /^@cancel\/testing\/msw$/, replacement: src("msw-guard.ts") },
      { find: /^@cancel\/testing$/, replacement: src("index.ts") },
    ],
  },
  test: {
    // Off: its transforms keep the resolved paths of workspace packages, which go stale when a
    // package's exports change without a reinstall (CI starts without it anyway).
    fsModuleCache: false,
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
  },
});
