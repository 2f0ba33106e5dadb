/**
 * Not a timed test: prints how long signing takes, so the signer choice can be re-checked.
 * Run with `SIGV4_BENCH=1 pnpm vitest run test/sigv4-benchmark.test.ts`; skipped otherwise.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { AwsV4Signer } from "aws4fetch";
import { describe, expect, it } from "vitest";
import { SigV4Signer } from "../src/auth/sigv4.js";
import { cancelJobRun, createClient } from "../src/index.js";

const RUN = process.env["SIGV4_BENCH"] === "1";
const N = 2000;
const credentials = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
  sessionToken: "IQoJb3JpZ2luX2VjEXAMPLE",
};
const HOST = "emr-serverless.eu-west-1.amazonaws.com";
const PATH = "/applications/00f1r6ss7gs9ue09/jobruns/00f1s0tqg1gkas09";
const URL_TEXT = `https://${HOST}${PATH}?shutdownGracePeriodInSeconds=300`;

async function measure(name: string, fn: () => unknown): Promise<number> {
  for (let i = 0; i < 300; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < N; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[N >> 1]! * 1000;
  const p90 = samples[Math.floor(N * 0.9)]! * 1000;
  console.log(
    `${name.padEnd(44)} median ${median.toFixed(1).padStart(7)} µs   p90 ${p90.toFixed(1).padStart(7)} µs`,
  );
  return median;
}

describe.runIf(RUN)("SigV4 signing cost (printed, not asserted)", { timeout: 120_000 }, () => {
  it(`${N} signatures of an EMR cancel each`, async () => {
    const mine = new SigV4Signer({ service: "emr-serverless", region: "eu-west-1" });
    await measure("@cancel/emr-serverless SigV4Signer", () => {
      const request = new Request(URL_TEXT, { method: "DELETE" });
      mine.sign(
        { method: "DELETE", url: new URL(request.url), headers: request.headers },
        credentials,
      );
    });
    await measure("aws4fetch 1.0.20 AwsV4Signer", () =>
      new AwsV4Signer({
        url: URL_TEXT,
        method: "DELETE",
        ...credentials,
        service: "emr-serverless",
        region: "eu-west-1",
      }).sign(),
    );
    const smithy = new SignatureV4({
      credentials,
      region: "eu-west-1",
      service: "emr-serverless",
      sha256: Sha256,
      applyChecksum: false,
    });
    await measure("@smithy/signature-v4 + @aws-crypto/sha256-js", () =>
      smithy.sign({
        method: "DELETE",
        protocol: "https:",
        hostname: HOST,
        path: PATH,
        query: { shutdownGracePeriodInSeconds: "300" },
        headers: { host: HOST },
      } as never),
    );
  });

  it(`${N} cancels against a local server: signed client vs raw unsigned fetch`, async () => {
    const body = JSON.stringify({
      applicationId: "00f1r6ss7gs9ue09",
      jobRunId: "00f1s0tqg1gkas09",
      arn: "arn:aws:emr-serverless:eu-west-1:123456789012:/applications/00f1r6ss7gs9ue09/jobruns/00f1s0tqg1gkas09",
    });
    const server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    try {
      const raw = await measure("raw fetch (unsigned)", async () => {
        const response = await fetch(`${base}${PATH}?shutdownGracePeriodInSeconds=300`, {
          method: "DELETE",
        });
        await response.json();
      });
      const client = createClient({
        region: "eu-west-1",
        endpoint: base,
        allowInsecureLoopback: true,
        credentials,
      });
      const signed = await measure("cancelJobRun with SigV4 (client)", () =>
        cancelJobRun(client, {
          applicationId: "00f1r6ss7gs9ue09",
          jobRunId: "00f1s0tqg1gkas09",
          shutdownGracePeriodInSeconds: 300,
        }),
      );
      const unsigned = createClient({
        endpoint: base,
        allowInsecureLoopback: true,
        authenticate: (request) => request,
      });
      const overhead = await measure("cancelJobRun without auth (client alone)", () =>
        cancelJobRun(unsigned, {
          applicationId: "00f1r6ss7gs9ue09",
          jobRunId: "00f1s0tqg1gkas09",
          shutdownGracePeriodInSeconds: 300,
        }),
      );
      console.log(
        `ratio signed client / raw fetch: ${(signed / raw).toFixed(2)}×; unsigned client / raw fetch: ${(overhead / raw).toFixed(2)}×`,
      );
      expect(signed).toBeGreaterThan(0);
    } finally {
      server.close();
    }
  });
});
