// Builds @cancel/databricks's dist: `index.js` (every runtime but a browser's) and `browser.js`
// (the `browser` export condition), each one bundled ES module, and the `./openapi` entry.
// `browser.js` is the same package with `src/auth/oauth-browser.ts` in place of `src/auth/oauth.ts`:
// OAuth M2M is refused there (a client secret cannot be kept in a web page), so a browser bundle
// carries none of the token source. Declarations are tsc's (`tsc --emitDeclarationOnly`).
import { build } from "esbuild";

const src = new URL("../src/", import.meta.url).pathname;

/** `./oauth.js` (from `src/auth/`) → `oauth-browser.ts`. */
const browserOAuth = {
  name: "browser-oauth",
  setup(b) {
    b.onResolve({ filter: /^\.\/oauth\.js$/ }, (args) =>
      args.resolveDir === `${src}auth` ? { path: `${src}auth/oauth-browser.ts` } : undefined,
    );
  },
};

const common = {
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
};

await Promise.all([
  build({
    ...common,
    entryPoints: [`${src}index.ts`, `${src}generated/openapi.gen.ts`],
    outdir: "dist",
    outbase: "src",
  }),
  build({
    ...common,
    entryPoints: [`${src}index.ts`],
    outfile: "dist/browser.js",
    plugins: [browserOAuth],
  }),
]);
