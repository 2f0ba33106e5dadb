// The real `cancel-job` binary as the end-to-end tests run it: with a fetch that reaches loopback
// hosts only and logs any other destination to a file, which each test checks stays empty.
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, "../package.json"), "utf8"));
export const bin = join(import.meta.dirname, "..", manifest.bin["cancel-job"]);
const preload = pathToFileURL(join(import.meta.dirname, "fixtures/loopback-only-fetch.mjs")).href;
const exec = promisify(execFile);

/** The test process's environment without any vendor's credentials or settings. */
export const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(AWS_|DATABRICKS_|HUAWEICLOUD_|FABRIC_)/.test(k)),
);

/** Node's arguments to run the binary with the loopback-only fetch. */
export const nodeArgs = (args: string[]) => ["--import", preload, bin, ...args];

export interface BinaryRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A scratch directory, the log of blocked destinations in it, and `cli(args, env, stdin?)` that
 * runs the binary there. `blocked()` empties the log and returns what it held.
 */
export function binary(prefix: string) {
  const tmp = mkdtempSync(join(tmpdir(), prefix));
  const blockedLog = join(tmp, "blocked.log");
  writeFileSync(blockedLog, "");
  const envOf = (env: Record<string, string>) => ({
    ...baseEnv,
    CANCEL_TEST_BLOCKED_LOG: blockedLog,
    ...env,
  });
  async function cli(
    args: string[],
    env: Record<string, string> = {},
    stdin?: string,
  ): Promise<BinaryRun> {
    if (stdin !== undefined) {
      return new Promise((resolve) => {
        const child = spawn(process.execPath, nodeArgs(args), { env: envOf(env) });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d) => (stdout += d));
        child.stderr.on("data", (d) => (stderr += d));
        child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
        child.stdin.end(stdin);
      });
    }
    try {
      const { stdout, stderr } = await exec(process.execPath, nodeArgs(args), { env: envOf(env) });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }
  function blocked(): string {
    const text = readFileSync(blockedLog, "utf8");
    writeFileSync(blockedLog, "");
    return text;
  }
  return { tmp, blockedLog, envOf, cli, blocked };
}
