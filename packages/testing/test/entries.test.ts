import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = join(dirname(fileURLToPath(import.meta.url)), "../src");

/** Files reachable from an entry through relative imports. */
function reachable(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(join(src, file), "utf8");
    seen.set(file, text);
    for (const [, spec] of text.matchAll(/from "(\.\/[^"]+)\.js"/g)) visit(`${spec!.slice(2)}.ts`);
  };
  visit(entry);
  return seen;
}

describe("entry points", () => {
  it("@cancel/testing (msw handlers) imports nothing from node:", () => {
    const files = reachable("index.ts");
    expect([...files.keys()]).toContain("msw.ts");
    for (const [file, text] of files)
      expect(`${file}: ${/from "node:/.test(text)}`).toBe(`${file}: false`);
  });

  it("@cancel/testing/node does not need msw", () => {
    for (const [file, text] of reachable("node.ts")) {
      expect(`${file}: ${/from "msw/.test(text)}`).toBe(`${file}: false`);
    }
  });
});
