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
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
  },
});
