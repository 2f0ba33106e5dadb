import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";

export interface LoopbackServer {
  base: string;
  close(): Promise<void>;
}

/** Starts `server.mjs` in a child process and resolves with its origin once it listens. */
export async function startServer(): Promise<LoopbackServer> {
  const child: ChildProcess = spawn(process.execPath, [join(import.meta.dirname, "server.mjs")], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`loopback server exited with ${code}`)));
    lines.once("line", (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  lines.close();
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
