#!/usr/bin/env node
import { run } from "./cli.js";
import type { StopSignal } from "./guard.js";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** SIGINT and SIGTERM go to `handler` (and no longer end the process) until unsubscribed. */
function onStopSignal(handler: (signal: StopSignal) => void): () => void {
  const listener = (signal: NodeJS.Signals) => handler(signal as StopSignal);
  process.on("SIGINT", listener);
  process.on("SIGTERM", listener);
  return () => {
    process.off("SIGINT", listener);
    process.off("SIGTERM", listener);
  };
}

/** One question on the terminal; Ctrl+C or end of input answers nothing. */
async function ask(question: string): Promise<string | undefined> {
  const { createInterface } = await import("node:readline/promises");
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const stop = new AbortController();
  rl.on("SIGINT", () => stop.abort());
  rl.on("close", () => stop.abort());
  try {
    return await rl.question(question, { signal: stop.signal });
  } catch {
    process.stderr.write("\n");
    return undefined;
  } finally {
    rl.close();
  }
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin,
  env: process.env,
  onStopSignal,
  // Only a terminal can be asked: piped, --all needs --yes (or --dry-run).
  ...(process.stdin.isTTY && process.stderr.isTTY ? { ask } : {}),
});
