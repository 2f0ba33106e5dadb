/**
 * `pnpm --filter @cancel/bench profile [provider] [kind] [calls]`: where the time of one way of
 * calling goes. Runs `calls` sequential cancels (default: the EMR client, 20,000) under
 * `node --cpu-prof` against the loopback server and prints, per call, the time under each of
 * the frames our code calls directly (synchronous parts only: a CPU profile does not follow
 * awaits) and the self time by file. Kinds: client, client-no-auth, raw-fetch, raw-node-http,
 * openapi-fetch, openapi-fetch+aws4fetch, aws-sdk, umbrella (`@cancel/sdk`, EMR target).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { writeConsumer } from "./cache.ts";
import { consumersFor, type ProviderId, UMBRELLA } from "./consumers.ts";
import { startServer } from "./server.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [provider = "emr-serverless", kind = "client", callsText = "20000", child] =
  process.argv.slice(2);
const calls = Number(callsText);

if (child === "--loop") {
  // The profiled process: warm up, then the measured loop.
  const server = await startServer();
  const consumer =
    kind === "umbrella"
      ? UMBRELLA
      : consumersFor(provider as ProviderId).find((c) => c.kind === kind);
  if (!consumer) throw new Error(`no ${kind} for ${provider}`);
  const { run } = (await import(pathToFileURL(writeConsumer(consumer, server.base)).href)) as {
    run: () => Promise<unknown>;
  };
  for (let i = 0; i < 500; i++) await run();
  const start = performance.now();
  for (let i = 0; i < calls; i++) await run();
  console.log(
    `${provider} ${kind}: ${(((performance.now() - start) / calls) * 1000).toFixed(0)} µs per call (profiler on)`,
  );
  await server.close();
} else {
  const dir = mkdtempSync(join(tmpdir(), "cancel-profile-"));
  const result = spawnSync(
    process.execPath,
    [
      "--disable-warning=ExperimentalWarning",
      "--cpu-prof",
      `--cpu-prof-dir=${dir}`,
      import.meta.filename,
      provider,
      kind,
      String(calls),
      "--loop",
    ],
    { stdio: "inherit" },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"))!;
  summarize(JSON.parse(readFileSync(join(dir, file), "utf8")) as Profile, calls + 500);
  console.log(`\nprofile: ${join(dir, file)} (open in Chrome DevTools › Performance)`);
}

function summarize(profile: Profile, totalCalls: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const inclusive = (id: number): number =>
    (self.get(id) ?? 0) + (byId.get(id)!.children ?? []).reduce((t, c) => t + inclusive(c), 0);
  const short = (url: string) =>
    url.replace(/.*node_modules\//, "").replace(/.*\/packages\//, "packages/") || "(native)";
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || "(anonymous)"} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const ours = (n: ProfileNode) =>
    /\/packages\/|openapi-fetch|aws4fetch|@aws-sdk|@smithy/.test(n.callFrame.url);
  // Time under each frame that one of our frames calls directly, and our frames' self time.
  const under = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const node of profile.nodes) {
    const file =
      short(node.callFrame.url) === "(native)"
        ? `(${node.callFrame.functionName})`
        : short(node.callFrame.url);
    byFile.set(file, (byFile.get(file) ?? 0) + (self.get(node.id) ?? 0));
    if (!ours(node)) continue;
    for (const childId of node.children ?? []) {
      const childNode = byId.get(childId)!;
      if (ours(childNode)) continue;
      const key = `${name(childNode)}  ← ${node.callFrame.functionName || "(anonymous)"}`;
      under.set(key, (under.get(key) ?? 0) + inclusive(childId));
    }
    const key = `(self) ${name(node)}`;
    under.set(key, (under.get(key) ?? 0) + (self.get(node.id) ?? 0));
  }
  const print = (title: string, map: Map<string, number>, limit: number) => {
    console.log(`\n${title}`);
    for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
      console.log(`${(micros / totalCalls).toFixed(1).padStart(7)} µs/call  ${key}`);
    }
  };
  print("Library code and what it calls (µs per call, synchronous parts):", under, 30);
  print("Self time by file (µs per call):", byFile, 15);
}
