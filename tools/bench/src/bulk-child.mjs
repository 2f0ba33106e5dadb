// @ts-check
/**
 * One bulk run in a fresh process: cancels `n` EMR job runs at `concurrency` against the loopback
 * server and prints time and memory as JSON. Run with `--expose-gc`.
 *
 * Modes: `raw` (a bounded-concurrency loop of raw unsigned fetches, keeping each parsed body),
 * `raw-http` (the same loop on raw `node:http` with a keep-alive agent: the floor on Node),
 * `sdk` (`@cancel/sdk` `cancelMany`), `emr-loop` (the same bounded loop over
 * `@cancel/emr-serverless` `cancelJobRun`: the stand-in while `@cancel/sdk` is not built).
 */
const [mode = "raw", nText = "1000", concurrencyText = "64", base = ""] = process.argv.slice(2);
const n = Number(nText);
const concurrency = Number(concurrencyText);
const credentials = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
  sessionToken: "IQoJb3JpZ2luX2VjEXAMPLE",
};
const applicationId = "00f1r6ss7gs9ue09";
/** @param {number} i */
const jobRunId = (i) => `jr${i.toString(36).padStart(8, "0")}`;

/**
 * @template T
 * @param {number} count
 * @param {(index: number) => Promise<T>} one
 * @returns {Promise<T[]>}
 */
async function pool(count, one) {
  /** @type {T[]} */
  const results = new Array(count);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const index = next++;
      if (index >= count) return;
      results[index] = await one(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

/** @type {(count: number) => Promise<{ ok: boolean }[]>} resolves with one entry per target */
let bulk;
if (mode === "raw") {
  bulk = async (count) => {
    const results = await pool(count, async (i) => {
      const response = await fetch(`${base}/applications/${applicationId}/jobruns/${jobRunId(i)}`, {
        method: "DELETE",
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return { ok: true, body: await response.json() };
    });
    return results;
  };
} else if (mode === "raw-http") {
  const http = await import("node:http");
  const agent = new http.Agent({ keepAlive: true });
  const { hostname, port } = new URL(base);
  /** @param {string} path @returns {Promise<unknown>} */
  const once = (path) =>
    new Promise((resolve, reject) => {
      const request = http.request(
        { hostname, port, path, method: "DELETE", agent },
        (response) => {
          /** @type {Buffer[]} */
          const chunks = [];
          response.on("data", (chunk) => chunks.push(chunk));
          response.on("error", reject);
          response.on("end", () => {
            if ((response.statusCode ?? 0) >= 300) reject(new Error(`HTTP ${response.statusCode}`));
            else resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
          });
        },
      );
      request.on("error", reject);
      request.end();
    });
  bulk = async (count) =>
    pool(count, async (i) => ({
      ok: true,
      body: await once(`/applications/${applicationId}/jobruns/${jobRunId(i)}`),
    }));
} else if (mode === "sdk") {
  const spec = "@cancel/sdk";
  const { createCancelClient } = await import(spec);
  const client = createCancelClient({
    emrServerless: {
      region: "eu-west-1",
      credentials,
      endpoint: base,
      allowInsecureLoopback: true,
    },
  });
  bulk = async (count) => {
    const targets = Array.from({ length: count }, (_, i) => ({
      provider: "emr-serverless",
      applicationId,
      jobRunId: jobRunId(i),
    }));
    return client.cancelMany(targets, { concurrency });
  };
} else {
  const { cancelJobRun, createClient } = await import("@cancel/emr-serverless");
  const client = createClient({
    region: "eu-west-1",
    credentials,
    endpoint: base,
    allowInsecureLoopback: true,
  });
  bulk = async (count) => {
    const results = await pool(count, async (i) => {
      const body = await cancelJobRun(client, { applicationId, jobRunId: jobRunId(i) });
      return { ok: true, body };
    });
    return results;
  };
}

const gc = /** @type {{ gc?: () => void }} */ (globalThis).gc ?? (() => {});
// Warm-up: JIT, connections, credentials.
await bulk(Math.min(500, n));
gc();
gc();
const baseline = process.memoryUsage();
let peakHeap = baseline.heapUsed;
let peakRss = baseline.rss;
const sample = () => {
  const m = process.memoryUsage();
  if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  if (m.rss > peakRss) peakRss = m.rss;
};
const timer = setInterval(sample, 10);
const start = performance.now();
const results = await bulk(n);
const ms = performance.now() - start;
sample();
clearInterval(timer);
const ok = results.filter((r) => r.ok).length;
// Live memory at the end, results still held: what the run keeps per target.
gc();
gc();
const live = process.memoryUsage().heapUsed - baseline.heapUsed;
results.length = 0;
process.stdout.write(
  JSON.stringify({
    mode,
    n,
    concurrency,
    ms,
    ok,
    baselineHeap: baseline.heapUsed,
    baselineRss: baseline.rss,
    peakHeap,
    peakRss,
    live,
    maxRss: process.resourceUsage().maxRSS * 1024,
  }),
);
process.exit(0);
