import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packing the packages and starting five runtimes takes a while on a loaded machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
