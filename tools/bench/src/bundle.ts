import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Consumer } from "./consumers.ts";

export type Platform = "node" | "browser";

export interface BundleRow {
  consumer: Consumer;
  platform: Platform;
  minified: number;
  gzip: number;
  /** Largest contributions to the output, grouped by package (bytes after minification). */
  top: { name: string; bytes: number }[];
  /** Largest single input files. */
  files: { name: string; bytes: number }[];
  error?: string;
}

/** `node_modules/.pnpm/x/node_modules/@scope/pkg/dist/a.js` → `@scope/pkg`; `packages/core/…` → `@cancel/core`. */
export function packageOf(path: string): string {
  const workspace = /(?:^|\/)(?:packages|tools)\/([^/]+)\//.exec(path);
  const modules = path.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = path.slice(modules + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (workspace) return `@cancel/${workspace[1]}`;
  return "(consumer code)";
}

function shortPath(path: string): string {
  const modules = path.lastIndexOf("node_modules/");
  if (modules >= 0) return path.slice(modules + "node_modules/".length);
  const workspace = /(?:^|\/)((?:packages|tools)\/[^/]+\/(?:dist|src)\/.*)$/.exec(path);
  return workspace ? workspace[1]! : "(consumer code)";
}

/** Bundles a consumer as an application would (ESM, minified, tree-shaken) and measures it. */
export async function bundleConsumer(consumer: Consumer, platform: Platform): Promise<BundleRow> {
  try {
    const result = await build({
      stdin: {
        contents: consumer.source("https://example.com"),
        resolveDir: import.meta.dirname,
        loader: "js",
        sourcefile: `${consumer.id}.mjs`,
      },
      bundle: true,
      platform,
      format: "esm",
      target: "es2022",
      minify: true,
      write: false,
      metafile: true,
      legalComments: "none",
      logLevel: "silent",
    });
    const output = result.outputFiles[0]!.contents;
    const byPackage = new Map<string, number>();
    const files: { name: string; bytes: number }[] = [];
    for (const out of Object.values(result.metafile.outputs)) {
      for (const [path, input] of Object.entries(out.inputs)) {
        const name = packageOf(path);
        byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytesInOutput);
        files.push({ name: shortPath(path), bytes: input.bytesInOutput });
      }
    }
    files.sort((a, b) => b.bytes - a.bytes);
    const top = [...byPackage.entries()]
      .map(([name, bytes]) => ({ name, bytes }))
      .sort((a, b) => b.bytes - a.bytes);
    return {
      consumer,
      platform,
      minified: output.byteLength,
      gzip: gzipSync(output, { level: 9 }).byteLength,
      top,
      files: files.slice(0, 12),
    };
  } catch (error) {
    return {
      consumer,
      platform,
      minified: NaN,
      gzip: NaN,
      top: [],
      files: [],
      error: error instanceof Error ? error.message.split("\n")[0] : String(error),
    };
  }
}
