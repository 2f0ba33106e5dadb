// AWS_ENDPOINT_URL_EMR_SERVERLESS and AWS_ENDPOINT_URL, read as the AWS SDKs read them: options
// win, the service's variable beats the global one, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true turns
// both off, and the Region still signs.
import { ConfigurationError } from "@cancel/core";
import { createMockServer } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cancelJobRun, createClient, type EmrServerlessClientOptions } from "../src/index.js";

const APP = "00f1r6ss7gs9ue09";
const RUN = "00f1s0tqg1gkas09";
const credentials = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7" };
const ENV = [
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_EMR_SERVERLESS",
  "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
];
const SERVICE = "https://emr.vpce-0a1b2c3d.example.com";
const GLOBAL = "https://localstack.example.com:4566";

const mock = createMockServer();
beforeAll(() => mock.listen());
beforeEach(() => {
  for (const name of ENV) vi.stubEnv(name, "");
  vi.stubEnv("AWS_REGION", "eu-west-1");
});
afterEach(() => {
  mock.reset();
  vi.unstubAllEnvs();
});
afterAll(() => mock.close());

const baseOf = (options: EmrServerlessClientOptions = {}) =>
  createClient({ credentials, ...options }).transport.baseUrl.href.replace(/\/$/, "");

describe.each<[string, Record<string, string>, EmrServerlessClientOptions, string]>([
  ["the service's variable", { AWS_ENDPOINT_URL_EMR_SERVERLESS: SERVICE }, {}, SERVICE],
  ["the global variable", { AWS_ENDPOINT_URL: GLOBAL }, {}, GLOBAL],
  [
    "the service's variable over the global one",
    { AWS_ENDPOINT_URL_EMR_SERVERLESS: SERVICE, AWS_ENDPOINT_URL: GLOBAL },
    {},
    SERVICE,
  ],
  [
    "the endpoint option over both",
    { AWS_ENDPOINT_URL_EMR_SERVERLESS: SERVICE, AWS_ENDPOINT_URL: GLOBAL },
    { endpoint: "https://proxy.example.com" },
    "https://proxy.example.com",
  ],
  [
    "the baseUrl option over both",
    { AWS_ENDPOINT_URL: GLOBAL },
    { baseUrl: "https://proxy.example.com" },
    "https://proxy.example.com",
  ],
  [
    "the region's endpoint when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true",
    {
      AWS_ENDPOINT_URL_EMR_SERVERLESS: SERVICE,
      AWS_ENDPOINT_URL: GLOBAL,
      AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "TRUE",
    },
    {},
    "https://emr-serverless.eu-west-1.amazonaws.com",
  ],
  [
    "the variables when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is not true",
    { AWS_ENDPOINT_URL: GLOBAL, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "false" },
    {},
    GLOBAL,
  ],
  [
    "the region's endpoint when neither is set",
    {},
    {},
    "https://emr-serverless.eu-west-1.amazonaws.com",
  ],
])("endpoint: %s", (_name, env, options, expected) => {
  it(`is ${expected}`, () => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    expect(baseOf(options)).toBe(expected);
  });
});

describe("an endpoint from the environment", () => {
  it("receives the requests, signed for the Region", async () => {
    vi.stubEnv("AWS_ENDPOINT_URL_EMR_SERVERLESS", SERVICE);
    vi.stubEnv("AWS_REGION", "ap-southeast-2");
    const seen: Request[] = [];
    mock.use(
      http.delete("https://*/applications/:app/jobruns/:run", ({ request }) => {
        seen.push(request);
        return HttpResponse.json({ applicationId: APP, jobRunId: RUN });
      }),
    );
    await cancelJobRun(createClient({ credentials }), { applicationId: APP, jobRunId: RUN });
    expect(seen.map((r) => new URL(r.url).origin)).toEqual([SERVICE]);
    expect(seen[0]!.headers.get("authorization")).toContain("/ap-southeast-2/emr-serverless/");
  });

  it("takes the Region from an AWS host name when no Region is set", () => {
    vi.stubEnv("AWS_REGION", "");
    vi.stubEnv("AWS_ENDPOINT_URL", "https://emr-serverless.eu-central-1.amazonaws.com");
    expect(baseOf()).toBe("https://emr-serverless.eu-central-1.amazonaws.com");
    // Any partition's host names, FIPS and dual-stack ones too.
    vi.stubEnv("AWS_ENDPOINT_URL", "https://emr-serverless-fips.us-isob-east-1.api.aws.scloud");
    const signing = createClient({ credentials });
    expect(signing.transport.baseUrl.host).toBe(
      "emr-serverless-fips.us-isob-east-1.api.aws.scloud",
    );
  });

  it("cannot be combined with useFipsEndpoint or useDualstackEndpoint (as the SDKs refuse)", () => {
    vi.stubEnv("AWS_ENDPOINT_URL", GLOBAL);
    expect(() => baseOf({ useFipsEndpoint: true })).toThrow(
      /^useFipsEndpoint picks an AWS endpoint, AWS_ENDPOINT_URL gives your own: pass one$/,
    );
    expect(() => baseOf({ useDualstackEndpoint: true })).toThrow(ConfigurationError);
    vi.stubEnv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");
    expect(baseOf({ useFipsEndpoint: true })).toBe(
      "https://emr-serverless-fips.eu-west-1.amazonaws.com",
    );
  });

  it("still needs a Region to sign for, and says so", () => {
    vi.stubEnv("AWS_REGION", "");
    vi.stubEnv("AWS_ENDPOINT_URL", GLOBAL);
    const error = (() => {
      try {
        baseOf();
      } catch (e) {
        return e as ConfigurationError;
      }
      throw new Error("no error");
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/^no AWS Region to sign for \(AWS_ENDPOINT_URL sets only/);
    expect(error.fixes).toEqual([
      { options: ["region"], env: ["AWS_REGION"], example: "eu-west-1" },
    ]);
  });

  it("is checked under the variable's name (plain http needs allowInsecureLoopback)", () => {
    vi.stubEnv("AWS_ENDPOINT_URL_EMR_SERVERLESS", "http://127.0.0.1:4566");
    expect(() => baseOf()).toThrow(
      /^AWS_ENDPOINT_URL_EMR_SERVERLESS: baseUrl http:\/\/127\.0\.0\.1:4566 uses plain http/,
    );
    expect(baseOf({ allowInsecureLoopback: true })).toBe("http://127.0.0.1:4566");
    vi.stubEnv("AWS_ENDPOINT_URL_EMR_SERVERLESS", "not a url");
    expect(() => baseOf()).toThrow(/^AWS_ENDPOINT_URL_EMR_SERVERLESS: baseUrl is not an absolute/);
  });

  it("is not read with your own authenticate hook (as AWS_REGION is not)", () => {
    vi.stubEnv("AWS_ENDPOINT_URL_EMR_SERVERLESS", SERVICE);
    const client = createClient({ region: "eu-west-1", authenticate: () => undefined });
    expect(client.transport.baseUrl.origin).toBe("https://emr-serverless.eu-west-1.amazonaws.com");
  });
});
