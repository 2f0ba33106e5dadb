/**
 * `pnpm bench`: per-call cost, bundle size, cold start and bulk throughput of the `@cancel/*`
 * clients, each measured side by side with its floors (raw fetch, raw node:http with a keep-alive
 * agent, a bare node start) and the vendor SDK in one run; prints the tables and writes them to BENCHMARKS.md. Prints figures, asserts
 * nothing: a missed target is reported in the table, never a failure.
 *
 * Flags: `--quick` (tiny run, to check the harness), `--out <file>` (default: the repository's
 * BENCHMARKS.md), `--only percall,bundle,cold,bulk`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from "node:os";
import { join, relative, resolve } from "node:path";
import { type BulkMode, type BulkResult, runBulk } from "./bulk.ts";
import { type BundleRow, bundleConsumer, type Platform } from "./bundle.ts";
import { measureColdStart } from "./cold.ts";
import {
  AWS_SDK,
  type Consumer,
  consumersFor,
  PACKAGE_OF,
  PROVIDERS,
  LEAN_UMBRELLA,
  UMBRELLAS,
} from "./consumers.ts";
import { table } from "./markdown.ts";
import { measurePerCall } from "./percall.ts";
import { startServer } from "./server.ts";
import { fmtMs, fmtRatio, fmtUs, kb, median, mib, yesNo } from "./stats.ts";

/** Issue #15's targets. */
export const TARGETS = {
  /** Every client's median per call / a raw unsigned fetch of the same request. */
  perCallOverFetch: 1.0,
  /** EMR cancel with SigV4: median per call / the same request on raw node:http (keep-alive). */
  emrOverNodeHttp: 1.2,
  /** A provider package's one-cancel browser bundle, minified + gzip, bytes (12 kB). */
  providerGzipBytes: 12_000,
  /** The umbrella's root entry, one-cancel bundle, minified + gzip, bytes (25 kB). */
  umbrellaGzipBytes: 25_000,
  /** Cold start (spawn to exit, import + first call) / the same with a raw fetch. */
  coldOverRawFetch: 1.0,
  /** Import of a provider package (client created) over the raw-fetch script's, ms. */
  importOverBareMs: 3,
  /** Bulk throughput / raw-fetch loop at the same concurrency. */
  bulkThroughput: 1.0,
  /**
   * "Flat" memory: peak RSS growth from 1,000 to 10,000 targets at most this multiple of the raw
   * fetch loop's growth (which keeps its results too).
   */
  bulkMemoryGrowth: 1.25,
};

export interface Options {
  quick: boolean;
  out: string | undefined;
  only: ReadonlySet<string>;
}

const root = resolve(import.meta.dirname, "../../..");
const SDK_DIST = join(root, "packages/sdk/dist/index.js");

function parseArgs(argv: readonly string[]): Options {
  const only = new Set(["percall", "bundle", "cold", "bulk"]);
  let out: string | undefined = join(root, "BENCHMARKS.md");
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--quick") quick = true;
    else if (arg === "--out") out = argv[++i] === "-" ? undefined : resolve(argv[i]!);
    else if (arg === "--only") {
      only.clear();
      for (const part of (argv[++i] ?? "").split(",")) only.add(part.trim());
    } else throw new Error(`unknown argument ${arg}`);
  }
  return { quick, out, only };
}

const sections: string[] = [];
function emit(markdown: string): void {
  sections.push(markdown);
  console.log(`\n${markdown}`);
}

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

/** Newest modification time of the files under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** Checks that every measured package is built, and warns when its build is older than its source. */
function checkBuilds(sdk: boolean): string[] {
  const names = ["core", "huawei-auth", ...PROVIDERS, ...(sdk ? ["sdk"] : [])];
  const notes: string[] = [];
  for (const name of names) {
    const dir = join(root, "packages", name);
    if (!existsSync(join(dir, "dist/index.js"))) {
      throw new Error(`packages/${name}/dist is missing: run \`pnpm build\` first`);
    }
    if (newest(join(dir, "src")) > newest(join(dir, "dist"))) {
      notes.push(
        `packages/${name}: dist is older than src (run \`pnpm build\` to measure the sources)`,
      );
    }
  }
  return notes;
}

// ---------------------------------------------------------------------------------------------

async function perCallSection(base: string, options: Options, sdk: boolean): Promise<void> {
  const groups = PROVIDERS.map((provider) => ({
    provider,
    consumers: [
      ...consumersFor(provider),
      ...(provider === "emr-serverless" && sdk ? UMBRELLAS : []),
    ],
  }));
  const settings = options.quick
    ? { warmup: 5, rounds: 1, batch: 10 }
    : { warmup: 300, rounds: 20, batch: 100 };
  const rows = await measurePerCall(
    groups.flatMap((g) => g.consumers),
    base,
    settings,
  );
  const out: string[][] = [];
  for (const { provider, consumers } of groups) {
    const floorOf = (kind: string) =>
      rows.find((r) => r.consumer.provider === provider && r.consumer.kind === kind)!;
    const fetchFloor = floorOf("raw-fetch");
    const httpFloor = floorOf("raw-node-http");
    for (const consumer of consumers) {
      const row = rows.find((r) => r.consumer === consumer)!;
      const overFetch = row.median / fetchFloor.median;
      const overHttp = row.median / httpFloor.median;
      const isTarget = consumer.kind === "client" || consumer.kind === "umbrella";
      const emr = provider === "emr-serverless";
      const met =
        overFetch <= TARGETS.perCallOverFetch && (!emr || overHttp <= TARGETS.emrOverNodeHttp);
      out.push([
        provider,
        consumer.label,
        row.error ? `failed: ${row.error}` : fmtUs(row.median),
        fmtUs(row.p99),
        consumer.kind === "raw-fetch" ? "1.00× (floor)" : fmtRatio(overFetch),
        consumer.kind === "raw-node-http" ? "1.00× (Node floor)" : fmtRatio(overHttp),
        isTarget
          ? `≤ ${TARGETS.perCallOverFetch.toFixed(2)}× fetch${emr ? `, ≤ ${TARGETS.emrOverNodeHttp.toFixed(2)}× node:http` : ""}`
          : "",
        isTarget ? yesNo(met) : "",
      ]);
    }
  }
  emit(
    [
      "## Per-call cost",
      "",
      `Sequential cancels against a \`node:http\` server in another process on 127.0.0.1 (keep-alive). Each way of calling creates its client once; ${settings.warmup} warm-up calls each, then ${settings.rounds} interleaved rounds of ${settings.batch} timed calls each (order rotated per round): ${settings.rounds * settings.batch} samples per row. Ratios are medians over the same provider's raw \`fetch\` of the same request without auth, and over the same request on raw \`node:http\` with a keep-alive agent (the floor on Node: undici's \`fetch\` costs more CPU per request), both measured in the same run.`,
      "",
      table(
        [
          "provider",
          "way of calling",
          "median µs",
          "p99 µs",
          "median / raw fetch",
          "median / raw node:http",
          "target",
          "met",
        ],
        out,
      ),
    ].join("\n"),
  );
}

// ---------------------------------------------------------------------------------------------

function umbrellaName(consumer: Consumer): string {
  return consumer === LEAN_UMBRELLA
    ? "@cancel/sdk/client + one adapter (EMR cancel)"
    : "@cancel/sdk root entry, all five providers (EMR cancel)";
}

async function bundleSection(sdk: boolean): Promise<void> {
  const clients = PROVIDERS.map((p) => consumersFor(p).find((c) => c.kind === "client")!);
  const measured: Consumer[] = [...clients, ...(sdk ? UMBRELLAS : []), AWS_SDK];
  const platforms: Platform[] = ["node", "browser"];
  const rows = new Map<string, BundleRow>();
  for (const consumer of measured) {
    for (const platform of platforms) {
      rows.set(`${consumer.id}/${platform}`, await bundleConsumer(consumer, platform));
    }
  }
  const get = (c: Consumer, p: Platform) => rows.get(`${c.id}/${p}`)!;
  const aws = { node: get(AWS_SDK, "node"), browser: get(AWS_SDK, "browser") };
  const out: string[][] = [];
  const cell = (row: BundleRow, field: "minified" | "gzip") =>
    row.error ? `failed: ${row.error}` : kb(row[field]);
  for (const consumer of [...clients, ...(sdk ? UMBRELLAS : [])]) {
    const node = get(consumer, "node");
    const browser = get(consumer, "browser");
    const nodeFraction = node.minified / aws.node.minified;
    const browserFraction = browser.minified / aws.browser.minified;
    const umbrella = consumer.kind === "umbrella";
    out.push([
      umbrella ? umbrellaName(consumer) : PACKAGE_OF[consumer.provider],
      cell(node, "minified"),
      cell(node, "gzip"),
      cell(browser, "minified"),
      cell(browser, "gzip"),
      `1/${(1 / nodeFraction).toFixed(0)}`,
      `1/${(1 / browserFraction).toFixed(0)}`,
      // The issue's targets are on the browser bundle: a provider package's one cancel at most
      // 12 kB min+gzip, the umbrella's root entry at most 25 kB (its one-adapter entry: none).
      umbrella
        ? consumer === LEAN_UMBRELLA
          ? ""
          : `≤ ${TARGETS.umbrellaGzipBytes / 1000} kB min+gzip`
        : `≤ ${TARGETS.providerGzipBytes / 1000} kB min+gzip`,
      consumer === LEAN_UMBRELLA
        ? ""
        : yesNo(browser.gzip <= (umbrella ? TARGETS.umbrellaGzipBytes : TARGETS.providerGzipBytes)),
    ]);
  }
  if (!sdk) {
    out.push(["@cancel/sdk (umbrella)", "not built yet", "", "", "", "", "", "", "n/a"]);
  }
  out.push([
    "@aws-sdk/client-emr-serverless (CancelJobRun)",
    cell(aws.node, "minified"),
    cell(aws.node, "gzip"),
    cell(aws.browser, "minified"),
    cell(aws.browser, "gzip"),
    "1/1",
    "1/1",
    "(reference)",
    "",
  ]);
  const inputs: string[] = [];
  for (const consumer of measured) {
    const node = get(consumer, "node");
    if (node.error) continue;
    const top = node.top
      .slice(0, 6)
      .map((t) => `${t.name} ${kb(t.bytes)}`)
      .join(", ");
    const name =
      consumer.kind === "umbrella"
        ? umbrellaName(consumer)
        : consumer.kind === "aws-sdk"
          ? "AWS SDK"
          : PACKAGE_OF[consumer.provider];
    inputs.push(`- ${name}: ${top}`);
    if (consumer.kind !== "aws-sdk") {
      const files = node.files
        .slice(0, 6)
        .map((f) => `\`${f.name}\` ${kb(f.bytes)}`)
        .join(", ");
      inputs.push(`  - largest files: ${files}`);
    }
  }
  emit(
    [
      "## Bundle size",
      "",
      "What an application ships for one cancel: an ES module that creates the client and makes one cancel, bundled by esbuild (bundle, minify, tree-shake, `target: es2022`) for `platform: node` and `platform: browser`; gzip level 9. kB = 1,000 bytes (the unit of the targets: the AWS SDK's node bundle is the \"about 449 KB\"). The fraction columns compare minified sizes with the AWS SDK's bundle for the same platform.",
      "",
      table(
        [
          "package",
          "node min kB",
          "node gzip kB",
          "browser min kB",
          "browser gzip kB",
          "node / AWS",
          "browser / AWS",
          "target (browser)",
          "met",
        ],
        out,
      ),
      "",
      "Largest contributions to the node bundles (minified kB, by package; for ours also the largest files):",
      "",
      ...inputs,
    ].join("\n"),
  );
}

// ---------------------------------------------------------------------------------------------

function coldSection(base: string, options: Options, sdk: boolean): void {
  const consumers: Consumer[] = [
    consumersFor("emr-serverless").find((c) => c.kind === "raw-fetch")!,
    consumersFor("emr-serverless").find((c) => c.kind === "raw-node-http")!,
    ...PROVIDERS.map((p) => consumersFor(p).find((c) => c.kind === "client")!),
    ...(sdk ? UMBRELLAS : []),
    AWS_SDK,
  ];
  const samples = options.quick ? 1 : 15;
  const rows = measureColdStart(consumers, base, { samples });
  const bare = rows.find((r) => r.consumer === undefined)!;
  const rawFetch = rows.find((r) => r.consumer?.kind === "raw-fetch");
  const out = rows.map((row) => {
    const value = row.wall / bare.wall;
    const overRaw = rawFetch && row.consumer ? row.wall / rawFetch.wall : undefined;
    const isTarget = row.consumer?.kind === "client" || row.consumer?.kind === "umbrella";
    const importTarget = row.consumer?.kind === "client";
    const importOver = rawFetch && row.consumer ? row.imported - rawFetch.imported : NaN;
    const label =
      row.consumer === undefined
        ? row.label
        : row.consumer.kind === "raw-fetch"
          ? "raw fetch of the EMR cancel (floor of a first call)"
          : row.consumer.kind === "raw-node-http"
            ? "raw node:http of the EMR cancel (keep-alive agent)"
            : row.consumer.kind === "client"
              ? PACKAGE_OF[row.consumer.provider]
              : row.consumer.label;
    return [
      label,
      row.error ? `failed: ${row.error}` : fmtMs(row.wall),
      row.consumer ? fmtMs(row.imported) : "",
      row.consumer?.kind === "raw-fetch" ? "(floor)" : row.consumer ? fmtMs(importOver) : "",
      row.consumer ? fmtMs(row.firstCall) : "",
      row.consumer ? fmtRatio(value) : "1.00× (floor)",
      row.consumer?.kind === "raw-fetch"
        ? "1.00× (floor)"
        : overRaw === undefined
          ? ""
          : fmtRatio(overRaw),
      isTarget
        ? `wall ≤ ${TARGETS.coldOverRawFetch.toFixed(2)}× raw fetch${importTarget ? `; import ≤ +${TARGETS.importOverBareMs} ms` : ""}`
        : "",
      isTarget
        ? [
            `wall ${yesNo(overRaw !== undefined && overRaw <= TARGETS.coldOverRawFetch)}`,
            ...(importTarget ? [`import ${yesNo(importOver <= TARGETS.importOverBareMs)}`] : []),
          ].join(", ")
        : "",
    ];
  });
  emit(
    [
      "## Cold start",
      "",
      `A fresh \`node\` process per sample imports one consumer module (creating its client), makes one cancel against the loopback server and exits; ${samples} samples per row, interleaved, after one unmeasured round. "wall" is spawn to exit as the parent sees it (median); "import" (process start to module loaded, client created) and "first call" are measured inside the child. A process that makes the same request with the global \`fetch\` takes the "raw fetch" row's time (Node loads undici, its HTTP stack, on the first \`fetch\`): the cold-start target is "wall / raw fetch". "import over raw fetch" is the client's import (package loaded, client created) minus the raw-fetch script's, which imports nothing: what the package costs over a bare start.`,
      "",
      table(
        [
          "what",
          "wall ms",
          "import ms",
          "import over raw fetch ms",
          "first call ms",
          "wall / bare node",
          "wall / raw fetch",
          "target",
          "met",
        ],
        out,
      ),
    ].join("\n"),
  );
}

// ---------------------------------------------------------------------------------------------

async function bulkSection(base: string, options: Options, sdk: boolean): Promise<void> {
  const mode: BulkMode = sdk ? "sdk" : "emr-loop";
  const concurrency = 64;
  const big = options.quick ? 200 : 10_000;
  const small = options.quick ? 20 : 1_000;
  const runs: BulkResult[] = [];
  // Interleaved: raw, client, raw, client at the big size; one of each at the small size.
  for (let i = 0; i < (options.quick ? 1 : 3); i++) {
    runs.push(await runBulk("raw", big, concurrency, base));
    runs.push(await runBulk(mode, big, concurrency, base));
    runs.push(await runBulk("raw-http", big, concurrency, base));
  }
  runs.push(await runBulk("raw", small, concurrency, base));
  runs.push(await runBulk(mode, small, concurrency, base));
  const of = (m: BulkMode, n: number) => runs.filter((r) => r.mode === m && r.n === n);
  const throughput = (m: BulkMode, n: number) =>
    median(of(m, n).map((r) => (r.error ? NaN : (r.n / r.ms) * 1000)));
  const peak = (m: BulkMode, n: number, field: "maxRss" | "peakHeap") =>
    Math.max(...of(m, n).map((r) => r[field]));
  const baseline = (m: BulkMode, n: number) => Math.min(...of(m, n).map((r) => r.baselineHeap));
  const live = (m: BulkMode, n: number) => median(of(m, n).map((r) => r.live));
  const growth = (m: BulkMode) => peak(m, big, "maxRss") / peak(m, small, "maxRss");
  const rawBig = throughput("raw", big);
  const label =
    mode === "sdk"
      ? "`@cancel/sdk` cancelMany (EMR targets, SigV4)"
      : "fallback: bounded loop over `@cancel/emr-serverless` cancelJobRun (SigV4; `@cancel/sdk` not built yet)";
  const out: string[][] = [];
  for (const m of ["raw", "raw-http", mode] as BulkMode[]) {
    for (const n of m === "raw-http" ? [big] : [small, big]) {
      const errors = of(m, n).filter((r) => r.error);
      const tp = throughput(m, n);
      const isTarget = m !== "raw" && m !== "raw-http" && n === big;
      const memoryMet = growth(m) <= growth("raw") * TARGETS.bulkMemoryGrowth;
      out.push([
        m === "raw"
          ? "raw fetch loop, no auth (floor)"
          : m === "raw-http"
            ? "raw node:http loop, keep-alive agent, no auth (Node floor)"
            : label,
        n.toLocaleString("en-US"),
        errors.length > 0 ? `failed: ${errors[0]!.error}` : tp.toFixed(0),
        m === "raw" ? "1.00× (floor)" : fmtRatio(tp / throughput("raw", n)),
        mib(peak(m, n, "peakHeap") - baseline(m, n)),
        mib(peak(m, n, "maxRss")),
        n === big && m !== "raw-http" ? fmtRatio(growth(m)) : "",
        (live(m, n) / n).toFixed(0),
        isTarget
          ? `≥ ${TARGETS.bulkThroughput.toFixed(2)}× raw; RSS growth ≤ ${TARGETS.bulkMemoryGrowth.toFixed(2)}× the raw loop's`
          : "",
        isTarget
          ? `throughput ${yesNo(tp / rawBig >= TARGETS.bulkThroughput)}, memory ${yesNo(memoryMet)}`
          : "",
      ]);
    }
  }
  emit(
    [
      "## Bulk",
      "",
      `${big.toLocaleString("en-US")} (and ${small.toLocaleString("en-US")}) EMR cancels at concurrency ${concurrency} against the loopback server, each run in a fresh \`node --expose-gc\` process after a 500-call warm-up; both keep one result per target (the raw loop the parsed body, cancelMany its entries). Throughput is the median of ${options.quick ? 1 : 3} interleaved runs. "peak heap" is the highest \`heapUsed\` above the post-warm-up baseline (sampled every 10 ms, garbage included); "peak RSS" is the process's peak (\`resourceUsage().maxRSS\`); "RSS growth" is peak RSS at ${big.toLocaleString("en-US")} over ${small.toLocaleString("en-US")} targets; "live B/target" is the heap still live after the run (forced GC, results held) per target. Memory counts as flat when it grows no faster than the raw loop's, which does the same requests and keeps its results. The raw \`node:http\` loop (keep-alive agent, ${big.toLocaleString("en-US")} targets only) is the floor on Node: its ratio is over the raw-fetch loop.`,
      "",
      table(
        [
          "what",
          "targets",
          "cancels/s",
          "/ raw loop",
          "peak heap MiB",
          "peak RSS MiB",
          "RSS growth",
          "live B/target",
          "target",
          "met",
        ],
        out,
      ),
    ].join("\n"),
  );
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const sdk = existsSync(SDK_DIST);
  const notes = checkBuilds(sdk);
  const load = loadavg()[0]!;
  if (load > availableParallelism()) {
    notes.push(
      `the machine was busy when the run started (load ${load.toFixed(1)} on ${availableParallelism()} CPUs): every figure is noisier than usual; rerun on a quiet machine before comparing with another run`,
    );
  }
  for (const note of notes) console.warn(`warning: ${note}`);
  const started = performance.now();
  const commit = git(["rev-parse", "--short", "HEAD"]);
  const dirty = git(["status", "--porcelain", "--", "packages"]) !== "";
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const header = [
    "# Benchmarks",
    "",
    "Generated by `pnpm bench` (tools/bench); every run rewrites this file. Absolute times on a shared machine are noise: read the ratios, each measured side by side with its floor in the same run. Targets are reported, never asserted; why the missed ones are missed, and what was measured to find out: [docs/benchmarks.md](docs/benchmarks.md).",
    "",
    table(
      ["machine", ""],
      [
        ["CPUs (`nproc`)", `${availableParallelism()} × ${cpu}`],
        ["memory", `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`],
        ["OS", `${platform()} ${release()}`],
        ["Node", process.version],
        ["command", `\`pnpm bench\`${options.quick ? " (`--quick`)" : ""}`],
        [
          "commit",
          `${commit || "unknown"}${dirty ? " + uncommitted changes under packages/" : ""}`,
        ],
        ["date", new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC"],
        [
          "load average at start (1 / 5 / 15 min)",
          loadavg()
            .map((l) => l.toFixed(2))
            .join(" / "),
        ],
        [
          "`@cancel/sdk`",
          sdk
            ? "built: included"
            : "not built yet: umbrella rows skipped, bulk uses the fallback loop",
        ],
      ],
    ),
    ...(notes.length > 0 ? ["", ...notes.map((n) => `- warning: ${n}`)] : []),
  ].join("\n");
  console.log(header);

  const server = await startServer();
  try {
    if (options.only.has("percall")) await perCallSection(server.base, options, sdk);
    if (options.only.has("bundle")) await bundleSection(sdk);
    if (options.only.has("cold")) coldSection(server.base, options, sdk);
    if (options.only.has("bulk")) await bulkSection(server.base, options, sdk);
  } finally {
    await server.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const footer = `Whole run: ${seconds.toFixed(0)} s; load average at the end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(
      " / ",
    )} (other processes on the machine slow every row alike only when they are steady: compare ratios, rerun when the load moved).`;
  console.log(`\n${footer}`);
  if (options.out) {
    writeFileSync(options.out, `${[header, ...sections, footer].join("\n\n")}\n`);
    console.log(`wrote ${relative(process.cwd(), options.out)}`);
  }
}

await main();
