/**
 * What a consumer writes to cancel one run, per provider and per way of doing it: a `@cancel/*`
 * client with its real auth, a raw `fetch` of the same request (no auth: the physical floor),
 * bare openapi-fetch, and for EMR the vendor SDK. Each is the source of an ES module that creates
 * its client once and exports `run()`, which makes one cancel. The same sources are bundled
 * (bundle size), imported in a fresh process (cold start) and called in a loop (per-call cost).
 */

export type ProviderId =
  "emr-serverless" | "databricks" | "huawei-mrs" | "huawei-dli" | "fabric-workload";

export type ConsumerKind =
  | "client"
  | "client-no-auth"
  | "raw-fetch"
  | "raw-node-http"
  | "raw-fetch-signed-headers"
  | "openapi-fetch"
  | "openapi-fetch+aws4fetch"
  | "aws-sdk"
  | "umbrella";

export interface Consumer {
  /** Unique id, used for file names: `emr-serverless.client`. */
  id: string;
  provider: ProviderId;
  kind: ConsumerKind;
  /** How the row is labelled in tables. */
  label: string;
  /** Module source; `base` is the server origin (`http://127.0.0.1:1234`). */
  source(base: string): string;
}

export const PROVIDERS: readonly ProviderId[] = [
  "emr-serverless",
  "databricks",
  "huawei-mrs",
  "huawei-dli",
  "fabric-workload",
];

export const PACKAGE_OF: Record<ProviderId, string> = {
  "emr-serverless": "@cancel/emr-serverless",
  databricks: "@cancel/databricks",
  "huawei-mrs": "@cancel/huawei-mrs",
  "huawei-dli": "@cancel/huawei-dli",
  "fabric-workload": "@cancel/fabric-workload",
};

// Fixed identifiers, valid for each spec's constraints.
const EMR = { applicationId: "00f1r6ss7gs9ue09", jobRunId: "00f1s0tqg1gkas09" };
const AWS_CREDENTIALS = `{ accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", sessionToken: "IQoJb3JpZ2luX2VjEXAMPLE" }`;
const DATABRICKS_RUN_ID = 455644833;
const HUAWEI = {
  projectId: "0b5ed1d6e3004a5a9c8d1f2e3a4b5c6d",
  clusterId: "a1b2c3d4-e5f6-4a5b-8c7d-9e0f1a2b3c4d",
  jobExecutionId: "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
  jobId: "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
};
const HUAWEI_CREDENTIALS = `{ ak: "QTWAOYTTINDUT2QVKYUC", sk: "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc" }`;
const FABRIC = {
  workspaceId: "4f8a4b1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b",
  itemType: "Contoso.FinanceAnalytics.Forecast",
  itemId: "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
  jobType: "Contoso.FinanceAnalytics.Forecast.ScheduledJob",
  jobInstanceId: "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
  tenantId: "11111111-2222-4333-8444-555555555555",
};

const EMR_PATH = `/applications/${EMR.applicationId}/jobruns/${EMR.jobRunId}`;
const MRS_PATH = `/v2/${HUAWEI.projectId}/clusters/${HUAWEI.clusterId}/job-executions/${HUAWEI.jobExecutionId}/kill`;
const DLI_PATH = `/v1.0/${HUAWEI.projectId}/jobs/${HUAWEI.jobId}`;
const FABRIC_PATH = `/workspaces/${FABRIC.workspaceId}/items/${FABRIC.itemType}/${FABRIC.itemId}/jobTypes/${FABRIC.jobType}/instances/${FABRIC.jobInstanceId}/cancel`;

const json = (value: unknown) => JSON.stringify(value);

/** The request every way of calling sends (method, path under the server, body, plain headers). */
interface RawRequest {
  method: string;
  path: string;
  body?: string;
  headers?: Record<string, string>;
  /** The success body is JSON (read with `.json()`), else read as text. */
  json: boolean;
}

const RAW: Record<ProviderId, RawRequest> = {
  "emr-serverless": { method: "DELETE", path: EMR_PATH, json: true },
  databricks: {
    method: "POST",
    path: "/api/2.2/jobs/runs/cancel",
    body: json({ run_id: DATABRICKS_RUN_ID }),
    headers: { "content-type": "application/json" },
    json: true,
  },
  "huawei-mrs": { method: "POST", path: MRS_PATH, json: false },
  "huawei-dli": { method: "DELETE", path: DLI_PATH, json: true },
  "fabric-workload": {
    method: "POST",
    path: FABRIC_PATH,
    // The ids a Fabric call sends fresh each time (ActivityId, RequestId) are fixed here: the
    // floor does not pay for UUIDs.
    headers: {
      ActivityId: "0d9c8b7a-6e5f-4d3c-8b2a-190f8e7d6c5b",
      RequestId: "1e0d9c8b-7a6f-4e5d-8c3b-2a190f8e7d6c",
      "x-ms-client-tenant-id": FABRIC.tenantId,
    },
    json: true,
  },
};

/**
 * The headers a SigV4-signed EMR cancel carries, precomputed: a raw fetch that sends them pays
 * the wire cost of auth (bytes written, parsed by the server) without any signing work.
 */
const EMR_SIGNED_HEADERS = {
  "x-amz-date": "20260501T120000Z",
  "x-amz-security-token": "IQoJb3JpZ2luX2VjEXAMPLE",
  authorization:
    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260501/eu-west-1/emr-serverless/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
};

function rawFetchSource(
  provider: ProviderId,
  extraHeaders?: Record<string, string>,
): (base: string) => string {
  const raw = RAW[provider];
  const r = extraHeaders ? { ...raw, headers: { ...raw.headers, ...extraHeaders } } : raw;
  const init = [
    `method: ${json(r.method)}`,
    ...(r.headers ? [`headers: ${json(r.headers)}`] : []),
    ...(r.body ? [`body: ${json(r.body)}`] : []),
  ].join(", ");
  return (base) =>
    [
      `const url = ${json(base + r.path)};`,
      `export async function run() {`,
      `  const response = await fetch(url, { ${init} });`,
      `  if (!response.ok) throw new Error("HTTP " + response.status);`,
      `  return response.${r.json ? "json" : "text"}();`,
      `}`,
    ].join("\n");
}

/**
 * The same request on `node:http` with a keep-alive agent, no auth: the floor on Node (undici's
 * `fetch` costs more CPU per request). Reads the body as the clients do and parses JSON.
 */
function rawNodeHttpSource(provider: ProviderId): (base: string) => string {
  const r = RAW[provider];
  const headers = { ...r.headers, ...(r.body ? { "content-length": String(r.body.length) } : {}) };
  return (base) => {
    const url = new URL(base);
    return [
      `import http from "node:http";`,
      `const agent = new http.Agent({ keepAlive: true });`,
      `const options = { hostname: ${json(url.hostname)}, port: ${json(url.port)}, path: ${json(r.path)}, method: ${json(r.method)}, headers: ${json(headers)}, agent };`,
      `export function run() {`,
      `  return new Promise((resolve, reject) => {`,
      `    const request = http.request(options, (response) => {`,
      `      const chunks = [];`,
      `      response.on("data", (chunk) => chunks.push(chunk));`,
      `      response.on("error", reject);`,
      `      response.on("end", () => {`,
      `        if (response.statusCode >= 300) return reject(new Error("HTTP " + response.statusCode));`,
      `        const text = Buffer.concat(chunks).toString("utf8");`,
      `        resolve(${r.json ? "JSON.parse(text)" : "text"});`,
      `      });`,
      `    });`,
      `    request.on("error", reject);`,
      `    request.end(${r.body ? json(r.body) : ""});`,
      `  });`,
      `}`,
    ].join("\n");
  };
}

/** openapi-fetch with no auth, the same path template and parameters the generated code uses. */
function openapiFetchSource(
  provider: ProviderId,
  options: { aws4fetch?: boolean } = {},
): (base: string) => string {
  const call: Record<ProviderId, string> = {
    "emr-serverless": `api.DELETE("/applications/{applicationId}/jobruns/{jobRunId}", { params: { path: ${json(EMR)} } })`,
    databricks: `api.POST("/jobs/runs/cancel", { body: { run_id: ${DATABRICKS_RUN_ID} } })`,
    "huawei-mrs": `api.POST("/v2/{project_id}/clusters/{cluster_id}/job-executions/{job_execution_id}/kill", { params: { path: ${json({ project_id: HUAWEI.projectId, cluster_id: HUAWEI.clusterId, job_execution_id: HUAWEI.jobExecutionId })} }, parseAs: "text" })`,
    "huawei-dli": `api.DELETE("/v1.0/{project_id}/jobs/{job_id}", { params: { path: ${json({ project_id: HUAWEI.projectId, job_id: HUAWEI.jobId })} } })`,
    "fabric-workload": `api.POST("/workspaces/{workspaceId}/items/{itemType}/{itemId}/jobTypes/{jobType}/instances/{jobInstanceId}/cancel", { params: { path: ${json({ workspaceId: FABRIC.workspaceId, itemType: FABRIC.itemType, itemId: FABRIC.itemId, jobType: FABRIC.jobType, jobInstanceId: FABRIC.jobInstanceId })}, header: ${json(RAW["fabric-workload"].headers)} } })`,
  };
  const prefix = provider === "databricks" ? "/api/2.2" : "";
  return (base) =>
    [
      `import createClient from "openapi-fetch";`,
      ...(options.aws4fetch
        ? [
            `import { AwsClient } from "aws4fetch";`,
            `const aws = new AwsClient({ ...${AWS_CREDENTIALS}, service: "emr-serverless", region: "eu-west-1" });`,
            `const api = createClient({ baseUrl: ${json(base + prefix)}, fetch: (request) => aws.fetch(request) });`,
          ]
        : [`const api = createClient({ baseUrl: ${json(base + prefix)} });`]),
      `export async function run() {`,
      `  const { data, error, response } = await ${call[provider]};`,
      `  if (error !== undefined || !response.ok) throw new Error("HTTP " + response.status);`,
      `  return data;`,
      `}`,
    ].join("\n");
}

/** The `@cancel/*` client with its vendor's real auth (or, for `noAuth`, an identity hook). */
function clientSource(provider: ProviderId, noAuth = false): (base: string) => string {
  const pkg = PACKAGE_OF[provider];
  const auth = noAuth ? `authenticate: (request) => request` : undefined;
  const spec: Record<ProviderId, { fn: string; options: string; input: string }> = {
    "emr-serverless": {
      fn: "cancelJobRun",
      options: `region: "eu-west-1", ${auth ?? `credentials: ${AWS_CREDENTIALS}`}, endpoint: BASE`,
      input: json(EMR),
    },
    databricks: {
      fn: "cancelRun",
      options: `baseUrl: BASE + "/api/2.2", ${auth ?? `token: "dapi0123456789abcdef0123456789abcdef"`}`,
      input: json({ runId: DATABRICKS_RUN_ID }),
    },
    "huawei-mrs": {
      fn: "stopJob",
      options: `region: "cn-north-4", baseUrl: BASE, ${auth ?? `credentials: ${HUAWEI_CREDENTIALS}, projectId: ${json(HUAWEI.projectId)}`}`,
      input: json({
        projectId: HUAWEI.projectId,
        clusterId: HUAWEI.clusterId,
        jobExecutionId: HUAWEI.jobExecutionId,
      }),
    },
    "huawei-dli": {
      fn: "cancelSqlJob",
      options: `region: "cn-north-4", baseUrl: BASE, ${auth ?? `credentials: ${HUAWEI_CREDENTIALS}, projectId: ${json(HUAWEI.projectId)}`}`,
      input: json({ projectId: HUAWEI.projectId, jobId: HUAWEI.jobId }),
    },
    "fabric-workload": {
      fn: "cancelItemJobInstance",
      options: `baseUrl: BASE, ${auth ?? `appToken: async () => "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.app.sig"`}, tenantId: ${json(FABRIC.tenantId)}`,
      input: json({
        workspaceId: FABRIC.workspaceId,
        itemType: FABRIC.itemType,
        itemId: FABRIC.itemId,
        jobType: FABRIC.jobType,
        jobInstanceId: FABRIC.jobInstanceId,
      }),
    },
  };
  const { fn, options, input } = spec[provider];
  return (base) =>
    [
      `import { ${fn}, createClient } from ${json(pkg)};`,
      `const BASE = ${json(base)};`,
      `const client = createClient({ ${options}, allowInsecureLoopback: true });`,
      `export function run() {`,
      `  return ${fn}(client, ${input});`,
      `}`,
    ].join("\n");
}

const awsSdkSource = (base: string) =>
  [
    `import { CancelJobRunCommand, EMRServerlessClient } from "@aws-sdk/client-emr-serverless";`,
    `const client = new EMRServerlessClient({ region: "eu-west-1", credentials: ${AWS_CREDENTIALS}, endpoint: ${json(base)} });`,
    `export function run() {`,
    `  return client.send(new CancelJobRunCommand(${json(EMR)}));`,
    `}`,
  ].join("\n");

const EMR_UMBRELLA_CONFIG = (base: string) =>
  `{ region: "eu-west-1", credentials: ${AWS_CREDENTIALS}, endpoint: ${json(base)}, allowInsecureLoopback: true }`;

/** The umbrella's one cancel (EMR, the heaviest auth) through the root entry (all five providers). */
export const umbrellaSource = (base: string) =>
  [
    `import { createCancelClient } from "@cancel/sdk";`,
    `const client = createCancelClient({ emrServerless: ${EMR_UMBRELLA_CONFIG(base)} });`,
    `export function run() {`,
    `  return client.cancel({ provider: "emr-serverless", ...${json(EMR)} });`,
    `}`,
  ].join("\n");

/** The same through `@cancel/sdk/client` with only the EMR adapter registered. */
export const leanUmbrellaSource = (base: string) =>
  [
    `import { createCancelClient } from "@cancel/sdk/client";`,
    `import { emrServerless } from "@cancel/sdk/emr-serverless";`,
    `const client = createCancelClient({ providers: [emrServerless], emrServerless: ${EMR_UMBRELLA_CONFIG(base)} });`,
    `export function run() {`,
    `  return client.cancel({ provider: "emr-serverless", ...${json(EMR)} });`,
    `}`,
  ].join("\n");

export function consumersFor(provider: ProviderId): Consumer[] {
  const list: Consumer[] = [
    {
      id: `${provider}.client`,
      provider,
      kind: "client",
      label: `${PACKAGE_OF[provider]} (real auth)`,
      source: clientSource(provider),
    },
    {
      id: `${provider}.raw-fetch`,
      provider,
      kind: "raw-fetch",
      label: "raw fetch, no auth (floor)",
      source: rawFetchSource(provider),
    },
    {
      id: `${provider}.raw-node-http`,
      provider,
      kind: "raw-node-http",
      label: "raw node:http + keep-alive agent, no auth (Node floor)",
      source: rawNodeHttpSource(provider),
    },
    {
      id: `${provider}.openapi-fetch`,
      provider,
      kind: "openapi-fetch",
      label: "bare openapi-fetch, no auth",
      source: openapiFetchSource(provider),
    },
  ];
  if (provider === "emr-serverless") {
    list.push(
      {
        id: `${provider}.client-no-auth`,
        provider,
        kind: "client-no-auth",
        label: `${PACKAGE_OF[provider]}, identity auth hook (no signing)`,
        source: clientSource(provider, true),
      },
      {
        id: `${provider}.raw-fetch-signed-headers`,
        provider,
        kind: "raw-fetch-signed-headers",
        label: "raw fetch + precomputed SigV4 headers (auth's wire cost, no signing)",
        source: rawFetchSource(provider, EMR_SIGNED_HEADERS),
      },
      {
        id: `${provider}.openapi-fetch-aws4fetch`,
        provider,
        kind: "openapi-fetch+aws4fetch",
        label: "openapi-fetch + aws4fetch SigV4",
        source: openapiFetchSource(provider, { aws4fetch: true }),
      },
      {
        id: `${provider}.aws-sdk`,
        provider,
        kind: "aws-sdk",
        label: "@aws-sdk/client-emr-serverless CancelJobRunCommand",
        source: awsSdkSource,
      },
    );
  }
  return list;
}

/** The umbrella through its root entry (all five providers composed). */
export const UMBRELLA: Consumer = {
  id: "umbrella.client",
  provider: "emr-serverless",
  kind: "umbrella",
  label: "@cancel/sdk createCancelClient().cancel (EMR target)",
  source: umbrellaSource,
};

/** The umbrella with only the provider in use (`@cancel/sdk/client` + one adapter). */
export const LEAN_UMBRELLA: Consumer = {
  id: "umbrella-lean.client",
  provider: "emr-serverless",
  kind: "umbrella",
  label: "@cancel/sdk/client + emr-serverless adapter .cancel",
  source: leanUmbrellaSource,
};

export const UMBRELLAS: readonly Consumer[] = [UMBRELLA, LEAN_UMBRELLA];

export const AWS_SDK: Consumer = consumersFor("emr-serverless").find((c) => c.kind === "aws-sdk")!;

export const EMR_IDS = EMR;
export const EMR_CREDENTIALS_SOURCE = AWS_CREDENTIALS;
