// The real binary, run as a user would, for everything that needs no vendor: help, usage errors
// (one line, no stack trace) and their exit codes.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { EXIT, parseDuration, parseTargets } from "../src/index.js";

const root = join(import.meta.dirname, "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  bin: Record<string, string>;
  files: string[];
};
// The command as installed: the package's bin entry.
const bin = join(root, manifest.bin["cancel-job"]!);
const run = promisify(execFile);
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(AWS_|DATABRICKS_|HUAWEICLOUD_|FABRIC_)/.test(k)),
);

async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...cleanEnv, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("help", () => {
  it("lists every provider with its ids and the exit codes", async () => {
    const { code, stdout } = await cli(["--help"]);
    expect(code).toBe(0);
    for (const line of [
      "databricks       <run-id>",
      "emr-serverless   <application-id> <job-run-id>",
      "huawei-mrs       <project-id> <job-execution-id>",
      "huawei-dli       <project-id> <job-id>",
      "fabric-workload  <workspace-id> <item-type> <item-id> <job-type> <job-instance-id>",
      "4  authentication or configuration",
      "5  partial failure",
    ]) {
      expect(stdout).toContain(line);
    }
  });

  it("lists every provider's environment variables, AWS endpoint variables included", async () => {
    const main = (await cli(["--help"])).stdout;
    const emr = (await cli(["emr-serverless", "--help"])).stdout;
    for (const name of [
      "AWS_ENDPOINT_URL_EMR_SERVERLESS",
      "AWS_ENDPOINT_URL,",
      "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
      "FABRIC_APP_TOKEN",
      "HUAWEICLOUD_SDK_AK",
    ]) {
      expect(main).toContain(name);
    }
    expect(emr).toContain("AWS_ENDPOINT_URL_EMR_SERVERLESS");
  });

  it("guard --help says what guard does, how to run it in CI and its exit codes", async () => {
    for (const args of [
      ["guard", "--help"],
      ["guard", "databricks", "--help"],
    ]) {
      const { code, stdout } = await cli(args);
      expect(code).toBe(0);
      for (const line of [
        "Usage: cancel-job guard <provider> <ids…>",
        "--cancel-timeout <d>",
        "exec cancel-job guard databricks",
        "7    the run was cancelled by someone else, or skipped",
        "143  stopped by SIGTERM: the run was cancelled first",
      ]) {
        expect(stdout).toContain(line);
      }
    }
    expect((await cli(["--help"])).stdout).toContain("cancel-job guard <provider> <ids…>");
  });

  it("the README's two exit-code tables say what --help and guard --help say", async () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const tables = readme
      .split(/\n\n/)
      .filter((block) => block.startsWith("| code | meaning"))
      .map((table) =>
        table
          .split("\n")
          .slice(2)
          .filter((row) => row.startsWith("|"))
          .map((row) => row.split("|").map((cell) => cell.trim().replaceAll("`", "")))
          .map(([, code, meaning]) => `${code} ${meaning}`),
      );
    const helpCodes = (help: string) =>
      help
        .slice(help.indexOf("Exit codes"))
        .split("\n")
        .slice(1)
        .filter((line) => /^ {2}\d/.test(line))
        .map((line) => line.trim().replace(/\s+/, " "));
    expect(tables).toEqual([
      helpCodes((await cli(["--help"])).stdout),
      helpCodes((await cli(["guard", "--help"])).stdout),
    ]);
  });

  it.each([
    ["databricks", "DATABRICKS_HOST", "cancel-job databricks 455644833"],
    ["emr-serverless", "AWS_ACCESS_KEY_ID", "cancel-job emr-serverless 00f1r6ss7gs9ue09"],
    ["huawei-mrs", "HUAWEICLOUD_SDK_AK", "--cluster-id"],
    ["huawei-dli", "HUAWEICLOUD_SDK_PROJECT_ID", "cancel-job huawei-dli"],
    ["fabric-workload", "FABRIC_APP_TOKEN", "cancel-job fabric-workload"],
  ])("%s --help names its identifiers, env vars and an example", async (provider, env, example) => {
    const { code, stdout } = await cli([provider, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Identifiers:");
    expect(stdout).toContain(env);
    expect(stdout).toContain(example);
  });
});

const tmp = mkdtempSync(join(tmpdir(), "cancel-cli-"));
const badJsonl = join(tmp, "bad.jsonl");
writeFileSync(badJsonl, '{"provider":"databricks","runId":1}\nnot json\n');

describe.each<[string, string[], Record<string, string>, number, RegExp]>([
  ["no provider", [], {}, EXIT.usage, /name a provider/],
  ["unknown provider", ["spark", "1"], {}, EXIT.usage, /unknown provider "spark"/],
  ["unknown flag", ["databricks", "1", "--bogus"], {}, EXIT.usage, /Unknown option '--bogus'/],
  [
    "flag of another provider",
    ["databricks", "1", "--region", "x"],
    {},
    EXIT.usage,
    /--region does not apply to databricks/,
  ],
  [
    "malformed Databricks run id",
    ["databricks", "12a"],
    {},
    EXIT.usage,
    /run-id must be a whole number/,
  ],
  ["wrong number of ids", ["emr-serverless", "abc"], {}, EXIT.usage, /takes 2 ids/],
  [
    "malformed EMR ids",
    ["emr-serverless", "App", "run", "--region", "eu-west-1"],
    { AWS_ACCESS_KEY_ID: "AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY: "secret" },
    EXIT.usage,
    /applicationId must match/,
  ],
  [
    "bad --timeout",
    ["databricks", "1", "--wait", "--timeout", "soon"],
    {},
    EXIT.usage,
    /--timeout must look like/,
  ],
  [
    "--timeout without --wait",
    ["databricks", "1", "--timeout", "5s"],
    {},
    EXIT.usage,
    /--timeout goes with --wait/,
  ],
  [
    "unreadable file",
    ["--file", join(tmp, "missing.jsonl")],
    {},
    EXIT.usage,
    /cannot read .*missing\.jsonl: ENOENT/,
  ],
  ["bad JSON line", ["--file", badJsonl], {}, EXIT.usage, /line 2 is not JSON/],
  [
    "missing Databricks credentials",
    ["databricks", "1"],
    {},
    EXIT.auth,
    /no Databricks credentials configured/,
  ],
  [
    "missing AWS credentials",
    ["emr-serverless", "abc", "def", "--region", "eu-west-1"],
    {},
    EXIT.auth,
    /AWS_ACCESS_KEY_ID/,
  ],
  [
    "missing Fabric token",
    [
      "fabric-workload",
      "e5ef604d-e14f-4a59-9133-75d5a0cb9334",
      "t",
      "b14cb7e7-d346-4751-9cfd-8c2767d53111",
      "j",
      "63f77191-432d-4ee6-9c5f-31a1a6987072",
    ],
    {},
    EXIT.auth,
    /credentials configured: pass --app-token and --tenant-id or set FABRIC_APP_TOKEN and FABRIC_TENANT_ID$/m,
  ],
  [
    "missing AWS Region",
    ["emr-serverless", "abc", "def"],
    { AWS_ACCESS_KEY_ID: "AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY: "secret" },
    EXIT.auth,
    /no AWS Region: pass --region \(e\.g\. eu-west-1\) or set AWS_REGION$/m,
  ],
  [
    "a bad --region",
    ["emr-serverless", "abc", "def", "--region", "EU West"],
    {},
    EXIT.auth,
    /--region is not an AWS Region name like eu-west-1: "EU West"$/m,
  ],
  [
    "plain http without --insecure-loopback",
    ["databricks", "1", "--host", "http://127.0.0.1:9", "--token", "dapi0123456789abcdef"],
    {},
    EXIT.auth,
    /http:\/\/127\.0\.0\.1:9 uses plain http: pass --insecure-loopback$/m,
  ],
  [
    "a bad DATABRICKS_HOST",
    ["databricks", "1"],
    { DATABRICKS_HOST: "ftp://workspace", DATABRICKS_TOKEN: "dapi0123456789abcdef" },
    EXIT.auth,
    /DATABRICKS_HOST must be an https: URL or a bare host name, got ftp:$/m,
  ],
  [
    "Fabric app token without tenant",
    [
      "fabric-workload",
      "e5ef604d-e14f-4a59-9133-75d5a0cb9334",
      "t",
      "b14cb7e7-d346-4751-9cfd-8c2767d53111",
      "j",
      "63f77191-432d-4ee6-9c5f-31a1a6987072",
      "--base-url",
      "https://workload.contoso.com/api",
    ],
    { FABRIC_APP_TOKEN: "eyJ0eXAiOiJKV1QifQ.e30.c2ln" },
    EXIT.auth,
    /no tenant id \(sent as x-ms-client-tenant-id with the app token\): pass --tenant-id or set FABRIC_TENANT_ID$/m,
  ],
  [
    "missing Huawei credentials",
    ["huawei-dli", "37caa80116e1403ab603e5eeb48a2f74", "j", "--region", "cn-north-4"],
    {},
    EXIT.auth,
    /no Huawei Cloud credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK$/m,
  ],
  [
    "--concurrency with one target",
    ["databricks", "1", "--concurrency", "2"],
    {},
    EXIT.usage,
    /--concurrency goes with --file/,
  ],
  ["an empty flag", ["databricks", "1", "--token", ""], {}, EXIT.usage, /--token is empty/],
  [
    "--host with --base-url",
    ["databricks", "1", "--host", "h.example.com", "--base-url", "https://h.example.com/api/2.2"],
    {},
    EXIT.usage,
    /--host and --base-url both set the databricks endpoint: pass one/,
  ],
  [
    "ids after --file",
    ["--file", badJsonl, "databricks", "1"],
    {},
    EXIT.usage,
    /bulk mode takes its targets from .*bad\.jsonl, not from the command line: drop databricks 1/,
  ],
  [
    "guard without a provider",
    ["guard"],
    {},
    EXIT.usage,
    /guard needs a provider and the run's ids: cancel-job guard <provider> <ids…>/,
  ],
  [
    "guard of an unknown provider",
    ["guard", "spark", "1"],
    {},
    EXIT.usage,
    /unknown provider "spark"/,
  ],
  [
    "guard with --wait",
    ["guard", "databricks", "1", "--wait"],
    {},
    EXIT.usage,
    /--wait does not go with guard/,
  ],
  [
    "guard with --on-timeout but no --timeout",
    ["guard", "databricks", "1", "--on-timeout", "cancel"],
    {},
    EXIT.usage,
    /--on-timeout goes with --timeout/,
  ],
  [
    "guard with a bad --on-timeout",
    ["guard", "databricks", "1", "--timeout", "1h", "--on-timeout", "kill"],
    {},
    EXIT.usage,
    /--on-timeout must be cancel or leave, got "kill"/,
  ],
  [
    "guard with a bad --cancel-timeout",
    ["guard", "databricks", "1", "--cancel-timeout", "soon"],
    {},
    EXIT.usage,
    /--cancel-timeout must look like 90s, 20m or 1h, got "soon"/,
  ],
  [
    "guard with a zero --cancel-timeout",
    ["guard", "databricks", "1", "--cancel-timeout", "0s"],
    {},
    EXIT.usage,
    /--cancel-timeout must be longer than 0, got "0s"/,
  ],
  [
    "--cancel-timeout without guard",
    ["databricks", "1", "--cancel-timeout", "5s"],
    {},
    EXIT.usage,
    /--cancel-timeout goes with guard/,
  ],
  [
    "guard, missing credentials",
    ["guard", "databricks", "1"],
    {},
    EXIT.auth,
    /no Databricks credentials configured/,
  ],
  [
    "guard, malformed run id",
    ["guard", "databricks", "12a"],
    {},
    EXIT.usage,
    /run-id must be a whole number/,
  ],
])("%s", (_name, args, env, exit, message) => {
  it(`exits ${exit} with one line saying what to fix, in command-line words`, async () => {
    const { code, stderr } = await cli(args, env);
    expect(code).toBe(exit);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
    // The libraries' words for createClient callers never reach the command line.
    expect(stderr).not.toMatch(/allowInsecureLoopback|createClient|appToken|tenantId\b/);
  });
});

describe("the installed command", () => {
  it("is a committed file outside the build output, shipped in the package", () => {
    const target = manifest.bin["cancel-job"]!;
    expect(target).not.toMatch(/^(\.\/)?dist\//);
    // Tracked by git: a fresh clone has it before anything is built, so installs can link it.
    const tracked = execFileSync("git", ["ls-files", "--error-unmatch", target], {
      cwd: root,
      encoding: "utf8",
    });
    expect(tracked.trim()).toBe(target.replace(/^\.\//, ""));
    expect(statSync(join(root, target)).mode & 0o111).not.toBe(0);
    expect(readFileSync(join(root, target), "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(manifest.files).toContain(target.replace(/^\.\//, "").split("/")[0]);
  });
});

describe("parsers", () => {
  it.each([
    ["1500", 1500],
    ["1500ms", 1500],
    ["90s", 90_000],
    ["20m", 1_200_000],
    ["1.5h", 5_400_000],
  ])("duration %s", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it("reads JSON lines, skipping blanks and comments", () => {
    expect(
      parseTargets(
        '# targets\n{"provider":"databricks","runId":1}\n\n{"provider":"huawei-dli","projectId":"p","jobId":"j"}\n',
        "f",
      ),
    ).toEqual([
      { provider: "databricks", runId: 1 },
      { provider: "huawei-dli", projectId: "p", jobId: "j" },
    ]);
    expect(() => parseTargets('{"provider":"x"}', "f")).toThrow(/line 1 needs "provider"/);
    expect(() => parseTargets("\n", "f")).toThrow(/has no targets/);
  });
});
