import { inspect } from "node:util";
import {
  assertNoSecrets,
  ECHO_STYLES,
  echoAnswer,
  type EchoStyle,
  viaRequest,
} from "@cancel/testkit";
import { describe, expect, it } from "vitest";
import { createProviderClient, invoke, type Operation } from "../src/client.js";
import { ApiError, ResponseParseError } from "../src/errors.js";
import { credentialSecrets, REDACTED, secretScrubber } from "../src/redact.js";
import type { OutgoingRequest } from "../src/transport.js";

const TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzcCJ9.c2lnbmF0dXJl";
const SESSION = "IQoJb3JpZ2luX2VjEBEa/CXVzLWVhc3QtMSJHMEUCIQ+Dx1x/bKc5==";
const SIGNATURE = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
const AMZ_DATE = "20250101T120000Z";

describe("credentialSecrets", () => {
  it("a bearer value: the whole value and the token", () => {
    expect(credentialSecrets(`Bearer ${TOKEN}`)).toEqual([`Bearer ${TOKEN}`, TOKEN]);
  });

  it("a Basic value: the whole value and the base64", () => {
    const basic = btoa("client-id:s3cret+with/plus");
    expect(credentialSecrets(`Basic ${basic}`)).toEqual([`Basic ${basic}`, basic]);
  });

  it("SigV4 and Huawei signatures: the signature, not the key id, scope or header list", () => {
    const sigv4 = `AWS4-HMAC-SHA256 Credential=ASIAEXAMPLEKEYID0001/20250101/us-east-1/emr-serverless/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=${SIGNATURE}`;
    expect(credentialSecrets(sigv4)).toEqual([sigv4, SIGNATURE]);
    const huawei = `SDK-HMAC-SHA256 Access=HUAWEIAKEXAMPLE00001, SignedHeaders=host;x-sdk-date, Signature=${SIGNATURE}`;
    expect(credentialSecrets(huawei)).toEqual([huawei, SIGNATURE]);
  });

  it("Fabric's SubjectAndAppToken: both quoted tokens", () => {
    const value = `SubjectAndAppToken1.0 subjectToken="${TOKEN}", appToken="app.${TOKEN}"`;
    expect(credentialSecrets(value)).toEqual([value, TOKEN, `app.${TOKEN}`]);
  });

  it("a bare token (X-Auth-Token, a session token): the value", () => {
    expect(credentialSecrets(SESSION)).toEqual([SESSION]);
  });
});

describe("secretScrubber", () => {
  // b64token allows ~, which form encoding escapes and encodeURIComponent does not.
  const TILDE = "tok3n~with~tildes.0123456789";
  const scrub = secretScrubber([`Bearer ${TOKEN}`, TOKEN, SESSION, TILDE]);

  it.each([
    ["as sent", SESSION],
    ["JSON-escaped with \\/", SESSION.replaceAll("/", "\\/")],
    ["percent-encoded", encodeURIComponent(SESSION)],
    ["form-encoded (~ escaped too)", new URLSearchParams({ a: TILDE }).toString()],
    ["form-encoded, the space as +", new URLSearchParams({ a: `Bearer ${TOKEN}` }).toString()],
  ])("replaces a secret %s", (_name, echoed) => {
    const scrubbed = scrub(`before ${echoed} after`);
    expect(scrubbed).toMatch(/^before /);
    expect(scrubbed).toContain(REDACTED);
    expect(scrubbed).not.toContain(SESSION.slice(0, 20));
    expect(scrubbed).not.toContain(TOKEN.slice(0, 20));
    expect(scrubbed).not.toContain("tok3n");
  });

  it("replaces the whole value before the token inside it, and every occurrence", () => {
    expect(scrub(`Authorization: Bearer ${TOKEN}; again ${TOKEN}`)).toBe(
      `Authorization: ${REDACTED}; again ${REDACTED}`,
    );
  });

  it("the test helper itself finds an encoded secret deep in a cause", () => {
    const leaky = new Error("outer", { cause: { echoed: encodeURIComponent(SESSION) } });
    expect(() => assertNoSecrets(leaky, [SESSION])).toThrow(/leaked through/);
  });

  it("leaves fragments too short to be secret, so ordinary words survive", () => {
    const short = secretScrubber(["job", "Bearer", "1234567"]);
    expect(short("the job Bearer 1234567 was refused")).toBe("the job Bearer 1234567 was refused");
  });
});

interface Paths {
  "/jobs/{id}": {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: {
          headers: Record<string, unknown>;
          content: { "application/json": { state: string } };
        };
      };
    };
  };
}

const getJob: Operation<{ id: string }, unknown, Paths> = {
  operationId: "getJob",
  method: "GET",
  path: "/jobs/{id}",
  fields: [{ key: "id", name: "id", in: "path", required: true, schema: { type: "string" } }],
  success: { "200": { json: true, emptyOk: false } },
};

/** A client whose auth hook sets a bearer token, a session token and a signature date. */
function echoingClient(answer: (request: Request) => Response) {
  return createProviderClient<Paths>(
    {
      provider: "test",
      errors: {
        code: [{ from: "body", pointer: "/code" }],
        message: [
          { from: "header", name: "x-error-message" },
          { from: "body", pointer: "/message" },
        ],
        requestId: [{ from: "header", name: "x-request-id" }],
      },
    },
    {
      baseUrl: "https://api.example/v1",
      headers: { "x-trace-id": "trace-0123456789" },
      retry: false,
      fetch: viaRequest(async (request) => answer(request)),
      authenticate: (request: OutgoingRequest) => {
        request.headers.set("authorization", `Bearer ${TOKEN}`);
        request.headers.set("x-amz-security-token", SESSION);
        request.headers.set("x-amz-date", AMZ_DATE);
      },
    },
  );
}

const SECRETS = [TOKEN, SESSION, TOKEN.slice(10, 30), SESSION.slice(10, 30)];

async function failure(answer: (request: Request) => Response): Promise<unknown> {
  const error = await invoke(echoingClient(answer), getJob, { id: "j" }).catch((e: unknown) => e);
  if (error === undefined) throw new Error("expected the call to fail");
  return error;
}

describe("transport: an answer that echoes the attempt's credentials", () => {
  it.each(ECHO_STYLES)(
    "%s: scrubbed from message, vendorMessage, body and snippet",
    async (style) => {
      const error = await failure((request) => echoAnswer(request, style as EchoStyle));
      expect(error).toBeInstanceOf(ApiError);
      assertNoSecrets(error, SECRETS);
      // The echo arrived and was scrubbed, not dropped: the rest of it is still there.
      const shown = inspect(error, { depth: Number.POSITIVE_INFINITY });
      expect(shown).toContain(REDACTED);
      expect(shown).toContain(AMZ_DATE);
      // The HTML page's snippet ends before the client's own header.
      if (style !== "html") expect(shown).toContain("trace-0123456789");
    },
  );

  it("scrubs a vendor message sent as a header", async () => {
    const error = (await failure(
      (request) =>
        new Response(null, {
          status: 403,
          headers: { "x-error-message": `refused ${request.headers.get("authorization")}` },
        }),
    )) as ApiError;
    expect(error.vendorMessage).toBe(`refused ${REDACTED}`);
    assertNoSecrets(error, SECRETS);
  });

  it("scrubs a 2xx page the spec's JSON refuses (snippet and the parser's cause)", async () => {
    for (const text of [
      `<html>proxy saw ${TOKEN} and ${SESSION}</html>`,
      `{"token": ${TOKEN}}`,
      `${SESSION} is not JSON`,
    ]) {
      const error = await failure(() => new Response(text, { status: 200 }));
      expect(error).toBeInstanceOf(ResponseParseError);
      expect((error as ResponseParseError).snippet).toContain(REDACTED);
      assertNoSecrets(error, SECRETS);
    }
    // Past the snippet's 200 characters, where only the parser's message quotes the token.
    const late = `{"a":"${"x".repeat(300)}", "b": ${SESSION}}`;
    const error = (await failure(() => new Response(late))) as ResponseParseError;
    expect(error.snippet).not.toContain(REDACTED);
    expect((error.cause as Error).message).toContain("[REDA");
    assertNoSecrets(error, [SESSION.slice(0, 10)]);
  });

  it("keeps an answer that repeats no credential as it was", async () => {
    const error = (await failure(() =>
      Response.json(
        { code: "DENIED", message: "token expired at 20250101T120000Z" },
        { status: 401 },
      ),
    )) as ApiError;
    expect(error.vendorMessage).toBe("token expired at 20250101T120000Z");
    expect(error.body).toEqual({ code: "DENIED", message: "token expired at 20250101T120000Z" });
  });
});
