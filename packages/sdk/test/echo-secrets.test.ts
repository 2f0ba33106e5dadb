/**
 * Through `createCancelClient`: a vendor (or a proxy) whose 401/403 repeats every request header
 * (JSON, `/` escaped, an HTML page, AWS's canonical-request dump) under every auth mode of every
 * provider: no credential that went out may reach any rendering of the CancelError, its cause
 * chain, a cancelMany entry, a log line (debug and up) or a span (its attributes, status and
 * events).
 */
import {
  assertNoSecrets,
  createMockServer,
  ECHO_STATUS,
  ECHO_STYLES,
  echoAnswer,
  type EchoStyle,
  sentCredentials,
} from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  CancelError,
  type CancelClientConfig,
  type CancelTarget,
  createCancelClient,
} from "../src/index.js";
import { BASE, IDS, TARGETS } from "./helpers.js";
import { memoryTracing, spanTexts } from "./otel.js";

const DATABRICKS_HOST = new URL(BASE.databricks).host;
const PAT = "dapi0123456789abcdef/0123+456789~abcdef";
const CLIENT_ID = "5b2f9c1e-7a4d-4e8b-9f3a-1c2d3e4f5a6b";
const CLIENT_SECRET = "dose/Secret+0123456789abcdef~xyz!1";
const ACCESS_TOKEN = "eyJraWQiOiJlY2hvIn0.eyJzdWIiOiJzcCJ9/c2VjcmV0LWFjY2Vzcy10b2tlbg+==";
const AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYECHOSECRETKEY";
const AWS_TOKEN = "IQoJb3JpZ2luX2VjEOCHO//////////wEaCXVzLWVhc3QtMSJHMEUCIQ+EchoSessionToken+0Q==";
const HUAWEI_SK = "sk-ECHO-temporary/secret+key-1a2b3c4d5e6f";
const SECURITY_TOKEN = "gQpjbi1ub3J0aC00ECHO/securityToken+MIIEcwYJKoZIhvcNAQcCoIIE==";
const IAM_TOKEN = "MIIZkQYJKoZIhvcNAQcCECHO/iamToken+MIIZggIBATENMAsGCWCGSAFlAwQCAT==";
const APP_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJhcHBpZCI6ImVjaG8ifQ.ZWNoby/hcHAtc2lnbmF0dXJl+Zm9v";
const SUBJECT_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJvaWQiOiJlY2hvIn0.ZWNoby/zdWJqZWN0LXNpZw+YmFy";
const form = (value: string) => new URLSearchParams([["", value]]).toString().slice(1);
const BASIC = btoa(`${form(CLIENT_ID)}:${form(CLIENT_SECRET)}`);
const SECRETS = [
  PAT,
  CLIENT_SECRET,
  BASIC,
  ACCESS_TOKEN,
  AWS_SECRET,
  AWS_TOKEN,
  HUAWEI_SK,
  SECURITY_TOKEN,
  IAM_TOKEN,
  APP_TOKEN,
  SUBJECT_TOKEN,
];

const otel = memoryTracing();
/** A debug log and the tracer, on every client: what they record is held to the same check. */
const lines: string[] = [];
const telemetry = {
  tracer: otel.tracer,
  logLevel: "debug" as const,
  logger: (level: string, message: string, fields: object) =>
    void lines.push(`${level} ${message} ${JSON.stringify(fields)}`),
};
/** Every log line and span so far, after checking that there are some. */
function recorded(): string[] {
  expect(lines.length).toBeGreaterThan(0);
  expect(otel.spans().length).toBeGreaterThan(0);
  return [...lines, ...spanTexts(otel.spans())];
}

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => {
  mock.reset();
  lines.length = 0;
});
afterAll(() => mock.close());

const tokenUrl = `https://${DATABRICKS_HOST}/oidc/v1/token`;
const goodToken = http.post(tokenUrl, () =>
  HttpResponse.json({ access_token: ACCESS_TOKEN, token_type: "Bearer", expires_in: 3600 }),
);
const huawei = (credentials: Record<string, string>) => ({
  region: "cn-north-4",
  credentials: credentials as never,
  projectId: IDS.projectId,
});
const awsKeys = { accessKeyId: "ASIAQECHOEXAMPLEKEY1", secretAccessKey: AWS_SECRET };

interface Case {
  config: Partial<CancelClientConfig>;
  target: CancelTarget;
  /** Answers the token endpoint with a token (the API call is the one that echoes). */
  token?: boolean;
}

const cases: Record<string, Case> = {
  "Databricks PAT": {
    config: { databricks: { host: DATABRICKS_HOST, token: PAT } },
    target: TARGETS.databricks,
  },
  "Databricks OAuth M2M, the API call echoes": {
    config: {
      databricks: { host: DATABRICKS_HOST, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    },
    target: TARGETS.databricks,
    token: true,
  },
  "Databricks OAuth M2M, the token endpoint echoes": {
    config: {
      databricks: { host: DATABRICKS_HOST, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    },
    target: TARGETS.databricks,
  },
  "EMR keys with a session token": {
    config: {
      emrServerless: { region: "us-east-1", credentials: { ...awsKeys, sessionToken: AWS_TOKEN } },
    },
    target: TARGETS["emr-serverless"],
  },
  "EMR with a credentials provider": {
    config: {
      emrServerless: {
        region: "us-east-1",
        credentials: async () => ({ ...awsKeys, sessionToken: AWS_TOKEN }),
      },
    },
    target: TARGETS["emr-serverless"],
  },
  "MRS AK/SK with a security token": {
    config: {
      huaweiMrs: huawei({
        ak: "ECHOTEMPAK0000000001",
        sk: HUAWEI_SK,
        securityToken: SECURITY_TOKEN,
      }),
    },
    target: TARGETS["huawei-mrs"],
  },
  "DLI AK/SK with a security token": {
    config: {
      huaweiDli: huawei({
        ak: "ECHOTEMPAK0000000001",
        sk: HUAWEI_SK,
        securityToken: SECURITY_TOKEN,
      }),
    },
    target: TARGETS["huawei-dli"],
  },
  "MRS IAM token": {
    config: { huaweiMrs: huawei({ token: IAM_TOKEN }) },
    target: TARGETS["huawei-mrs"],
  },
  "DLI IAM token": {
    config: { huaweiDli: huawei({ token: IAM_TOKEN }) },
    target: TARGETS["huawei-dli"],
  },
  "Fabric app and subject tokens": {
    config: {
      fabricWorkload: {
        baseUrl: BASE["fabric-workload"],
        tenantId: IDS.tenantId,
        appToken: async () => APP_TOKEN,
        subjectToken: SUBJECT_TOKEN,
      },
    },
    target: TARGETS["fabric-workload"],
  },
};

const echo = (style: EchoStyle) =>
  http.all(/^https:\/\//, ({ request }) => echoAnswer(request, style));

const sent = () => mock.requests.flatMap((request) => sentCredentials(request.headers));

describe.each(Object.entries(cases))("%s", (_name, { config, target, token }) => {
  it.each(ECHO_STYLES)("sdk.cancel: %s", async (style) => {
    mock.use(...(token ? [goodToken] : []), echo(style as EchoStyle));
    const sdk = createCancelClient({ ...config, ...telemetry, defaults: { retry: false } });
    const error = await sdk.cancel(target).then(
      () => new Error("expected the cancel to fail"),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CancelError);
    // A 403 InvalidSignatureException, or a refused token request, is a credentials problem too.
    const kinds =
      ECHO_STATUS[style] === 401 ? ["unauthenticated"] : ["forbidden", "unauthenticated"];
    expect(kinds).toContain((error as CancelError).kind);
    expect(sent().length).toBeGreaterThan(0);
    assertNoSecrets(error, [...SECRETS, ...sent()], recorded());
    // The span shows the failure by its kind and the vendor's code, not by its words.
    expect(otel.only(`cancel ${target.provider}`).attributes).toMatchObject({
      "cancel.outcome": "error",
      "error.type": (error as CancelError).kind,
    });
  });

  it.each(ECHO_STYLES)("sdk.status and waitUntilTerminal: %s", async (style) => {
    mock.use(...(token ? [goodToken] : []), echo(style as EchoStyle));
    const sdk = createCancelClient({ ...config, ...telemetry, defaults: { retry: false } });
    const errors = await Promise.all([
      sdk.status(target).catch((e: unknown) => e),
      sdk.waitUntilTerminal(target).catch((e: unknown) => e),
    ]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(CancelError);
      assertNoSecrets(error, [...SECRETS, ...sent()], recorded());
    }
  });
});

it("cancelMany over every mode at once: no entry holds a secret", async () => {
  mock.use(goodToken, echo("json"));
  const entries = [];
  for (const { config, target, token } of Object.values(cases)) {
    if (token) continue;
    const sdk = createCancelClient({ ...config, ...telemetry, defaults: { retry: false } });
    entries.push(...(await sdk.cancelMany([target, target])));
  }
  expect(entries.every((entry) => !entry.ok)).toBe(true);
  const errors = entries.map((entry) => entry.error);
  assertNoSecrets(errors, [...SECRETS, ...sent()], [JSON.stringify(entries), ...recorded()]);
  for (const error of errors) assertNoSecrets(error, [...SECRETS, ...sent()]);
});
