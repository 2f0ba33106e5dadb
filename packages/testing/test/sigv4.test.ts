/**
 * The simulator's SigV4 verifier against the AWS SDK's own signer (`@smithy/signature-v4`):
 * session tokens, query strings with reserved characters, bodies, and tampering.
 */
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { verifySigV4 } from "../src/index.js";

const key = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
  sessionToken: "session/token==",
};
const now = Date.UTC(2026, 0, 2, 3, 4, 5);

async function signed(method: string, url: string, body?: string): Promise<Request> {
  const u = new URL(url);
  const query: Record<string, string> = {};
  for (const [k, v] of u.searchParams) query[k] = v;
  const signer = new SignatureV4({
    service: "emr-serverless",
    region: "eu-west-1",
    sha256: Sha256,
    credentials: key,
  });
  const result = await signer.sign(
    {
      method,
      protocol: u.protocol,
      hostname: u.hostname,
      port: u.port ? Number(u.port) : undefined,
      path: u.pathname,
      query,
      headers: { host: u.host, ...(body ? { "content-type": "application/json" } : {}) },
      body,
    } as never,
    { signingDate: new Date(now) },
  );
  return new Request(url, {
    method,
    headers: (result as unknown as { headers: Record<string, string> }).headers,
    body,
  });
}

const options = { keys: [key], service: "emr-serverless", region: "eu-west-1", now };

describe("verifySigV4", () => {
  it("accepts what @smithy/signature-v4 signs (session token, query, body)", async () => {
    const url =
      "https://emr-serverless.eu-west-1.amazonaws.com/applications/a1/jobruns/r1?shutdownGracePeriodInSeconds=300&x=a%20b%2Fc&b=%21*";
    expect(await verifySigV4(await signed("DELETE", url), new Uint8Array(), options)).toMatchObject(
      { ok: true, accessKeyId: "AKIDEXAMPLE" },
    );
    const body = JSON.stringify({ name: "x y" });
    const post = await signed(
      "POST",
      "https://emr-serverless.eu-west-1.amazonaws.com/applications/a1/jobruns",
      body,
    );
    expect(await verifySigV4(post, new TextEncoder().encode(body), options)).toMatchObject({
      ok: true,
    });
  });

  it("refuses tampering, a stale date, an unknown key and a missing session token", async () => {
    const url = "https://emr-serverless.eu-west-1.amazonaws.com/applications/a1/jobruns/r1";
    const good = await signed("GET", url);
    const tampered = new Request(url.replace("r1", "r2"), { headers: good.headers });
    expect(await verifySigV4(tampered, new Uint8Array(), options)).toMatchObject({
      ok: false,
      status: 403,
      code: "InvalidSignatureException",
    });
    const body = new TextEncoder().encode("{}");
    expect(await verifySigV4(good, body, options)).toMatchObject({
      ok: false,
      code: "InvalidSignatureException",
    });
    expect(
      await verifySigV4(good, new Uint8Array(), { ...options, now: now + 6 * 60_000 }),
    ).toMatchObject({ ok: false, code: "InvalidSignatureException" });
    expect(await verifySigV4(good, new Uint8Array(), { ...options, keys: [] })).toMatchObject({
      ok: false,
      code: "UnrecognizedClientException",
    });
    const headers = new Headers(good.headers);
    headers.delete("x-amz-security-token");
    expect(
      await verifySigV4(new Request(url, { headers }), new Uint8Array(), options),
    ).toMatchObject({ ok: false, code: "UnrecognizedClientException" });
    expect(await verifySigV4(new Request(url), new Uint8Array(), options)).toMatchObject({
      ok: false,
      code: "MissingAuthenticationTokenException",
    });
  });
});
