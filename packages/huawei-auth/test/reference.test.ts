import { authenticateRequest } from "@cancel/testkit";
import { referenceAuthorization, referenceHeaders } from "@cancel/testkit/huawei";
import { runtime } from "@cancel/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createHuaweiAuthenticator, verifySignature } from "../src/index.js";

const AK = "HPUAXK9ZQ2L1EXAMPLE7";
const SK = "r3fErEnCeSeCrEt0nLyF0rTeStS+/=kEyW1thSymb0ls";
const SECURITY_TOKEN = "gQpjbi1ub3J0aC00RXhhbXBsZVNlY3VyaXR5VG9rZW4=";
const PROJECT = "37caa80116e1403ab603e5eeb48a2f74";
const CLOCK = new Date("2024-03-07T09:08:07Z");
const SDK_DATE = "20240307T090807Z";

beforeEach(() => {
  for (const name of ["AK", "SK", "SECURITY_TOKEN", "PROJECT_ID"]) {
    vi.stubEnv(`HUAWEICLOUD_SDK_${name}`, "");
  }
});
afterEach(() => vi.unstubAllEnvs());

interface Case {
  name: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  data?: unknown;
}

// The requests the MRS and DLI clients send, plus query strings and bodies the signer must
// canonicalise the way the SDK does (sorting, repeated keys, RFC 3986 encoding, UTF-8).
const cases: Case[] = [
  {
    name: "MRS stopJob",
    method: "POST",
    url: `https://mrs.cn-north-4.myhuaweicloud.com/v2/${PROJECT}/clusters/ef7b54f2-3d92-49b2-a6d7-94607e1ea7df/job-executions/431b135e-c090-489f-b1db-0abe3822b855/kill`,
  },
  {
    name: "MRS showSingleJobExe",
    method: "GET",
    url: `https://mrs.ap-southeast-1.myhuaweicloud.cn/v2/${PROJECT}/clusters/ef7b54f2-3d92-49b2-a6d7-94607e1ea7df/job-executions/431b135e-c090-489f-b1db-0abe3822b855`,
    headers: { Accept: "application/json" },
  },
  {
    name: "MRS cancelJobExecution (v1.1)",
    method: "GET",
    url: `https://mrs.eu-west-101.myhuaweicloud.eu/v1.1/${PROJECT}/job-executions/2de74673-1a78-48af-a95b-e1fec4a4ae9c/cancel`,
  },
  {
    name: "DLI cancelSqlJob",
    method: "DELETE",
    url: `https://dli.cn-north-4.myhuaweicloud.com/v1.0/${PROJECT}/jobs/6d2146a0-c2d5-41bd-8ca0-ca9694ada992`,
  },
  {
    name: "DLI showSqlJobStatus",
    method: "GET",
    url: `https://dli.eu-west-101.myhuaweicloud.eu/v1.0/${PROJECT}/jobs/6d2146a0-c2d5-41bd-8ca0-ca9694ada992/status`,
    headers: { "Content-Type": "application/json" },
  },
  {
    name: "query string, unsorted keys and a repeated key",
    method: "GET",
    url: `https://dli.cn-north-4.myhuaweicloud.com/v1.0/${PROJECT}/jobs?page-size=10&current-page=1&tags=b&tags=a&job_type=QUERY`,
  },
  {
    name: "query values that need RFC 3986 encoding",
    method: "GET",
    url: `https://mrs.cn-north-4.myhuaweicloud.com/v1.1/${PROJECT}/job-exes?name=${encodeURIComponent("my job*(1)!'~é/=&")}&empty=&sort=job_name`,
  },
  {
    name: "JSON body",
    method: "POST",
    url: `https://mrs.cn-north-4.myhuaweicloud.com/v2/${PROJECT}/clusters/c1/job-executions`,
    headers: { "Content-Type": "application/json" },
    data: { job_name: "wordcount", arguments: ["a b", "ü"], properties: { x: 1 } },
  },
  {
    name: "non-JSON content with an unsigned payload",
    method: "PUT",
    url: `https://mrs.cn-north-4.myhuaweicloud.com/v2/${PROJECT}/files/f`,
    headers: { "Content-Type": "text/plain", "X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD" },
  },
  {
    name: "custom headers are signed too",
    method: "GET",
    url: `https://dli.cn-north-4.myhuaweicloud.com/v1.0/${PROJECT}/jobs/j1/status`,
    headers: { "X-Language": "en-us", "User-Agent": "cancel-tests/1.0" },
  },
];

const modes = [
  { mode: "permanent AK/SK", securityToken: undefined, projectId: PROJECT },
  { mode: "temporary AK/SK (security token)", securityToken: SECURITY_TOKEN, projectId: PROJECT },
  { mode: "AK/SK without a project id", securityToken: undefined, projectId: undefined },
] as const;

async function ours(c: Case, securityToken?: string, projectId?: string): Promise<Request> {
  const authenticate = createHuaweiAuthenticator({
    credentials: { ak: AK, sk: SK, securityToken },
    projectId,
    now: () => CLOCK,
  });
  const body = c.data === undefined ? undefined : new TextEncoder().encode(JSON.stringify(c.data));
  const request = new Request(c.url, {
    method: c.method,
    headers: c.headers,
    body: body as BodyInit | undefined,
  });
  return authenticateRequest(authenticate, request, {
    provider: "test",
    operation: c.name,
    attempt: 1,
    body,
  });
}

describe.each(modes)(
  "agreement with the official SDK signer: $mode",
  ({ securityToken, projectId }) => {
    it.each(cases)("$name", async (c) => {
      const sent = await ours(c, securityToken, projectId);
      const reference = await referenceHeaders({
        method: c.method,
        url: c.url,
        headers: c.headers,
        data: c.data,
        ak: AK,
        sk: SK,
        securityToken,
        projectId,
        sdkDate: SDK_DATE,
      });
      expect(sent.headers.get("authorization")).toBe(reference["Authorization"]);
      expect(sent.headers.get("x-sdk-date")).toBe(SDK_DATE);
      expect(sent.headers.get("x-security-token")).toBe(reference["X-Security-Token"] ?? null);
      expect(sent.headers.get("x-project-id")).toBe(reference["X-Project-Id"] ?? null);
      // And the gateway-side verifier accepts what the SDK signed.
      const sdkSigned = new Request(c.url, {
        method: c.method,
        headers: Object.fromEntries(
          Object.entries(reference).filter(([name]) => name.toLowerCase() !== "host"),
        ),
        body: c.data === undefined ? undefined : JSON.stringify(c.data),
      });
      await expect(
        verifySignature(sdkSigned, { secretFor: (ak) => (ak === AK ? SK : undefined), now: CLOCK }),
      ).resolves.toMatchObject({ ok: true, accessKey: AK });
    });
  },
);

// Run once per @cancel/core runtime (vitest.config.ts): node:crypto, then WebCrypto.
it(`hashes with the ${process.env.EXPECTED_RUNTIME} runtime`, () => {
  expect(runtime).toBe(process.env.EXPECTED_RUNTIME);
});

describe("the reference itself", () => {
  it("reproduces the signing guide's published signature, so it is a fair referee", async () => {
    await expect(
      referenceAuthorization({
        method: "GET",
        url: "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
        headers: { "Content-Type": "application/json" },
        ak: "QTWAOYTTINDUT2QVKYUC",
        sk: "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc",
        sdkDate: "20191115T033655Z",
      }),
    ).resolves.toBe(
      "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe",
    );
  });
});
