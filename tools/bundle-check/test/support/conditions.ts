import { build, type Metafile, type OutputFile, type Platform } from "esbuild";

/**
 * `contents` bundled as a runtime's bundler would: esbuild's `platform`, plus the runtime's export
 * conditions (wrangler's `workerd, worker, browser`, Deno's `deno`, …). Built from this folder,
 * so bare imports resolve to the workspace's packages; `node:` stays external.
 */
export async function bundleFor(
  contents: string,
  platform: Platform,
  conditions?: string[],
  options: { minify?: boolean } = {},
): Promise<{ metafile: Metafile; output: OutputFile }> {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: "ts" },
    bundle: true,
    platform,
    ...(conditions ? { conditions } : {}),
    ...(platform === "neutral" ? { mainFields: ["module", "main"] } : {}),
    format: "esm",
    minify: options.minify ?? false,
    write: false,
    metafile: true,
    logLevel: "silent",
    external: ["node:*"],
  });
  return { metafile: result.metafile, output: result.outputFiles[0]! };
}

/**
 * The runtimes other than Node, as their bundlers resolve packages: esbuild's platform and the
 * export conditions each adds. Every one of them takes the fetch + WebCrypto side of a package.
 */
export const FETCH_RUNTIMES: [
  name: string,
  platform: Platform,
  conditions: string[] | undefined,
][] = [
  ["browser", "browser", undefined],
  ["workerd (as wrangler resolves)", "neutral", ["workerd", "worker", "browser"]],
  ["Deno (which also matches node)", "node", ["deno"]],
  ["Bun (which also matches node)", "node", ["bun"]],
];
