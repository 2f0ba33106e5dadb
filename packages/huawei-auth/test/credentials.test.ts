import { assertNoSecrets, authenticateRequest } from "@cancel/testkit";
import { inspect } from "node:util";
import { ConfigurationError, CredentialsError } from "@cancel/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createHuaweiAuthenticator, type HuaweiAuthOptions } from "../src/index.js";

const ENV_NAMES = ["AK", "SK", "SECURITY_TOKEN", "PROJECT_ID"] as const;
const CLOCK = new Date("2024-03-07T09:08:07Z");
const URL_ = "https://mrs.cn-north-4.myhuaweicloud.com/v2/p1/clusters/c1/job-executions/j1/kill";
const OPT = { ak: "OPTIONSAK00000000001", sk: "options-secret-SK-value-1234567890" };
const ENV = {
  AK: "ENVIRONMENTAK0000001",
  SK: "environment-secret-SK-value-0987654321",
  SECURITY_TOKEN: "environment-security-token-value",
  PROJECT_ID: "envproject0000000000000000000001",
};
const TOKEN = "MIIZkQYJKoZIhvcNAQcCoIIZgjCCGX4CAQExDTALBglghkgBZQMEAgEwghejBgkqhkiG";

function setEnv(values: Partial<Record<(typeof ENV_NAMES)[number], string>>): void {
  for (const name of ENV_NAMES) vi.stubEnv(`HUAWEICLOUD_SDK_${name}`, values[name] ?? "");
}

beforeEach(() => setEnv({}));
afterEach(() => vi.unstubAllEnvs());

async function send(options: HuaweiAuthOptions): Promise<Headers> {
  const authenticate = createHuaweiAuthenticator({ now: () => CLOCK, ...options }, "huawei-mrs");
  const request = new Request(URL_, { method: "POST", headers: { Authorization: "stale" } });
  const sent = await authenticateRequest(authenticate, request, {
    provider: "huawei-mrs",
    operation: "stopJob",
    attempt: 1,
    body: undefined,
  });
  return sent.headers;
}

describe("where credentials come from", () => {
  it("reads HUAWEICLOUD_SDK_AK / _SK / _PROJECT_ID / _SECURITY_TOKEN when no credentials are passed", async () => {
    setEnv(ENV);
    const headers = await send({});
    expect(headers.get("authorization")).toMatch(
      /^SDK-HMAC-SHA256 Access=ENVIRONMENTAK0000001, SignedHeaders=host;x-project-id;x-sdk-date;x-security-token, Signature=[0-9a-f]{64}$/,
    );
    expect(headers.get("x-project-id")).toBe(ENV.PROJECT_ID);
    expect(headers.get("x-security-token")).toBe(ENV.SECURITY_TOKEN);
  });

  it("lets options win over the environment, as a whole pair (no env security token mixed in)", async () => {
    setEnv(ENV);
    const headers = await send({ credentials: OPT, projectId: "optproject" });
    expect(headers.get("authorization")).toContain("Access=OPTIONSAK00000000001,");
    expect(headers.get("x-project-id")).toBe("optproject");
    expect(headers.has("x-security-token")).toBe(false);
  });

  it("takes the project id from the environment when only credentials are passed", async () => {
    setEnv({ PROJECT_ID: ENV.PROJECT_ID });
    const headers = await send({ credentials: OPT });
    expect(headers.get("x-project-id")).toBe(ENV.PROJECT_ID);
  });

  it("sends no X-Project-Id when none is configured", async () => {
    const headers = await send({ credentials: OPT });
    expect(headers.has("x-project-id")).toBe(false);
    expect(headers.get("authorization")).toContain("SignedHeaders=host;x-sdk-date,");
  });

  it("IAM token mode sends X-Auth-Token and no Authorization (also over env AK/SK)", async () => {
    setEnv(ENV);
    const headers = await send({ credentials: { token: TOKEN } });
    expect(headers.get("x-auth-token")).toBe(TOKEN);
    expect(headers.has("authorization")).toBe(false);
    expect(headers.has("x-sdk-date")).toBe(false);
    expect(headers.has("x-security-token")).toBe(false);
  });

  it("signs every attempt afresh with the clock's time", async () => {
    let now = CLOCK;
    const authenticate = createHuaweiAuthenticator({ credentials: OPT, now: () => now });
    const context = { provider: "p", operation: "o", attempt: 1, body: undefined };
    const first = await authenticateRequest(authenticate, new Request(URL_), context);
    now = new Date(CLOCK.getTime() + 61_000);
    const second = await authenticateRequest(authenticate, new Request(URL_), {
      ...context,
      attempt: 2,
    });
    expect(first.headers.get("x-sdk-date")).toBe("20240307T090807Z");
    expect(second.headers.get("x-sdk-date")).toBe("20240307T090908Z");
    expect(second.headers.get("authorization")).not.toBe(first.headers.get("authorization"));
  });
});

const SECRET_VALUES = [OPT.sk, ENV.SK, ENV.SECURITY_TOKEN, TOKEN];

describe("configuration errors (ConfigurationError, thrown by createHuaweiAuthenticator)", () => {
  const cases: [
    string,
    Partial<Record<(typeof ENV_NAMES)[number], string>>,
    HuaweiAuthOptions,
    string,
  ][] = [
    [
      "nothing configured",
      {},
      {},
      "no Huawei Cloud credentials: pass credentials: { ak, sk } or { token }, set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or pass an authenticate hook",
    ],
    [
      "AK without SK in the environment",
      { AK: ENV.AK },
      {},
      "HUAWEICLOUD_SDK_SK is not set (HUAWEICLOUD_SDK_AK is)",
    ],
    [
      "SK without AK in the environment",
      { SK: ENV.SK },
      {},
      "HUAWEICLOUD_SDK_AK is not set (HUAWEICLOUD_SDK_SK is)",
    ],
    [
      "both AK/SK and a token",
      {},
      { credentials: { ...OPT, token: TOKEN } as never },
      "credentials has both an AK/SK pair (ak, sk) and an IAM token (token): configure one of them",
    ],
    [
      "ak without sk",
      {},
      { credentials: { ak: OPT.ak } as never },
      "credentials.sk is missing (credentials.ak is set)",
    ],
    [
      "sk without ak",
      {},
      { credentials: { sk: OPT.sk } as never },
      "credentials.ak is missing (credentials.sk is set)",
    ],
    [
      "an empty sk",
      {},
      { credentials: { ak: OPT.ak, sk: "" } },
      "credentials.sk must be a non-empty string",
    ],
    [
      "a security token with an IAM token",
      {},
      { credentials: { token: TOKEN, securityToken: ENV.SECURITY_TOKEN } as never },
      "credentials.securityToken belongs to temporary AK/SK credentials, not to an IAM token",
    ],
    [
      "credentials that are not an object",
      {},
      { credentials: "AK:SK" as never },
      "credentials must be { ak, sk, securityToken? } or { token }",
    ],
  ];

  it.each(cases)("%s", (_name, env, options, message) => {
    setEnv(env);
    let error: unknown;
    try {
      createHuaweiAuthenticator(options, "huawei-dli");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toBe(message);
    expect((error as ConfigurationError).provider).toBe("huawei-dli");
    assertNoSecrets(error, SECRET_VALUES);
  });
});

describe("header-splitting input is refused before anything is sent", () => {
  const bad: [string, string][] = [
    ["CR LF", "abc\r\nX-Injected: 1"],
    ["LF", "abc\nX-Injected: 1"],
    ["CR", "abc\rdef"],
    ["NUL", "abc\u0000def"],
    ["another control character", "abc\u0007def"],
    ["DEL", "abc\u007fdef"],
    ["leading space", " abc"],
    ["trailing tab", "abc\t"],
    ["non-Latin-1", "abc\u2028def"],
  ];
  const fields: [string, (v: string) => HuaweiAuthOptions, string][] = [
    ["credentials.ak", (v) => ({ credentials: { ak: v, sk: OPT.sk } }), "credentials.ak"],
    ["credentials.token", (v) => ({ credentials: { token: v } }), "credentials.token"],
    [
      "credentials.securityToken",
      (v) => ({ credentials: { ...OPT, securityToken: v } }),
      "credentials.securityToken",
    ],
    ["projectId", (v) => ({ credentials: OPT, projectId: v }), "projectId"],
  ];
  const table = fields.flatMap(([field, build, name]) =>
    bad.map(([kind, value]) => [field, kind, build(value), name, value] as const),
  );

  it.each(table)("%s with %s", (_field, _kind, options, name, value) => {
    expect(() => createHuaweiAuthenticator(options)).toThrow(ConfigurationError);
    try {
      createHuaweiAuthenticator(options);
    } catch (error) {
      expect((error as Error).message).toMatch(
        new RegExp(`^${name.replace(".", "\\.")} must .*nothing was sent$`),
      );
      expect((error as Error).message).not.toContain(value);
    }
  });

  it.each([
    ["HUAWEICLOUD_SDK_AK", { AK: "AK\r\nX: 1", SK: ENV.SK }],
    ["HUAWEICLOUD_SDK_SECURITY_TOKEN", { AK: ENV.AK, SK: ENV.SK, SECURITY_TOKEN: "tok\nX: 1" }],
    ["HUAWEICLOUD_SDK_PROJECT_ID", { AK: ENV.AK, SK: ENV.SK, PROJECT_ID: "p\r\n" }],
  ] as const)("%s from the environment", (name, env) => {
    setEnv(env);
    expect(() => createHuaweiAuthenticator({})).toThrow(new RegExp(`^${name} must `));
  });

  it.each(["AK,Signature=x", "AK;x", "AK=1", "A K"])(
    "an access key that would break the Authorization structure: %j",
    (ak) => {
      expect(() => createHuaweiAuthenticator({ credentials: { ak, sk: OPT.sk } })).toThrow(
        "credentials.ak must be printable ASCII without spaces, commas, semicolons or '='; nothing was sent",
      );
    },
  );
});

describe("secrets stay out of sight", () => {
  it("the hook and its closure do not show the SK when printed or serialised", () => {
    const authenticate = createHuaweiAuthenticator({
      credentials: { ...OPT, securityToken: ENV.SECURITY_TOKEN },
    });
    for (const rendering of [
      inspect(authenticate, { showHidden: true, depth: 9 }),
      String(authenticate),
      JSON.stringify({ authenticate }),
    ]) {
      expect(rendering).not.toContain(OPT.sk);
      expect(rendering).not.toContain(ENV.SECURITY_TOKEN);
    }
  });

  it("a failing clock becomes a CredentialsError that names no secret", async () => {
    const authenticate = createHuaweiAuthenticator({
      credentials: OPT,
      now: () => new Date(Number.NaN),
    });
    const failure = await Promise.resolve(
      authenticateRequest(authenticate, new Request(URL_), {
        provider: "huawei-mrs",
        operation: "stopJob",
        attempt: 1,
        body: undefined,
      }),
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CredentialsError);
    expect((failure as Error).message).toBe(
      "could not sign the request with the AK/SK: the signing clock returned an invalid date",
    );
    assertNoSecrets(failure, [OPT.sk]);
  });
});
