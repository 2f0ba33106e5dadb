import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  CancelJobRunCommand,
  EMRServerlessClient,
  type EMRServerlessClientConfig,
} from "@aws-sdk/client-emr-serverless";
import {
  type Clock,
  ConfigurationError,
  CredentialsError,
  PermissionDeniedError,
  TimeoutError,
  type OutgoingRequest,
} from "@cancel/core";
import {
  assertNoSecrets,
  authenticateRequest,
  createMockServer,
  specExamples,
} from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type AwsCredentials,
  cancelJobRun,
  createClient,
  createSigV4Authenticator,
  getJobRun,
} from "../src/index.js";
import { awsAuthErrorResponse, type IssuedKey, verifySigV4 } from "./fixtures/aws-verifier.js";

const APP = "00f1r6ss7gs9ue09";
const RUN = "00f1s0tqg1gkas09";
const KEY_ID = "AKIAIOSFODNN7EXAMPLE";
const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const TEMP_KEY_ID = "ASIAIOSFODNN7EXAMPLE";
const TEMP_SECRET = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY";
const TOKEN = "IQoJb3JpZ2luX2VjEXAMPLEtokenAAAAAAA//////////8+abc=";
const KEYS: Record<string, IssuedKey> = {
  [KEY_ID]: { secretAccessKey: SECRET },
  [TEMP_KEY_ID]: { secretAccessKey: TEMP_SECRET, sessionToken: TOKEN },
};
const AWS_ENV = [
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
];
const examples = specExamples("emr-serverless");
const cancelOk = examples.cancelJobRun!.success[0]!.value as Record<string, unknown>;
const getOk = examples.getJobRun!.success[0]!.value as Record<string, unknown>;

const mock = createMockServer();
beforeAll(() => mock.listen());
beforeEach(() => {
  for (const name of AWS_ENV) vi.stubEnv(name, "");
});
afterEach(() => {
  mock.reset();
  vi.unstubAllEnvs();
});
afterAll(() => mock.close());

/** An EMR Serverless endpoint that checks SigV4 the way AWS does before answering. */
function awsLike(region: string, options: { now?: () => number; answer?: () => Response } = {}) {
  const verdicts: Awaited<ReturnType<typeof verifySigV4>>[] = [];
  const handler = async ({ request }: { request: Request }) => {
    const body = new Uint8Array(await request.clone().arrayBuffer());
    const verdict = await verifySigV4(request, body, {
      keys: KEYS,
      service: "emr-serverless",
      region,
      now: options.now,
    });
    verdicts.push(verdict);
    if (!verdict.ok) return awsAuthErrorResponse(verdict);
    if (options.answer) return options.answer();
    return HttpResponse.json(request.method === "DELETE" ? cancelOk : getOk, {
      headers: { "x-amzn-RequestId": "req-ok" },
    });
  };
  mock.use(
    http.delete("https://*/applications/:app/jobruns/:run", handler),
    http.get("https://*/applications/:app/jobruns/:run", handler),
  );
  return verdicts;
}

describe("the README example with only AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_REGION", () => {
  beforeEach(() => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", KEY_ID);
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", SECRET);
    vi.stubEnv("AWS_REGION", "eu-west-1");
  });

  it("authenticates against a handler that verifies SigV4", async () => {
    const verdicts = awsLike("eu-west-1");
    // --- README example ---
    const client = createClient();
    const cancelled = await cancelJobRun(client, { applicationId: APP, jobRunId: RUN });
    const { jobRun } = await getJobRun(client, { applicationId: APP, jobRunId: RUN });
    // ---
    expect(cancelled).toEqual(cancelOk);
    expect(jobRun.state).toBeTypeOf("string");
    expect(verdicts).toEqual([
      { ok: true, accessKeyId: KEY_ID, signedHeaders: ["host", "x-amz-date"] },
      { ok: true, accessKeyId: KEY_ID, signedHeaders: ["host", "x-amz-date"] },
    ]);
    const [request] = mock.requests;
    expect(request!.url.origin).toBe("https://emr-serverless.eu-west-1.amazonaws.com");
    expect(request!.headers["authorization"]).toMatch(
      new RegExp(
        `^AWS4-HMAC-SHA256 Credential=${KEY_ID}/\\d{8}/eu-west-1/emr-serverless/aws4_request, SignedHeaders=host;x-amz-date, Signature=[0-9a-f]{64}$`,
      ),
    );
    expect(request!.headers["x-amz-date"]).toMatch(/^\d{8}T\d{6}Z$/);
    expect(request!.headers["x-amz-security-token"]).toBeUndefined();
  });

  it("a wrong secret gets AWS's 403 InvalidSignatureException as a PermissionDeniedError", async () => {
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "wrong-secret-EXAMPLE-0123456789abcdefghij");
    awsLike("eu-west-1");
    const client = createClient({ retry: false });
    const error = await cancelJobRun(client, { applicationId: APP, jobRunId: RUN }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PermissionDeniedError);
    const denied = error as PermissionDeniedError;
    expect(denied.status).toBe(403);
    expect(denied.code).toBe("InvalidSignatureException");
    expect(denied.vendorMessage).toMatch(/^The request signature we calculated does not match/);
    expect(denied.requestId).toBe("4b1c2c4e-auth");
    assertNoSecrets(error, [
      "wrong-secret",
      mock.requests[0]!.headers["authorization"]!.slice(-64),
    ]);
  });

  it("an unknown access key gets UnrecognizedClientException", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIAUNKNOWNEXAMPLE00");
    awsLike("eu-west-1");
    const error = await cancelJobRun(createClient({ retry: false }), {
      applicationId: APP,
      jobRunId: RUN,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).code).toBe("UnrecognizedClientException");
  });

  it("sends and signs AWS_SESSION_TOKEN", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", TEMP_KEY_ID);
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", TEMP_SECRET);
    vi.stubEnv("AWS_SESSION_TOKEN", TOKEN);
    const verdicts = awsLike("eu-west-1");
    await cancelJobRun(createClient(), { applicationId: APP, jobRunId: RUN });
    expect(verdicts[0]).toEqual({
      ok: true,
      accessKeyId: TEMP_KEY_ID,
      signedHeaders: ["host", "x-amz-date", "x-amz-security-token"],
    });
    expect(mock.requests[0]!.headers["x-amz-security-token"]).toBe(TOKEN);
  });

  it("reads the environment at each request", async () => {
    const verdicts = awsLike("eu-west-1");
    const client = createClient();
    await cancelJobRun(client, { applicationId: APP, jobRunId: RUN });
    vi.stubEnv("AWS_ACCESS_KEY_ID", TEMP_KEY_ID);
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", TEMP_SECRET);
    vi.stubEnv("AWS_SESSION_TOKEN", TOKEN);
    await cancelJobRun(client, { applicationId: APP, jobRunId: RUN });
    expect(verdicts.map((v) => v.ok && v.accessKeyId)).toEqual([KEY_ID, TEMP_KEY_ID]);
  });
});

describe("precedence", () => {
  it("options win over the environment (credentials and region)", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIAFROMENVIRONMENT0");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "secret-from-env");
    vi.stubEnv("AWS_REGION", "us-west-2");
    const verdicts = awsLike("ap-southeast-2");
    const client = createClient({
      region: "ap-southeast-2",
      credentials: { accessKeyId: KEY_ID, secretAccessKey: SECRET },
    });
    await cancelJobRun(client, { applicationId: APP, jobRunId: RUN });
    expect(verdicts[0]!.ok).toBe(true);
    expect(mock.requests[0]!.url.host).toBe("emr-serverless.ap-southeast-2.amazonaws.com");
  });

  it("AWS_REGION wins over AWS_DEFAULT_REGION, which is used alone", () => {
    vi.stubEnv("AWS_DEFAULT_REGION", "eu-north-1");
    const credentials = { accessKeyId: KEY_ID, secretAccessKey: SECRET };
    expect(createClient({ credentials }).transport.baseUrl.host).toBe(
      "emr-serverless.eu-north-1.amazonaws.com",
    );
    vi.stubEnv("AWS_REGION", "eu-south-1");
    expect(createClient({ credentials }).transport.baseUrl.host).toBe(
      "emr-serverless.eu-south-1.amazonaws.com",
    );
  });

  it("server.region still picks the endpoint and the signing region", async () => {
    const verdicts = awsLike("eu-central-1");
    const client = createClient({
      server: { region: "eu-central-1" },
      credentials: { accessKeyId: KEY_ID, secretAccessKey: SECRET },
    });
    await getJobRun(client, { applicationId: APP, jobRunId: RUN, attempt: 2 });
    expect(verdicts[0]!.ok).toBe(true);
    expect(mock.requests[0]!.url.href).toBe(
      `https://emr-serverless.eu-central-1.amazonaws.com/applications/${APP}/jobruns/${RUN}?attempt=2`,
    );
  });
});

describe("endpoints", () => {
  const credentials = { accessKeyId: KEY_ID, secretAccessKey: SECRET };
  const hostOf = (options: Parameters<typeof createClient>[0]) =>
    createClient({ credentials, ...options }).transport.baseUrl.href;

  it.each([
    [{ region: "eu-west-1" }, "https://emr-serverless.eu-west-1.amazonaws.com/"],
    [{ region: "cn-north-1" }, "https://emr-serverless.cn-north-1.amazonaws.com.cn/"],
    [{ region: "cn-northwest-1" }, "https://emr-serverless.cn-northwest-1.amazonaws.com.cn/"],
    [{ region: "us-gov-west-1" }, "https://emr-serverless.us-gov-west-1.amazonaws.com/"],
    [
      { region: "us-east-1", useFipsEndpoint: true },
      "https://emr-serverless-fips.us-east-1.amazonaws.com/",
    ],
    [
      { region: "us-gov-west-1", useFipsEndpoint: true },
      "https://emr-serverless-fips.us-gov-west-1.amazonaws.com/",
    ],
    // The partition's DNS suffix, not a literal amazonaws.com (botocore data/partitions.json).
    [
      { region: "cn-north-1", useFipsEndpoint: true },
      "https://emr-serverless-fips.cn-north-1.amazonaws.com.cn/",
    ],
    [{ region: "eusc-de-east-1" }, "https://emr-serverless.eusc-de-east-1.amazonaws.eu/"],
    [{ region: "us-iso-east-1" }, "https://emr-serverless.us-iso-east-1.c2s.ic.gov/"],
    [{ region: "us-isob-east-1" }, "https://emr-serverless.us-isob-east-1.sc2s.sgov.gov/"],
    [{ region: "eu-isoe-west-1" }, "https://emr-serverless.eu-isoe-west-1.cloud.adc-e.uk/"],
    [
      { region: "us-isof-south-1", useFipsEndpoint: true },
      "https://emr-serverless-fips.us-isof-south-1.csp.hci.ic.gov/",
    ],
    [
      { region: "eu-west-1", useDualstackEndpoint: true },
      "https://emr-serverless.eu-west-1.api.aws/",
    ],
    [
      { region: "cn-northwest-1", useDualstackEndpoint: true },
      "https://emr-serverless.cn-northwest-1.api.amazonwebservices.com.cn/",
    ],
    [
      { region: "us-gov-east-1", useFipsEndpoint: true, useDualstackEndpoint: true },
      "https://emr-serverless-fips.us-gov-east-1.api.aws/",
    ],
    [
      { region: "cn-north-1", server: { dnsSuffix: "api.amazonwebservices.com.cn" as const } },
      "https://emr-serverless.cn-north-1.api.amazonwebservices.com.cn/",
    ],
    [
      {
        region: "eu-west-1",
        endpoint: "https://vpce-0abc.emr-serverless.eu-west-1.vpce.amazonaws.com",
      },
      "https://vpce-0abc.emr-serverless.eu-west-1.vpce.amazonaws.com/",
    ],
    [
      { region: "eu-west-1", baseUrl: "https://proxy.example.com/emr" },
      "https://proxy.example.com/emr",
    ],
    [
      { endpoint: "https://emr-serverless.sa-east-1.amazonaws.com" },
      "https://emr-serverless.sa-east-1.amazonaws.com/",
    ],
  ])("%j → %s", (options, expected) => {
    expect(hostOf(options)).toBe(expected);
  });

  it("signs for the region of an explicit AWS endpoint when no region is given", async () => {
    const verdicts = awsLike("sa-east-1");
    const client = createClient({
      credentials,
      endpoint: "https://emr-serverless.sa-east-1.amazonaws.com",
    });
    await cancelJobRun(client, { applicationId: APP, jobRunId: RUN });
    expect(verdicts[0]!.ok).toBe(true);
  });

  it.each([
    [{}, /no AWS Region/],
    [{ endpoint: "https://proxy.example.com" }, /no AWS Region/],
    [{ region: "eu-west-1\r\nX: y" }, /not an AWS Region name/],
    [{ region: "evil.com/x" }, /not an AWS Region name/],
    [
      { region: "cn-north-1", server: { dnsSuffix: "amazonaws.com" } },
      /server.dnsSuffix amazonaws.com is not the DNS suffix of the aws-cn partition of cn-north-1 \(amazonaws.com.cn\)/,
    ],
    [
      { region: "eu-west-1", useDualstackEndpoint: false, server: { dnsSuffix: "api.aws" } },
      /server.dnsSuffix api.aws is not the DNS suffix of the aws partition/,
    ],
    [
      { region: "eu-west-1", useFipsEndpoint: true, endpoint: "https://proxy.example.com" },
      /useFipsEndpoint picks an AWS endpoint, endpoint gives your own/,
    ],
    [
      { region: "eu-west-1", useDualstackEndpoint: true, baseUrl: "https://proxy.example.com" },
      /useDualstackEndpoint picks an AWS endpoint, baseUrl gives your own/,
    ],
    [{ region: "eu-west-1", server: { region: "us-east-1" } }, /disagree/],
    [
      { region: "eu-west-1", endpoint: "https://a.example", baseUrl: "https://b.example" },
      /disagree/,
    ],
    [
      { region: "eu-west-1", authenticate: (r: OutgoingRequest) => r },
      /either credentials .* or authenticate/,
    ],
  ])("refuses %j with a ConfigurationError", (options, message) => {
    let error: unknown;
    try {
      createClient({ credentials, ...options } as Parameters<typeof createClient>[0]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
  });

  it("with its own authenticate hook, the client keeps the spec's default endpoint", () => {
    vi.stubEnv("AWS_REGION", "eu-west-1");
    const client = createClient({ authenticate: (r) => r });
    expect(client.transport.baseUrl.href).toBe("https://emr-serverless.us-east-1.amazonaws.com/");
  });
});

describe("credentials providers", () => {
  it("accepts the AWS SDK's credential providers as they are typed", () => {
    type SdkProvider = Extract<
      NonNullable<EMRServerlessClientConfig["credentials"]>,
      (...args: never[]) => unknown
    >;
    const sdkProvider: SdkProvider = async () => ({
      accessKeyId: KEY_ID,
      secretAccessKey: SECRET,
      expiration: new Date(Date.now() + 3_600_000),
    });
    expect(() => createClient({ region: "eu-west-1", credentials: sdkProvider })).not.toThrow();
  });

  it("calls a provider without expiration for every request", async () => {
    const verdicts = awsLike("eu-west-1");
    const provider = vi.fn(async (): Promise<AwsCredentials> => ({
      accessKeyId: KEY_ID,
      secretAccessKey: SECRET,
    }));
    const client = createClient({ region: "eu-west-1", credentials: provider });
    await cancelJobRun(client, { applicationId: APP, jobRunId: RUN });
    await getJobRun(client, { applicationId: APP, jobRunId: RUN });
    expect(provider).toHaveBeenCalledTimes(2);
    expect(verdicts.every((v) => v.ok)).toBe(true);
  });

  it("reuses temporary credentials until five minutes before they expire, then refreshes", async () => {
    let now = Date.now();
    const verdicts = awsLike("eu-west-1", { now: () => now });
    const expiration = new Date(now + 60 * 60 * 1000);
    const provider = vi.fn(async (): Promise<AwsCredentials> => ({
      accessKeyId: TEMP_KEY_ID,
      secretAccessKey: TEMP_SECRET,
      sessionToken: TOKEN,
      expiration,
    }));
    const auth = createSigV4Authenticator({
      region: "eu-west-1",
      credentials: provider,
      clock: () => now,
    });
    const client = createClient({ authenticate: auth, region: "eu-west-1" });
    await cancelJobRun(client, { applicationId: APP, jobRunId: RUN });
    now += 50 * 60 * 1000; // 10 minutes left
    await cancelJobRun(client, { applicationId: APP, jobRunId: RUN });
    expect(provider).toHaveBeenCalledTimes(1);
    now += 6 * 60 * 1000; // 4 minutes left: refresh
    await cancelJobRun(client, { applicationId: APP, jobRunId: RUN });
    expect(provider).toHaveBeenCalledTimes(2);
    expect(verdicts.every((v) => v.ok)).toBe(true);
  });

  it("shares one provider call between concurrent requests", async () => {
    awsLike("eu-west-1");
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const provider = vi.fn(async (): Promise<AwsCredentials> => {
      await gate;
      return {
        accessKeyId: KEY_ID,
        secretAccessKey: SECRET,
        expiration: new Date(Date.now() + 3_600_000),
      };
    });
    const client = createClient({ region: "eu-west-1", credentials: provider });
    const calls = [1, 2, 3].map(() => cancelJobRun(client, { applicationId: APP, jobRunId: RUN }));
    release();
    await Promise.all(calls);
    expect(provider).toHaveBeenCalledTimes(1);
  });

  it("a provider that never answers ends with the attempt's timeout", async () => {
    const client = createClient({
      region: "eu-west-1",
      credentials: () => new Promise<AwsCredentials>(() => {}),
      timeoutMs: 50,
      retry: false,
    });
    const error = await cancelJobRun(client, { applicationId: APP, jobRunId: RUN }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(mock.requests).toHaveLength(0);
  });

  it("refuses credentials that already expired", async () => {
    const client = createClient({
      region: "eu-west-1",
      credentials: async () => ({
        accessKeyId: KEY_ID,
        secretAccessKey: SECRET,
        expiration: new Date(Date.now() - 1000),
      }),
    });
    const error = await cancelJobRun(client, { applicationId: APP, jobRunId: RUN }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as Error).message).toMatch(/expired at/);
    expect(mock.requests).toHaveLength(0);
  });
});

describe("every attempt is signed afresh", () => {
  it("a retry carries a new X-Amz-Date and a new signature, both valid", async () => {
    let now = Date.UTC(2026, 4, 1, 12, 0, 0);
    const clock: Clock = {
      now: () => now,
      sleep: async (ms) => {
        now += ms;
      },
    };
    let calls = 0;
    const verdicts = awsLike("eu-west-1", {
      now: () => now,
      answer: () => {
        calls++;
        if (calls === 1) {
          now += 2000; // the first attempt takes two seconds to fail
          return HttpResponse.json(
            { message: "Service unavailable" },
            { status: 503, headers: { "X-Amzn-ErrorType": "ServiceUnavailableException" } },
          );
        }
        return HttpResponse.json(getOk);
      },
    });
    const client = createClient({
      region: "eu-west-1",
      credentials: { accessKeyId: KEY_ID, secretAccessKey: SECRET },
      clock,
      random: () => 0.5,
    });
    await getJobRun(client, { applicationId: APP, jobRunId: RUN });
    expect(mock.requests).toHaveLength(2);
    expect(verdicts.map((v) => v.ok)).toEqual([true, true]);
    const [first, second] = mock.requests;
    expect(first!.headers["x-amz-date"]).toBe("20260501T120000Z");
    expect(second!.headers["x-amz-date"]).not.toBe(first!.headers["x-amz-date"]);
    expect(second!.headers["authorization"]).not.toBe(first!.headers["authorization"]);
  });

  it("the hook itself signs each attempt with the clock's time", async () => {
    let now = Date.UTC(2026, 4, 1, 12, 0, 0);
    const auth = createSigV4Authenticator({
      region: "eu-west-1",
      credentials: { accessKeyId: KEY_ID, secretAccessKey: SECRET },
      clock: () => now,
    });
    const url = `https://emr-serverless.eu-west-1.amazonaws.com/applications/${APP}/jobruns/${RUN}`;
    const context = { provider: "emr-serverless", operation: "cancelJobRun", body: undefined };
    const one = await authenticateRequest(auth, new Request(url, { method: "DELETE" }), {
      ...context,
      attempt: 1,
    });
    now += 1000;
    const two = await authenticateRequest(auth, new Request(url, { method: "DELETE" }), {
      ...context,
      attempt: 2,
    });
    expect(one.headers.get("x-amz-date")).toBe("20260501T120000Z");
    expect(two.headers.get("x-amz-date")).toBe("20260501T120001Z");
    for (const request of [one, two]) {
      const verdict = await verifySigV4(request, "", {
        keys: KEYS,
        service: "emr-serverless",
        region: "eu-west-1",
        now: () => now,
      });
      expect(verdict.ok).toBe(true);
    }
  });
});

describe("header-splitting input is refused and nothing is sent", () => {
  const bad = ["tok\r\nX-Injected: 1", "tok\nevil", "tok\u0000", " tok", "tok\u2028"];

  it.each(bad)("session token %j in options: ConfigurationError at createClient", (token) => {
    expect(() =>
      createClient({
        region: "eu-west-1",
        credentials: {
          accessKeyId: TEMP_KEY_ID,
          secretAccessKey: TEMP_SECRET,
          sessionToken: token,
        },
      }),
    ).toThrow(ConfigurationError);
  });

  it.each(["AKID\r\nX: y", "AKID/EXTRA", "AKID, Signature=0", "AKID EXAMPLE"])(
    "access key id %j in options: ConfigurationError",
    (accessKeyId) => {
      expect(() =>
        createClient({
          region: "eu-west-1",
          credentials: { accessKeyId, secretAccessKey: SECRET },
        }),
      ).toThrow(ConfigurationError);
    },
  );

  // (An environment variable cannot hold NUL.)
  it.each(bad.filter((t) => !t.includes("\u0000")))(
    "session token %j from the environment: CredentialsError",
    async (token) => {
      vi.stubEnv("AWS_ACCESS_KEY_ID", TEMP_KEY_ID);
      vi.stubEnv("AWS_SECRET_ACCESS_KEY", TEMP_SECRET);
      vi.stubEnv("AWS_SESSION_TOKEN", token);
      const error = await cancelJobRun(createClient({ region: "eu-west-1" }), {
        applicationId: APP,
        jobRunId: RUN,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CredentialsError);
      expect((error as Error).message).toMatch(/AWS_SESSION_TOKEN/);
      expect(mock.requests).toHaveLength(0);
    },
  );

  it.each(bad)("session token %j from a provider: CredentialsError", async (token) => {
    const client = createClient({
      region: "eu-west-1",
      credentials: async () => ({
        accessKeyId: TEMP_KEY_ID,
        secretAccessKey: TEMP_SECRET,
        sessionToken: token,
      }),
    });
    const error = await cancelJobRun(client, { applicationId: APP, jobRunId: RUN }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CredentialsError);
    expect(mock.requests).toHaveLength(0);
  });

  it("a secret with a trailing newline (read from a file) is refused before signing", () => {
    expect(() =>
      createClient({
        region: "eu-west-1",
        credentials: { accessKeyId: KEY_ID, secretAccessKey: `${SECRET}\n` },
      }),
    ).toThrow(/stray newline/);
  });
});

describe("a runtime without WebCrypto", () => {
  // Outside Node the signer hashes with crypto.subtle: a browser page on plain http has none.
  it.runIf(process.env.EXPECTED_RUNTIME === "fetch")(
    "fails with a CredentialsError that says so, and sends nothing",
    async () => {
      vi.stubGlobal("crypto", {});
      try {
        const client = createClient({
          region: "eu-west-1",
          credentials: { accessKeyId: KEY_ID, secretAccessKey: SECRET },
        });
        const error = await cancelJobRun(client, { applicationId: APP, jobRunId: RUN }).catch(
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(CredentialsError);
        expect((error as Error).message).toMatch(/signing needs WebCrypto \(crypto\.subtle\)/);
        expect(mock.requests).toHaveLength(0);
        assertNoSecrets(error, [SECRET]);
      } finally {
        vi.unstubAllGlobals();
      }
    },
  );
});

describe("over a real socket", () => {
  let server: Server;
  let seen: { host: string | undefined; verdict: Awaited<ReturnType<typeof verifySigV4>> }[] = [];
  beforeAll(async () => {
    server = createServer(async (req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === "string") headers.set(name, value);
      }
      const request = new Request(`http://${req.headers.host}${req.url}`, {
        method: req.method,
        headers,
      });
      const verdict = await verifySigV4(request, new Uint8Array(Buffer.concat(chunks)), {
        keys: KEYS,
        service: "emr-serverless",
        region: "eu-west-1",
        host: req.headers.host,
      });
      seen.push({ host: req.headers.host, verdict });
      const answer = verdict.ok
        ? new Response(JSON.stringify(cancelOk), {
            headers: { "content-type": "application/json" },
          })
        : awsAuthErrorResponse(verdict);
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(await answer.text());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    mock.server.close();
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    mock.listen();
  });
  beforeEach(() => {
    seen = [];
  });

  it("signs the Host header fetch really sends (with the port)", async () => {
    const { port } = server.address() as AddressInfo;
    const client = createClient({
      region: "eu-west-1",
      endpoint: `http://127.0.0.1:${port}`,
      allowInsecureLoopback: true,
      credentials: { accessKeyId: KEY_ID, secretAccessKey: SECRET },
      headers: { "user-agent": "cancel-test", "x-extra": "not signed" },
    });
    await expect(
      cancelJobRun(client, { applicationId: APP, jobRunId: RUN, shutdownGracePeriodInSeconds: 60 }),
    ).resolves.toEqual(cancelOk);
    expect(seen).toEqual([
      {
        host: `127.0.0.1:${port}`,
        verdict: { ok: true, accessKeyId: KEY_ID, signedHeaders: ["host", "x-amz-date"] },
      },
    ]);
  });
});

describe("the official AWS SDK against the same verifier", () => {
  it("its signed cancel passes the verifier and has the same shape as ours", async () => {
    const verdicts = awsLike("eu-west-1");
    const sdk = new EMRServerlessClient({
      region: "eu-west-1",
      credentials: { accessKeyId: KEY_ID, secretAccessKey: SECRET },
      maxAttempts: 1,
    });
    await sdk.send(
      new CancelJobRunCommand({
        applicationId: APP,
        jobRunId: RUN,
        shutdownGracePeriodInSeconds: 300,
      }),
    );
    const ours = createClient({
      region: "eu-west-1",
      credentials: { accessKeyId: KEY_ID, secretAccessKey: SECRET },
    });
    await cancelJobRun(ours, {
      applicationId: APP,
      jobRunId: RUN,
      shutdownGracePeriodInSeconds: 300,
    });
    expect(verdicts.map((v) => v.ok)).toEqual([true, true]);
    const [theirs, mine] = mock.requests;
    expect(mine!.method).toBe(theirs!.method);
    expect(mine!.url.href).toBe(theirs!.url.href);
    // The SDK signs more of its own headers (user agent, content hash); AWS requires host and
    // x-amz-date, which both sign.
    const signed = (r: typeof theirs) =>
      /SignedHeaders=([^,]+)/.exec(r!.headers["authorization"]!)![1]!.split(";");
    expect(signed(theirs)).toEqual(expect.arrayContaining(["host", "x-amz-date"]));
    expect(signed(mine)).toEqual(["host", "x-amz-date"]);
  });
});
