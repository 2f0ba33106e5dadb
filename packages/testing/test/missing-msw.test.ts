import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { explainMissingMsw, isMswMissing } from "../src/missing-msw.js";

/** The error a Node process gets for msw where none is installed (a fresh temp directory). */
function nodeErrorWithoutMsw(code: string): Error & { code?: string } {
  const dir = mkdtempSync(join(tmpdir(), "cancel-no-msw-"));
  try {
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", code], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NODE_PATH: "" },
    });
    const seen = JSON.parse(child.stdout) as { code?: string; message: string };
    return Object.assign(new Error(seen.message), { code: seen.code });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const report = "process.stdout.write(JSON.stringify({ code: e.code, message: e.message }))";

describe("a missing msw", () => {
  it.each([
    [
      "Node's import",
      `await import("msw").then(() => { throw new Error("msw found") }, (e) => ${report});`,
    ],
    [
      "Node's require",
      `import { createRequire } from "node:module"; try { createRequire(process.cwd() + "/")("msw") } catch (e) { ${report} }`,
    ],
  ])("%s error becomes one that says to install msw", (_, code) => {
    const original = nodeErrorWithoutMsw(code);
    expect(original.message).toMatch(/Cannot find (package|module) 'msw'/);
    const explained = explainMissingMsw(original) as Error & { code?: string };
    expect(explained).toBeInstanceOf(Error);
    expect(explained.message).toContain("@cancel/testing/msw needs msw");
    expect(explained.message).toContain("npm install -D msw");
    expect(explained.cause).toBe(original);
    expect(explained.code).toBe("ERR_MODULE_NOT_FOUND");
  });

  it("is recognised in Vite's module runner too (vitest with the package inlined)", () => {
    const vite = new Error(
      "Failed to load url msw (resolved id: msw) in /app/msw.js. Does the file exist?",
    );
    expect(isMswMissing(vite)).toBe(true);
  });

  it.each([
    [
      "another missing package",
      new Error("Cannot find package 'msw-storybook-addon' imported from /a.js"),
    ],
    [
      "another package's url",
      new Error("Failed to load url msw-foo (resolved id: msw-foo) in /a.js"),
    ],
    ["an error inside msw", new TypeError("Cannot read properties of undefined (reading 'all')")],
    ["a thrown string", "Cannot find package 'msw'"],
  ])("leaves %s as it is", (_, error) => {
    expect(isMswMissing(error)).toBe(false);
    expect(explainMissingMsw(error)).toBe(error);
  });
});
