import { defineConfig } from "vitest/config";

// `pnpm vitest run` from the root runs every package's suite; `pnpm test` does the same through
// turbo (with its cache), and `pnpm --filter <package> test` runs one.
export default defineConfig({
  test: {
    projects: ["packages/*", "tools/generator"],
  },
});
