import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// @cancel/core picks its runtime by export conditions; the signing tests run on both: Node's
// (node:crypto, node:http) and the one every other runtime gets (WebCrypto, fetch).
// @cancel/core's dist has one module per runtime: the `default` one (dist/index.js) is what
// browsers, workers, Deno and Bun get.
const fetchRuntime = fileURLToPath(new URL("../core/dist/index.js", import.meta.url));

export default defineConfig({
  test: {
    // Off: its transforms keep the resolved paths of workspace packages, which go stale when a
    // package's exports change without a reinstall (CI starts without it anyway).
    fsModuleCache: false,
    projects: [
      {
        extends: true,
        test: {
          name: "node runtime",
          include: ["test/**/*.test.ts"],
          env: { EXPECTED_RUNTIME: "node" },
          typecheck: {
            enabled: true,
            include: ["test/**/*.test-d.ts"],
            tsconfig: "./tsconfig.json",
          },
        },
      },
      {
        extends: true,
        resolve: { alias: [{ find: /^@cancel\/core$/, replacement: fetchRuntime }] },
        test: {
          name: "fetch runtime",
          include: ["test/sigv4.test.ts", "test/auth.test.ts"],
          env: { EXPECTED_RUNTIME: "fetch" },
        },
      },
    ],
  },
});
