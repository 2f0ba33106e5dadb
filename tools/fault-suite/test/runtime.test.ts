// The built packages on Node, each in a fresh process: a cancel through every provider never
// loads undici (Node's fetch stack: 15-30 ms of a cold start, which the node:http runtime does
// not need), and CommonJS can require() each package (no top-level await anywhere).
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { providers } from "./providers.ts";

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: import.meta.dirname, encoding: "utf8" });
}

describe.each(providers)("$id on Node", (p) => {
  it("cancels without loading undici", () => {
    const script = `
      import { providers } from "./providers.ts";
      // Not \`import "node:http"\`: on Node 24 that import alone loads undici.
      const { createServer } = process.getBuiltinModule("node:http");
      const p = providers.find((c) => c.id === ${JSON.stringify(p.id)});
      const server = createServer((req, res) => {
        req.resume();
        res.writeHead(p.ok.status, { "content-type": "application/json" });
        res.end(p.ok.body);
      });
      await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
      const result = await p.cancel("http://127.0.0.1:" + server.address().port, {
        allowInsecureLoopback: true,
        authenticate: (request) => { request.headers.set("authorization", "Bearer t"); },
      });
      server.close();
      const undici = process.moduleLoadList.some((name) => name.includes("undici"));
      process.stdout.write(JSON.stringify({ result: result ?? null, undici }));
    `;
    const out = JSON.parse(
      node(["--disable-warning=ExperimentalWarning", "--input-type=module", "-e", script]),
    );
    expect(out).toEqual({ result: p.ok.result ?? null, undici: false });
  });
});

describe("making a client", () => {
  const aksk = `{ region: "cn-north-4", projectId: "0b5ed1d6e3004a5a9c8d1f2e3a4b5c6d", credentials: { ak: "QTWAOYTTINDUT2QVKYUC", sk: "secret" } }`;
  it.each([
    [
      "@cancel/emr-serverless",
      `{ region: "us-east-1", credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" } }`,
    ],
    ["@cancel/huawei-mrs", aksk],
    ["@cancel/huawei-dli", aksk],
  ])("%s with keys loads no HTTP or crypto module: they load on the first call", (pkg, options) => {
    const script = `
      const { createClient } = await import(${JSON.stringify(pkg)});
      createClient(${options});
      const builtins = process.moduleLoadList.filter((name) =>
        /^NativeModule (crypto|http|https|tls)$/.test(name),
      );
      process.stdout.write(JSON.stringify(builtins));
    `;
    const out = node([
      "--disable-warning=ExperimentalWarning",
      "--input-type=module",
      "-e",
      script,
    ]);
    expect(JSON.parse(out)).toEqual([]);
  });
});

describe("CommonJS", () => {
  it.each([
    "@cancel/core",
    "@cancel/databricks",
    "@cancel/emr-serverless",
    "@cancel/fabric-workload",
    "@cancel/huawei-dli",
    "@cancel/huawei-mrs",
  ])("require(%s) works (no top-level await)", (pkg) => {
    const out = node(["-e", `process.stdout.write(typeof require(${JSON.stringify(pkg)}))`]);
    expect(out).toBe("object");
  });
});
