/**
 * No secret in any error: every kind of failure under every way of passing credentials, with
 * every rendering of the error and its causes, every attempt event and every console line
 * searched for the secret access key, the session token and every signature that went out.
 */
import { inspect } from "node:util";
import { CancelSdkError } from "@cancel/core";
import { assertNoSecrets, createMockServer } from "@cancel/testkit";
import { delay, HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type AwsCredentials, cancelJobRun, createClient, getJobRun } from "../src/index.js";
import { awsAuthErrorResponse, type IssuedKey, verifySigV4 } from "./fixtures/aws-verifier.js";

const APP = "00f1r6ss7gs9ue09";
const RUN = "00f1s0tqg1gkas09";
const KEY_ID = "ASIAQNOTASECRETKEYID";
const SECRET = "Zq8SECRETkey/ZZZZ+neverPrintMe0123456789x";
const TOKEN = "FwoGZXIvYXdzEOSESSIONtokenNeverPrintMe//////////AAAA+/=";
const AWS_ENV = [
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
];

const mock = createMockServer();
const consoleLines: string[] = [];
beforeAll(() => {
  mock.listen();
  for (const level of ["log", "info", "warn", "error", "debug", "trace"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map((a) => inspect(a, { depth: null })).join(" "));
    });
  }
});
beforeEach(() => {
  for (const name of AWS_ENV) vi.stubEnv(name, "");
});
afterEach(() => {
  mock.reset();
  vi.unstubAllEnvs();
});
afterAll(() => {
  mock.close();
  vi.restoreAllMocks();
});

type Mode = "options" | "provider" | "environment";
const modes: { mode: Mode; token: boolean }[] = [
  { mode: "options", token: false },
  { mode: "options", token: true },
  { mode: "provider", token: false },
  { mode: "provider", token: true },
  { mode: "environment", token: false },
  { mode: "environment", token: true },
];

function credentialsFor(mode: Mode, token: boolean, value?: unknown) {
  const creds = value ?? {
    accessKeyId: KEY_ID,
    secretAccessKey: SECRET,
    ...(token ? { sessionToken: TOKEN } : {}),
  };
  if (mode === "environment") {
    const c = creds as Record<string, string | undefined>;
    if (c["accessKeyId"]) vi.stubEnv("AWS_ACCESS_KEY_ID", c["accessKeyId"]);
    if (c["secretAccessKey"]) vi.stubEnv("AWS_SECRET_ACCESS_KEY", c["secretAccessKey"]);
    if (c["sessionToken"]) vi.stubEnv("AWS_SESSION_TOKEN", c["sessionToken"]);
    return undefined;
  }
  if (mode === "provider") return async () => creds as AwsCredentials;
  return creds as AwsCredentials;
}

function signaturesSent(): string[] {
  return mock.requests.flatMap((r) => {
    const m = /Signature=([0-9a-f]{64})/.exec(r.headers["authorization"] ?? "");
    return m ? [m[1]!, r.headers["authorization"]!] : [];
  });
}

function expectNoSecrets(error: unknown, events: unknown[]) {
  expect(error).toBeInstanceOf(CancelSdkError);
  // A fragment catches partial leaks (truncation, escaping).
  const secrets = [SECRET, TOKEN, "neverPrintMe", "NeverPrintMe", ...signaturesSent()];
  assertNoSecrets(error, secrets, [JSON.stringify(events), ...consoleLines]);
}

function serve(keys: Record<string, IssuedKey>, after?: () => Response | Promise<Response>) {
  const handler = async ({ request }: { request: Request }) => {
    if (after && !keys[KEY_ID]) return after();
    const verdict = await verifySigV4(request, "", {
      keys,
      service: "emr-serverless",
      region: "eu-west-1",
    });
    if (!verdict.ok) return awsAuthErrorResponse(verdict);
    return after ? after() : HttpResponse.json({ applicationId: APP, jobRunId: RUN });
  };
  mock.use(
    http.delete("https://*/applications/:a/jobruns/:r", handler),
    http.get("https://*/applications/:a/jobruns/:r", handler),
  );
}

async function attempt(
  mode: Mode,
  token: boolean,
  call: "cancel" | "get" | "invalid" = "cancel",
  value?: unknown,
): Promise<{ error: unknown; events: unknown[] }> {
  const events: unknown[] = [];
  let error: unknown;
  try {
    const client = createClient({
      region: "eu-west-1",
      credentials: credentialsFor(mode, token, value),
      retry: { maxAttempts: 2, baseDelayMs: 1 },
      timeoutMs: 100,
      onAttempt: (event) => events.push(event),
    });
    if (call === "invalid") {
      await cancelJobRun(client, { applicationId: APP, jobRunId: "A/B" });
    } else if (call === "get") {
      await getJobRun(client, { applicationId: APP, jobRunId: RUN });
    } else {
      await cancelJobRun(client, { applicationId: APP, jobRunId: RUN });
    }
  } catch (e) {
    error = e;
  }
  return { error, events };
}

const issued = (token: boolean, secret = SECRET): Record<string, IssuedKey> => ({
  [KEY_ID]: { secretAccessKey: secret, ...(token ? { sessionToken: TOKEN } : {}) },
});

describe.each(modes)("credentials from $mode (session token: $token)", ({ mode, token }) => {
  beforeEach(() => {
    consoleLines.length = 0;
  });

  it("vendor 403 InvalidSignatureException", async () => {
    serve(issued(token, "the-secret-AWS-has-on-file-EXAMPLE"));
    const { error, events } = await attempt(mode, token);
    expect((error as { code?: string }).code).toBe("InvalidSignatureException");
    expect(mock.requests.length).toBeGreaterThan(0);
    expectNoSecrets(error, events);
  });

  it("vendor 403 UnrecognizedClientException", async () => {
    serve({});
    const { error, events } = await attempt(mode, token, "get");
    expect((error as { code?: string }).code).toBe("UnrecognizedClientException");
    expectNoSecrets(error, events);
  });

  it("network error (after retries)", async () => {
    serve(issued(token), () => HttpResponse.error());
    const { error, events } = await attempt(mode, token);
    expect((error as Error).name).toBe("ConnectionError");
    expect(mock.requests).toHaveLength(2);
    expectNoSecrets(error, events);
  });

  it("timeout", async () => {
    serve(issued(token), async () => {
      await delay(1000);
      return HttpResponse.json({});
    });
    const { error, events } = await attempt(mode, token, "get");
    expect((error as Error).name).toBe("TimeoutError");
    expectNoSecrets(error, events);
  });

  it("server error with the request echoed back in the body", async () => {
    // A misbehaving proxy that reflects the request headers: the error keeps its body, which is
    // the vendor's answer, not ours; the signature it echoes must still not be in our message.
    serve(issued(token), () =>
      HttpResponse.json(
        { message: "upstream failure" },
        { status: 500, headers: { "x-amzn-ErrorType": "InternalServerException" } },
      ),
    );
    const { error, events } = await attempt(mode, token);
    expect((error as Error).name).toBe("ServerError");
    expectNoSecrets(error, events);
  });

  it("validation error (nothing sent)", async () => {
    const { error, events } = await attempt(mode, token, "invalid");
    expect((error as Error).name).toBe("ValidationError");
    expect(mock.requests).toHaveLength(0);
    expectNoSecrets(error, events);
  });

  it.each([
    ["no access key id", { secretAccessKey: SECRET, sessionToken: TOKEN }],
    ["no secret", { accessKeyId: KEY_ID, sessionToken: TOKEN }],
    [
      "a token with CR LF",
      {
        accessKeyId: KEY_ID,
        secretAccessKey: SECRET,
        sessionToken: `${TOKEN}\r\nX-Evil: ${SECRET}`,
      },
    ],
    ["a secret with a trailing newline", { accessKeyId: KEY_ID, secretAccessKey: `${SECRET}\n` }],
  ])("missing or malformed credentials: %s", async (_name, value) => {
    const { error, events } = await attempt(mode, token, "cancel", value);
    expect(["ConfigurationError", "CredentialsError"]).toContain((error as Error).name);
    expect(mock.requests).toHaveLength(0);
    expectNoSecrets(error, events);
  });
});

describe("credentials provider failures", () => {
  beforeEach(() => {
    consoleLines.length = 0;
  });

  it.each([
    [
      "throws an Error",
      () => Promise.reject(new Error("Could not load credentials from any providers")),
    ],
    ["throws a string", () => Promise.reject("no profile")],
    [
      "throws synchronously",
      () => {
        throw new TypeError("provider bug");
      },
    ],
    ["returns undefined", async () => undefined],
    ["returns a string", async () => SECRET],
    [
      "returns a number as the key id",
      async () => ({ accessKeyId: 42, secretAccessKey: SECRET, sessionToken: TOKEN }),
    ],
    [
      "returns a non-string token",
      async () => ({ accessKeyId: KEY_ID, secretAccessKey: SECRET, sessionToken: { TOKEN } }),
    ],
    [
      "returns an invalid expiration",
      async () => ({
        accessKeyId: KEY_ID,
        secretAccessKey: SECRET,
        sessionToken: TOKEN,
        expiration: `${SECRET}`,
      }),
    ],
    [
      "returns expired credentials",
      async () => ({
        accessKeyId: KEY_ID,
        secretAccessKey: SECRET,
        sessionToken: TOKEN,
        expiration: new Date(0),
      }),
    ],
  ])("provider %s: CredentialsError, nothing sent, no secret", async (_name, provider) => {
    const client = createClient({
      region: "eu-west-1",
      credentials: provider as never,
      retry: false,
    });
    const caught = await cancelJobRun(client, { applicationId: APP, jobRunId: RUN }).catch(
      (e: unknown) => e,
    );
    expect((caught as Error).name).toBe("CredentialsError");
    expect(mock.requests.length).toBe(0);
    expectNoSecrets(caught, []);
  });

  it("a provider error that quotes a secret seen before is redacted and not kept as cause", async () => {
    serve(issued(true));
    let calls = 0;
    const client = createClient({
      region: "eu-west-1",
      credentials: async () => {
        calls++;
        if (calls === 1)
          return { accessKeyId: KEY_ID, secretAccessKey: SECRET, sessionToken: TOKEN };
        throw new Error(`refresh failed for token ${TOKEN} and key ${SECRET}`);
      },
      retry: false,
    });
    await cancelJobRun(client, { applicationId: APP, jobRunId: RUN });
    const error = await cancelJobRun(client, { applicationId: APP, jobRunId: RUN }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).name).toBe("CredentialsError");
    expect((error as Error).message).toContain("[redacted]");
    expect((error as Error).cause).toBeUndefined();
    expectNoSecrets(error, []);
  });
});

describe("the client object itself", () => {
  it("shows no credentials in util.inspect or JSON", async () => {
    serve(issued(true));
    const client = createClient({
      region: "eu-west-1",
      credentials: { accessKeyId: KEY_ID, secretAccessKey: SECRET, sessionToken: TOKEN },
    });
    await cancelJobRun(client, { applicationId: APP, jobRunId: RUN });
    const text = `${inspect(client, { depth: null, showHidden: true })}${JSON.stringify(client.transport)}`;
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
  });
});
