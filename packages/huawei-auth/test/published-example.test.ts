import { authenticateRequest, prng } from "@cancel/testkit";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  buildCanonicalRequest,
  buildStringToSign,
  canonicalUri,
  createAkSkSigner,
  createHuaweiAuthenticator,
  headersToSign,
} from "../src/index.js";

// The worked example of Huawei Cloud's "API Request Signing Guide" (support.huaweicloud.com,
// intl/en-us/devg-apisign/api-sign-algorithm-002.html "Constructing a Standard Request",
// -003 "Creating a To-Be-Signed String", -004 "Calculating the Signature" and -005 "Adding the
// Signature to the Request Header"): the VPC query API, AK QTWAOYTTINDUT2QVKYUC, SK
// MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc (published example values, not real keys).
const EXAMPLE = {
  url: "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
  date: "20191115T033655Z",
  ak: "QTWAOYTTINDUT2QVKYUC",
  sk: "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc",
  canonicalRequest: [
    "GET",
    "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/",
    "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
    "content-type:application/json",
    "host:service.region.example.com",
    "x-sdk-date:20191115T033655Z",
    "",
    "content-type;host;x-sdk-date",
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  ].join("\n"),
  stringToSign:
    "SDK-HMAC-SHA256\n20191115T033655Z\nb25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a",
  signature: "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe",
  authorization:
    "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe",
};

beforeEach(() => {
  for (const name of ["AK", "SK", "SECURITY_TOKEN", "PROJECT_ID"]) {
    vi.stubEnv(`HUAWEICLOUD_SDK_${name}`, "");
  }
});
afterEach(() => vi.unstubAllEnvs());

function exampleRequest() {
  return {
    method: "GET",
    url: new URL(EXAMPLE.url),
    headers: new Headers({ "Content-Type": "application/json", "X-Sdk-Date": EXAMPLE.date }),
  };
}

describe("the API signing guide's worked example", () => {
  it("builds the published canonical request (trailing slash, sorted headers, blank line)", async () => {
    const request = exampleRequest();
    const signed = headersToSign(request);
    expect(signed).toEqual(["content-type", "host", "x-sdk-date"]);
    expect(await buildCanonicalRequest(request, signed)).toBe(EXAMPLE.canonicalRequest);
  });

  it("builds the published to-be-signed string", async () => {
    expect(await buildStringToSign(EXAMPLE.date, EXAMPLE.canonicalRequest)).toBe(
      EXAMPLE.stringToSign,
    );
  });

  it("computes the published signature and Authorization header", async () => {
    const parts = await createAkSkSigner(EXAMPLE.ak, EXAMPLE.sk).sign(exampleRequest());
    expect(parts.canonicalRequest).toBe(EXAMPLE.canonicalRequest);
    expect(parts.stringToSign).toBe(EXAMPLE.stringToSign);
    expect(parts.signature).toBe(EXAMPLE.signature);
    expect(parts.authorization).toBe(EXAMPLE.authorization);
  });

  it("is what the authenticate hook sends on a fixed clock", async () => {
    const authenticate = createHuaweiAuthenticator({
      credentials: { ak: EXAMPLE.ak, sk: EXAMPLE.sk },
      now: () => new Date("2019-11-15T03:36:55Z"),
    });
    const sent = await authenticateRequest(
      authenticate,
      new Request(EXAMPLE.url, { headers: { "Content-Type": "application/json" } }),
      { provider: "test", operation: "listVpcs", attempt: 1, body: undefined },
    );
    expect(sent.headers.get("x-sdk-date")).toBe(EXAMPLE.date);
    expect(sent.headers.get("authorization")).toBe(EXAMPLE.authorization);
    // The URL itself keeps its form: the trailing slash exists only in the canonical URI.
    expect(sent.url).toBe(EXAMPLE.url);
  });
});

describe("the signer's one walk over the headers", () => {
  // The rule as the guide states it: every header but Authorization, plus host, lower-cased and
  // sorted; each value as the request holds it (host from the URL unless set), trimmed.
  const byRule = (request: { url: URL; headers: Headers }) => {
    const names = new Set(["host"]);
    for (const [name] of request.headers) if (name !== "authorization") names.add(name);
    return [...names].sort();
  };
  const random = prng(11);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const NAMES = [
    "accept",
    "authorization",
    "content-type",
    "host",
    "set-cookie",
    "x-project-id",
    "x-sdk-date",
    "a",
    "zz",
    "hos",
    "hostx",
  ];

  it("signs the headers and canonical lines the stated rule gives, for any set of headers", async () => {
    const signer = createAkSkSigner(EXAMPLE.ak, EXAMPLE.sk);
    for (let i = 0; i < 500; i++) {
      const headers = new Headers({ "x-sdk-date": EXAMPLE.date });
      const count = Math.floor(random() * 6);
      for (let k = 0; k < count; k++)
        headers.append(pick(NAMES), pick(["v", " spaced  value ", "a, b", ""]));
      const url = new URL(
        `https://${pick(["h.example.com", "h.example.com:8443"])}${pick(["/v1/p/jobs", "/v1/p/jobs/", "/a b/é", "/"])}${pick(["", "?b=2&a=1"])}`,
      );
      const request = { method: "POST", url, headers };
      const parts = await signer.sign(request);
      expect(parts.signedHeaders).toEqual(byRule(request));
      expect(parts.canonicalRequest).toBe(await buildCanonicalRequest(request, byRule(request)));
    }
  });

  it("encodes a plain path as it is, and any other segment by segment", () => {
    expect(canonicalUri("/v2/p/clusters/c-1/job-executions/j_2~x.y/kill")).toBe(
      "/v2/p/clusters/c-1/job-executions/j_2~x.y/kill/",
    );
    expect(canonicalUri("/v1/")).toBe("/v1/");
    expect(canonicalUri("/a%20b/c*d")).toBe("/a%20b/c%2Ad/");
  });
});
