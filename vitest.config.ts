import { defineConfig } from "vitest/config";

// `pnpm vitest run` from the root (after `pnpm build`) runs every suite; `pnpm test` does the same
// through turbo (building first, with its cache), and `pnpm --filter <package> test` runs one.
export default defineConfig({
  test: {
    projects: ["packages/*", "tools/generator", "tools/fault-suite", "tools/bundle-check"],
  },
});
