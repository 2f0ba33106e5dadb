import { authenticateRequest } from "@cancel/testkit";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  checkGatewayAuth,
  createHuaweiAuthenticator,
  MAX_CLOCK_SKEW_MS,
  verifySignature,
} from "../src/index.js";

const AK = "VERIFYAK0000EXAMPLE1";
const SK = "verify-secret-key-example-0123456789abcdef";
const CLOCK = new Date("2024-03-07T09:08:07Z");
const URL_ = "https://dli.cn-north-4.myhuaweicloud.com/v1.0/p1/jobs/j1?b=2&a=1";

beforeEach(() => {
  for (const name of ["AK", "SK", "SECURITY_TOKEN", "PROJECT_ID"]) {
    vi.stubEnv(`HUAWEICLOUD_SDK_${name}`, "");
  }
});
afterEach(() => vi.unstubAllEnvs());

const secretFor = (ak: string) => (ak === AK ? SK : undefined);

async function signed(init: RequestInit = {}, url = URL_): Promise<Request> {
  const authenticate = createHuaweiAuthenticator({
    credentials: { ak: AK, sk: SK },
    projectId: "p1",
    now: () => CLOCK,
  });
  const request = new Request(url, init);
  const body = request.body ? new Uint8Array(await request.clone().arrayBuffer()) : undefined;
  return authenticateRequest(authenticate, request, {
    provider: "test",
    operation: "op",
    attempt: 1,
    body,
  });
}

function withHeader(request: Request, name: string, value: string | null): Request {
  const headers = new Headers(request.headers);
  if (value === null) headers.delete(name);
  else headers.set(name, value);
  return new Request(request, { headers });
}

describe("verifySignature (API Gateway emulation)", () => {
  it("accepts a request signed by the authenticator", async () => {
    const result = await verifySignature(await signed(), { secretFor, now: CLOCK });
    expect(result).toEqual({
      ok: true,
      accessKey: AK,
      signedHeaders: ["host", "x-project-id", "x-sdk-date"],
    });
  });

  it("accepts a signed JSON body and rejects a changed one", async () => {
    const request = await signed({
      method: "POST",
      body: '{"a":1}',
      headers: { "Content-Type": "application/json" },
    });
    await expect(
      verifySignature(request.clone(), { secretFor, now: CLOCK }),
    ).resolves.toMatchObject({ ok: true });
    const tampered = new Request(request.url, {
      method: "POST",
      headers: request.headers,
      body: '{"a":2}',
    });
    await expect(verifySignature(tampered, { secretFor, now: CLOCK })).resolves.toMatchObject({
      ok: false,
      message: "Incorrect IAM authentication information: verify aksk signature fail",
    });
  });

  const rejections: [string, (r: Request) => Request | Promise<Request>, string][] = [
    [
      "a different path",
      (r) => new Request(r.url.replace("/j1", "/j2"), r),
      "verify aksk signature fail",
    ],
    [
      "a different query",
      (r) => new Request(r.url.replace("a=1", "a=3"), r),
      "verify aksk signature fail",
    ],
    [
      "another method",
      (r) => new Request(r.url, { method: "DELETE", headers: r.headers }),
      "verify aksk signature fail",
    ],
    [
      "a changed signed header",
      (r) => withHeader(r, "x-project-id", "p2"),
      "verify aksk signature fail",
    ],
    [
      "a removed signed header",
      (r) => withHeader(r, "x-project-id", null),
      "verify aksk signature fail",
    ],
    ["no Authorization", (r) => withHeader(r, "authorization", null), "no Authorization header"],
    [
      "a malformed Authorization",
      (r) => withHeader(r, "authorization", `Bearer ${r.headers.get("authorization")}`),
      "Authorization header is not SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…",
    ],
    [
      "an unknown access key",
      (r) => withHeader(r, "authorization", r.headers.get("authorization")!.replace(AK, "OTHERAK")),
      "access key not found",
    ],
    [
      "x-sdk-date left out of the signed headers",
      (r) =>
        withHeader(
          r,
          "authorization",
          r.headers
            .get("authorization")!
            .replace("host;x-project-id;x-sdk-date", "host;x-project-id"),
        ),
      "x-sdk-date is not a signed header",
    ],
    [
      "a malformed date",
      (r) => withHeader(r, "x-sdk-date", "2024-03-07T09:08:07Z"),
      "x-sdk-date is not of the form YYYYMMDDTHHMMSSZ",
    ],
  ];

  it.each(rejections)("rejects %s with APIGW.0301", async (_name, change, detail) => {
    const result = await verifySignature(await change(await signed()), { secretFor, now: CLOCK });
    expect(result).toEqual({
      ok: false,
      code: "APIGW.0301",
      message: `Incorrect IAM authentication information: ${detail}`,
    });
  });

  it("rejects a wrong secret", async () => {
    const result = await verifySignature(await signed(), {
      secretFor: () => "not-the-secret",
      now: CLOCK,
    });
    expect(result).toMatchObject({ ok: false, code: "APIGW.0301" });
  });

  it("accepts up to 15 minutes of clock skew and no more", async () => {
    const request = await signed();
    const at = (ms: number) => new Date(CLOCK.getTime() + ms);
    await expect(
      verifySignature(request.clone(), { secretFor, now: at(MAX_CLOCK_SKEW_MS) }),
    ).resolves.toMatchObject({ ok: true });
    await expect(
      verifySignature(request.clone(), { secretFor, now: at(-MAX_CLOCK_SKEW_MS) }),
    ).resolves.toMatchObject({ ok: true });
    await expect(
      verifySignature(request.clone(), { secretFor, now: at(MAX_CLOCK_SKEW_MS + 1000) }),
    ).resolves.toEqual({
      ok: false,
      code: "APIGW.0301",
      message: "Incorrect IAM authentication information: signature expired",
    });
  });
});

describe("checkGatewayAuth (the 401 a simulated API Gateway answers)", () => {
  const TOKEN = "MIIZkQYJKoZIhvcNAQcCoIIZgjCCGX4CAQExDTALBglghkgBZQMEAgEwghejBgkqhkiG";
  const options = {
    secretFor,
    acceptToken: (t: string) => t === TOKEN,
    now: CLOCK,
    requestId: "r1",
  };

  it("lets a valid signature or a valid token through", async () => {
    await expect(checkGatewayAuth(await signed(), options)).resolves.toBeUndefined();
    const withToken = new Request(URL_, { headers: { "X-Auth-Token": TOKEN } });
    await expect(checkGatewayAuth(withToken, options)).resolves.toBeUndefined();
  });

  it.each([
    [
      "a bad signature",
      async () => withHeader(await signed(), "x-project-id", "p2"),
      "verify aksk signature fail",
    ],
    [
      "a bad token",
      async () => new Request(URL_, { headers: { "X-Auth-Token": "nope" } }),
      "decrypt token fail",
    ],
    ["no credentials", async () => new Request(URL_), "no Authorization header"],
  ])("answers %s with 401 APIGW.0301", async (_name, make, detail) => {
    const response = await checkGatewayAuth(await make(), options);
    expect(response?.status).toBe(401);
    expect(response?.headers.get("x-request-id")).toBe("r1");
    expect(await response?.json()).toEqual({
      error_msg: `Incorrect IAM authentication information: ${detail}`,
      error_code: "APIGW.0301",
      request_id: "r1",
    });
  });
});
