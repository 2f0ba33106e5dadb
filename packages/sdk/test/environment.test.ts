// The umbrella reads each provider's environment through the provider package: EMR Serverless'
// endpoint variables (AWS_ENDPOINT_URL_EMR_SERVERLESS, AWS_ENDPOINT_URL) included, through the
// full client and the per-provider entry alike.
import { ConfigurationError } from "@cancel/core";
import { createMockServer } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type CancelClientConfig,
  CancelError,
  createCancelClient as createClientOf,
} from "../src/client.js";
import { emrServerless } from "../src/emr-serverless.js";
import { createCancelClient } from "../src/index.js";
import { TARGETS } from "./helpers.js";

const VPC = "https://vpce-0a1b2c3d-emr-serverless.eu-west-1.vpce.example.com";
const ENV = [
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_EMR_SERVERLESS",
  "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
];

const mock = createMockServer();
const origins: string[] = [];
beforeAll(() => mock.listen());
beforeEach(() => {
  for (const name of ENV) vi.stubEnv(name, "");
  vi.stubEnv("AWS_REGION", "eu-west-1");
  vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
  origins.length = 0;
  mock.use(
    http.delete("https://*/applications/:applicationId/jobruns/:jobRunId", ({ request }) => {
      origins.push(new URL(request.url).origin);
      return HttpResponse.json({ applicationId: "a", jobRunId: "r" });
    }),
  );
});
afterEach(() => {
  mock.reset();
  vi.unstubAllEnvs();
});
afterAll(() => mock.close());

type EmrOptions = NonNullable<CancelClientConfig["emrServerless"]>;
type EmrTarget = (typeof TARGETS)["emr-serverless"];
/** What the tests use of either client. */
type Canceller = { cancel(target: EmrTarget): Promise<unknown> };
const clients: Record<string, (emr: EmrOptions) => Canceller> = {
  "@cancel/sdk": (emr) => createCancelClient({ emrServerless: emr }),
  "@cancel/sdk/client": (emr) => createClientOf({ providers: [emrServerless], emrServerless: emr }),
};

describe.each(Object.keys(clients))("%s", (entry) => {
  const make = clients[entry]!;

  it.each([
    ["AWS_ENDPOINT_URL_EMR_SERVERLESS", VPC],
    ["AWS_ENDPOINT_URL", VPC],
  ])("sends EMR Serverless cancels to %s", async (name, url) => {
    vi.stubEnv(name, url);
    await make({}).cancel(TARGETS["emr-serverless"]);
    expect(origins).toEqual([url]);
  });

  it("lets the endpoint option win over the variables", async () => {
    vi.stubEnv("AWS_ENDPOINT_URL_EMR_SERVERLESS", VPC);
    await make({ endpoint: "https://proxy.example.com" }).cancel(TARGETS["emr-serverless"]);
    expect(origins).toEqual(["https://proxy.example.com"]);
  });

  it("ignores them with AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true", async () => {
    vi.stubEnv("AWS_ENDPOINT_URL", VPC);
    vi.stubEnv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");
    await make({}).cancel(TARGETS["emr-serverless"]);
    expect(origins).toEqual(["https://emr-serverless.eu-west-1.amazonaws.com"]);
  });

  it("a missing Region is invalid-request with the provider's structured ConfigurationError", async () => {
    vi.stubEnv("AWS_REGION", "");
    vi.stubEnv("AWS_ENDPOINT_URL", "https://localstack.example.com");
    const error = (await make({})
      .cancel(TARGETS["emr-serverless"])
      .catch((e: unknown) => e)) as CancelError;
    expect(error).toBeInstanceOf(CancelError);
    expect(error).toMatchObject({ kind: "invalid-request", attempts: 0 });
    expect(error.cause).toBeInstanceOf(ConfigurationError);
    expect(error.cause).toMatchObject({
      fixes: [{ options: ["region"], env: ["AWS_REGION"], example: "eu-west-1" }],
    });
    expect(origins).toEqual([]);
  });
});
