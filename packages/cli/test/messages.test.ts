// The providers' own configuration and credentials errors, as the umbrella wraps them, worded for
// the command line: flags where the CLI has one, the variable or the --config key otherwise.
import { type CancelClientConfig, CancelError, createCancelClient } from "@cancel/sdk";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cliMessage, type Flags } from "../src/index.js";

const ENV = [
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_EMR_SERVERLESS",
  "DATABRICKS_HOST",
  "DATABRICKS_TOKEN",
  "DATABRICKS_CLIENT_ID",
  "DATABRICKS_CLIENT_SECRET",
  "HUAWEICLOUD_SDK_AK",
  "HUAWEICLOUD_SDK_SK",
  "HUAWEICLOUD_SDK_PROJECT_ID",
];
beforeEach(() => {
  for (const name of ENV) vi.stubEnv(name, "");
});
afterEach(() => vi.unstubAllEnvs());

const TARGETS = {
  databricks: { provider: "databricks", runId: 1 },
  "emr-serverless": { provider: "emr-serverless", applicationId: "a", jobRunId: "r" },
  "huawei-dli": {
    provider: "huawei-dli",
    projectId: "37caa80116e1403ab603e5eeb48a2f74",
    jobId: "j",
  },
  "fabric-workload": {
    provider: "fabric-workload",
    workspaceId: "e5ef604d-e14f-4a59-9133-75d5a0cb9334",
    itemType: "t",
    itemId: "b14cb7e7-d346-4751-9cfd-8c2767d53111",
    jobType: "j",
    jobInstanceId: "63f77191-432d-4ee6-9c5f-31a1a6987072",
  },
} as const;

interface Row {
  name: string;
  target: keyof typeof TARGETS;
  /** The configuration the CLI built (flags merged over --config). */
  config: CancelClientConfig;
  env?: Record<string, string>;
  /** What the user passed, to name where a bad value came from. */
  flags?: Flags;
  fileConfig?: CancelClientConfig;
  want: string;
}

// Nothing may reach a vendor: every row fails before a request is sent.
const fetch = () => Promise.reject(new Error("no request may be sent"));

const rows: Row[] = [
  {
    name: "no AWS Region",
    target: "emr-serverless",
    config: { emrServerless: {} },
    want: "emr-serverless: no AWS Region: pass --region (e.g. eu-west-1) or set AWS_REGION",
  },
  {
    name: "a bad region from --region",
    target: "emr-serverless",
    config: { emrServerless: { region: "EU" } },
    flags: { region: "EU" },
    want: 'emr-serverless: --region is not an AWS Region name like eu-west-1: "EU"',
  },
  {
    name: "a bad region from --config",
    target: "emr-serverless",
    config: { emrServerless: { region: "EU" } },
    fileConfig: { emrServerless: { region: "EU" } },
    want: 'emr-serverless: emrServerless.region in --config is not an AWS Region name like eu-west-1: "EU"',
  },
  {
    name: "a bad AWS_REGION",
    target: "emr-serverless",
    config: { emrServerless: {} },
    env: { AWS_REGION: "EU" },
    want: 'emr-serverless: AWS_REGION is not an AWS Region name like eu-west-1: "EU"',
  },
  {
    name: "no AWS credentials (a CredentialsError at the first request)",
    target: "emr-serverless",
    config: { emrServerless: { region: "eu-west-1" } },
    want: "emr-serverless: no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY",
  },
  {
    name: "half the AWS keys",
    target: "emr-serverless",
    config: { emrServerless: { region: "eu-west-1" } },
    env: { AWS_ACCESS_KEY_ID: "AKIDEXAMPLE" },
    want: "emr-serverless: AWS_SECRET_ACCESS_KEY is not set (AWS_ACCESS_KEY_ID is): set AWS_SECRET_ACCESS_KEY; or set emrServerless.credentials in --config",
  },
  {
    name: "an AWS_ENDPOINT_URL on plain http",
    target: "emr-serverless",
    config: { emrServerless: { region: "eu-west-1" } },
    env: { AWS_ENDPOINT_URL: "http://localhost:4566" },
    want: "emr-serverless: AWS_ENDPOINT_URL: http://localhost:4566 uses plain http: pass --insecure-loopback",
  },
  {
    name: "plain http to a loopback host",
    target: "databricks",
    config: { databricks: { host: "http://127.0.0.1:9", token: "dapi0123456789abcdef" } },
    want: "databricks: http://127.0.0.1:9 uses plain http: pass --insecure-loopback",
  },
  {
    name: "no Databricks credentials",
    target: "databricks",
    config: { databricks: {} },
    want: "databricks: no Databricks credentials configured: pass --token or set DATABRICKS_TOKEN; or set DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET",
  },
  {
    name: "no Databricks workspace",
    target: "databricks",
    config: { databricks: { token: "dapi0123456789abcdef" } },
    flags: { token: "dapi0123456789abcdef" },
    want: "databricks: no Databricks workspace configured: pass --host (e.g. https://adb-1234567890123456.7.azuredatabricks.net) or set DATABRICKS_HOST",
  },
  {
    name: "a bad token from --token (never quoted)",
    target: "databricks",
    config: { databricks: { host: "dbc.example.com", token: "dapi\nsecret" } },
    flags: { token: "dapi\nsecret" },
    want: "databricks: --token must contain only the characters a bearer token may have (A-Z a-z 0-9 - . _ ~ + / and trailing =); it has others (whitespace, quotes, CR/LF, …)",
  },
  {
    name: "no Huawei credentials",
    target: "huawei-dli",
    config: { huaweiDli: {} },
    want: "huawei-dli: no Huawei Cloud credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK",
  },
  {
    name: "a bad Huawei AK in --config (huawei-auth words it alone: no structured fields)",
    target: "huawei-dli",
    config: { huaweiDli: { credentials: { ak: "a k", sk: "s" } } },
    fileConfig: { huaweiDli: { credentials: { ak: "a k", sk: "s" } } },
    want: "huawei-dli: credentials.ak must be printable ASCII without spaces, commas, semicolons or '='; nothing was sent",
  },
  {
    name: "a bad Huawei region",
    target: "huawei-dli",
    config: { huaweiDli: { region: "CN" } },
    flags: { region: "CN" },
    want: `huawei-dli: --region must look like cn-north-4 (lower-case words and digits joined by '-'), got "CN"`,
  },
  {
    name: "no Fabric credentials",
    target: "fabric-workload",
    config: { fabricWorkload: { baseUrl: "https://workload.contoso.com/api" } },
    want: "fabric-workload: no Fabric workload credentials configured: pass --app-token and --tenant-id or set FABRIC_APP_TOKEN and FABRIC_TENANT_ID",
  },
  {
    name: "a bad Fabric app token from FABRIC_APP_TOKEN",
    target: "fabric-workload",
    config: {
      fabricWorkload: {
        baseUrl: "https://workload.contoso.com/api",
        appToken: "a b",
        tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
      },
    },
    env: { FABRIC_APP_TOKEN: "a b" },
    want: "fabric-workload: FABRIC_APP_TOKEN contains characters that cannot go into the SubjectAndAppToken header (only A-Z a-z 0-9 - . _ ~ + / and trailing = are allowed; no quotes, backslashes, commas, whitespace or CR/LF)",
  },
];

describe.each(rows)("$name", (row) => {
  it("is worded with the command line's flags and variables", async () => {
    for (const [name, value] of Object.entries(row.env ?? {})) vi.stubEnv(name, value);
    const client = createCancelClient({ ...row.config, defaults: { fetch, retry: false } });
    const error = await client.cancel(TARGETS[row.target]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelError);
    const origins = {
      flags: row.flags ?? {},
      env: row.env ?? {},
      fileConfig: row.fileConfig ?? {},
    };
    expect(cliMessage(error as CancelError, origins)).toBe(row.want);
  });
});

it("leaves every other error as it is", () => {
  const error = new CancelError("databricks: cancelRun failed: HTTP 500", {
    kind: "server",
    provider: "databricks",
  });
  expect(cliMessage(error, { flags: {}, env: {}, fileConfig: {} })).toBe(error.message);
});
