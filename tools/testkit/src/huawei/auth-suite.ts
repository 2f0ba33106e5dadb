import { readFileSync } from "node:fs";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createMockServer } from "../mock-server.ts";
import { assertNoSecrets } from "../secrets.ts";
import { viaRequest } from "../via-request.ts";
import { referenceAuthorizationOf } from "./reference-sdk.ts";
import {
  anyHost,
  HUAWEI_ENV_NAMES,
  type HuaweiClient,
  type HuaweiClientOptions,
  type HuaweiSubject,
  operationNamed,
  operationOf,
  pathOf,
} from "./subject.ts";

const AK = "HWTESTAK00000000EXA1";
const SK = "huawei-test-secret-key-Zq8v+/w3nG7pL2xT9cR4";
const TEMP_AK = "HWTEMPAK0000000EXA02";
const TEMP_SK = "huawei-temporary-secret-key-Jd83kLq0Pz";
const SECURITY_TOKEN = "gQpjbi1ub3J0aC00aHVhd2VpVGVtcG9yYXJ5U2VjdXJpdHlUb2tlbg==";
const IAM_TOKEN = "MIIZkQYJKoZIhvcNAQcCoIIZgjCCGX4CAQExDTALBglghkgBZQMEAgEwghejBgkqhkiG";
const CLOCK = new Date("2024-03-07T09:08:07Z");
const SDK_DATE = "20240307T090807Z";

/** X-Sdk-Date as the gateway expects it, computed here rather than by the signer under test. */
const sdkDate = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/**
 * The Huawei auth of a provider package against a verifying API gateway: AK/SK signing (permanent
 * and temporary), IAM tokens, retries signed afresh, agreement with the official SDK's signer,
 * region → endpoint, and the configuration rules (options over environment, no header splitting).
 */
export function describeHuaweiAuth<Client extends HuaweiClient>(
  subject: HuaweiSubject<Client>,
): void {
  const { AuthenticationError, ConfigurationError } = subject.errors;
  const [cancel] = subject.operations;
  const project = cancel.input["projectId"]!;
  const mock = createMockServer();
  const verified: string[] = [];

  /** What Huawei's API gateway does in front of the service: check the signature or token, then answer. */
  function gateway(answer: () => Response) {
    return async ({ request }: { request: Request }) => {
      const denied = await subject.checkGatewayAuth(request, {
        secretFor: (ak) => ({ [AK]: SK, [TEMP_AK]: TEMP_SK })[ak],
        acceptToken: (token) => token === IAM_TOKEN,
      });
      if (denied) return denied;
      // Temporary credentials are valid only with their own security token, signed.
      if (request.headers.get("authorization")?.includes(`Access=${TEMP_AK},`)) {
        const signed = /SignedHeaders=([^,]+)/.exec(request.headers.get("authorization")!)![1]!;
        if (
          request.headers.get("x-security-token") !== SECURITY_TOKEN ||
          !signed.includes("x-security-token")
        ) {
          return HttpResponse.json(
            {
              error_msg: "Incorrect IAM authentication information: security token invalid",
              error_code: "APIGW.0301",
            },
            { status: 401 },
          );
        }
      }
      verified.push(`${request.method} ${new URL(request.url).pathname}`);
      return answer();
    };
  }

  const routes = subject.operations.map((operation) =>
    http[operation.method.toLowerCase() as "get"](anyHost(operation), gateway(operation.answer)),
  );

  beforeAll(() => mock.listen());
  beforeEach(() => {
    for (const name of HUAWEI_ENV_NAMES) vi.stubEnv(`HUAWEICLOUD_SDK_${name}`, "");
    mock.use(...routes);
    verified.length = 0;
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    mock.reset();
  });
  afterAll(() => mock.close());

  describe("the README example", () => {
    // The first ```ts block of README.md, run as written (minus its import line).
    const readme = readFileSync(subject.readme.url, "utf8");
    const snippet = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    const body = snippet.replace(/^import[\s\S]*?;\n/m, "");
    const names = Object.keys(subject.readme.bindings).sort();
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
      ...args: string[]
    ) => (...values: unknown[]) => Promise<void>;
    const run = () =>
      new AsyncFunction(...names, body)(...names.map((name) => subject.readme.bindings[name]));

    it("imports only what it uses from the package", () => {
      expect(snippet.split("\n")[0]).toBe(
        `import { ${names.join(", ")} } from "@cancel/${subject.provider}";`,
      );
    });

    it("authenticates with only HUAWEICLOUD_SDK_AK / _SK / _PROJECT_ID set, against a verifying gateway", async () => {
      vi.stubEnv("HUAWEICLOUD_SDK_AK", AK);
      vi.stubEnv("HUAWEICLOUD_SDK_SK", SK);
      vi.stubEnv("HUAWEICLOUD_SDK_PROJECT_ID", project);
      const log = vi.spyOn(console, "log").mockImplementation(() => {});
      await run();
      expect(log).toHaveBeenCalledWith(subject.readme.prints);
      expect(verified).toEqual(
        subject.readme.calls.map((name) => {
          const operation = operationNamed(subject, name);
          return `${operation.method} ${pathOf(operation)}`;
        }),
      );
      expect(mock.requests).toHaveLength(subject.readme.calls.length);
      for (const request of mock.requests) {
        expect(request.url.origin).toBe(subject.readme.origin);
        expect(request.headers["x-project-id"]).toBe(project);
        expect(request.headers["x-sdk-date"]).toMatch(/^\d{8}T\d{6}Z$/);
        expect(request.headers["authorization"]).toMatch(
          new RegExp(
            `^SDK-HMAC-SHA256 Access=${AK}, SignedHeaders=[a-z;-]*host;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$`,
          ),
        );
        expect(request.headers["x-auth-token"]).toBeUndefined();
      }
    });

    it("with a wrong secret gets the gateway's 401 APIGW.0301 as an AuthenticationError without the secret", async () => {
      const wrong = "not-the-right-secret-key-0000000000000";
      vi.stubEnv("HUAWEICLOUD_SDK_AK", AK);
      vi.stubEnv("HUAWEICLOUD_SDK_SK", wrong);
      vi.stubEnv("HUAWEICLOUD_SDK_PROJECT_ID", project);
      const error = await run().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({
        status: 401,
        code: "APIGW.0301",
        vendorMessage: "Incorrect IAM authentication information: verify aksk signature fail",
        provider: subject.provider,
        operation: subject.readme.calls[0],
      });
      expect((error as { requestId: string }).requestId).toMatch(/^[0-9a-f]{32}$/);
      assertNoSecrets(error, [wrong]);
      expect(verified).toEqual([]);
    });
  });

  describe("every request is signed and verified", () => {
    const client = (options: HuaweiClientOptions = {}): Client =>
      subject.createClient({
        region: "cn-north-4",
        projectId: project,
        credentials: { ak: AK, sk: SK },
        ...options,
      });

    it.each(subject.operations.map((operation) => [operation.name, operation] as const))(
      "%s with permanent AK/SK, temporary AK/SK and an IAM token",
      async (_name, operation) => {
        const call = (c: Client) => operation.call(c, operation.input as never);
        await call(client());
        await call(
          client({ credentials: { ak: TEMP_AK, sk: TEMP_SK, securityToken: SECURITY_TOKEN } }),
        );
        await call(client({ credentials: { token: IAM_TOKEN }, projectId: undefined }));
        expect(verified).toHaveLength(3);
        expect(mock.requests).toHaveLength(3);
        const [permanent, temporary, token] = mock.requests;
        expect(permanent!.headers["x-security-token"]).toBeUndefined();
        expect(temporary!.headers["x-security-token"]).toBe(SECURITY_TOKEN);
        expect(temporary!.headers["authorization"]).toContain(";x-security-token, Signature=");
        expect(token!.headers["x-auth-token"]).toBe(IAM_TOKEN);
        expect(token!.headers["authorization"]).toBeUndefined();
        expect(token!.headers["x-sdk-date"]).toBeUndefined();
      },
    );

    it(`every retry is signed afresh: new X-Sdk-Date, new signature, each verified (${subject.retried})`, async () => {
      const read = operationNamed(subject, subject.retried);
      let answered = 0;
      mock.use(
        http.get(
          anyHost(read),
          gateway(() =>
            ++answered === 1
              ? HttpResponse.json(
                  { error_code: "APIGW.0812", error_msg: "backend unavailable" },
                  { status: 503 },
                )
              : read.answer(),
          ),
        ),
      );
      // Near the real time: the gateway refuses dates more than 15 minutes off.
      const start = Math.floor(Date.now() / 1000) * 1000;
      let time = start;
      const c = client({
        now: () => {
          time += 2000;
          return new Date(time);
        },
        clock: { now: () => Date.now(), sleep: async () => {} },
      });
      await read.call(c, read.input as never);
      expect(verified).toHaveLength(2);
      const [first, second] = mock.requests;
      expect(first!.headers["x-sdk-date"]).toBe(sdkDate(new Date(start + 2000)));
      expect(second!.headers["x-sdk-date"]).toBe(sdkDate(new Date(start + 4000)));
      expect(second!.headers["authorization"]).not.toBe(first!.headers["authorization"]);
    });

    it("a tampered request is refused by the gateway (so the handler really verifies)", async () => {
      const id = Object.values(cancel.input).at(-1)!;
      const tamper = async (href: string, init: RequestInit) => {
        const url = new URL(href);
        expect(url.pathname).toContain(`/${id}`);
        url.pathname = url.pathname.replace(`/${id}`, "/00000000-0000-0000-0000-000000000000");
        return globalThis.fetch(url, init);
      };
      const error = await cancel
        .call(client({ fetch: tamper }), cancel.input as never)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ code: "APIGW.0301" });
      expect(verified).toEqual([]);
    });
  });

  describe("agreement with the official SDK signer on the generated requests (fixed clock)", () => {
    const modes = [
      { mode: "permanent AK/SK", ak: AK, sk: SK, securityToken: undefined },
      {
        mode: "temporary AK/SK with security token",
        ak: TEMP_AK,
        sk: TEMP_SK,
        securityToken: SECURITY_TOKEN,
      },
    ];
    const origin = subject.regions.find(([region]) => region === subject.agreementRegion)![1];

    it.each(modes)("$mode", async ({ ak, sk, securityToken }) => {
      const sent: Request[] = [];
      const c = subject.createClient({
        region: subject.agreementRegion,
        projectId: project,
        credentials: { ak, sk, securityToken },
        now: () => CLOCK,
        fetch: viaRequest(async (request) => {
          sent.push(request);
          return operationOf(subject, request).answer();
        }),
      });
      for (const operation of subject.operations) {
        await operation.call(c, operation.input as never);
      }
      await subject.requestWithQuery(c);
      expect(sent).toHaveLength(subject.operations.length + 1);
      expect(sent.filter((request) => new URL(request.url).search !== "")).toHaveLength(1);
      for (const request of sent) {
        expect(new URL(request.url).origin).toBe(origin);
        expect(request.headers.get("x-sdk-date")).toBe(SDK_DATE);
        expect(request.headers.get("authorization")).toBe(
          await referenceAuthorizationOf(request, { ak, sk, securityToken, projectId: project }),
        );
      }
    });
  });

  describe("region → endpoint (per the official SDK's region table)", () => {
    it.each(subject.regions)("%s → %s", (region, endpoint) => {
      expect(subject.endpoint(region)).toBe(endpoint);
      const c = subject.createClient({ region, credentials: { token: IAM_TOKEN } });
      expect(c.transport.baseUrl.href).toBe(`${endpoint}/`);
    });

    it("baseUrl wins over region; region and server.region must agree", () => {
      const proxy = `https://proxy.example.test/${subject.provider}`;
      const c = subject.createClient({
        region: "eu-west-101",
        baseUrl: proxy,
        credentials: { token: IAM_TOKEN },
      });
      expect(c.transport.baseUrl.href).toBe(proxy);
      expect(() =>
        subject.createClient({
          region: "eu-west-101",
          server: { region: "cn-north-4" },
          credentials: { token: IAM_TOKEN },
        }),
      ).toThrow('region "eu-west-101" and server.region "cn-north-4" disagree: pass one');
    });

    it.each([
      "",
      "CN-NORTH-4",
      "cn-north-4.evil.example",
      "cn-north-4/x",
      "cn north 4",
      "cn-north-4\r\n",
    ])("refuses the region %j", (region) => {
      expect(() => subject.createClient({ region, credentials: { token: IAM_TOKEN } })).toThrow(
        ConfigurationError,
      );
    });
  });

  describe("configuration", () => {
    it("an authenticate hook and credentials together are refused", () => {
      expect(() =>
        subject.createClient({ authenticate: (r) => r, credentials: { ak: AK, sk: SK } }),
      ).toThrow("pass either an authenticate hook or credentials/projectId, not both");
    });

    it("no credentials anywhere is a ConfigurationError at createClient, naming the env vars", () => {
      expect(() => subject.createClient({ region: "cn-north-4" })).toThrow(
        "no Huawei Cloud credentials: pass credentials: { ak, sk } or { token }, set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or pass an authenticate hook",
      );
    });

    it("options win over the environment", async () => {
      vi.stubEnv("HUAWEICLOUD_SDK_AK", "ENVIRONMENTAK0000001");
      vi.stubEnv("HUAWEICLOUD_SDK_SK", "environment-secret");
      vi.stubEnv("HUAWEICLOUD_SDK_PROJECT_ID", "0000environmentproject");
      await cancel.call(
        subject.createClient({ credentials: { ak: AK, sk: SK }, projectId: project }),
        cancel.input as never,
      );
      expect(mock.requests[0]!.headers["authorization"]).toContain(`Access=${AK},`);
      expect(mock.requests[0]!.headers["x-project-id"]).toBe(project);
    });

    it.each([
      ["an AK", { credentials: { ak: "AK\r\nX-Injected: 1", sk: SK } }],
      ["an IAM token", { credentials: { token: `${IAM_TOKEN}\nX-Injected: 1` } }],
      [
        "a security token",
        { credentials: { ak: AK, sk: SK, securityToken: "tok\r\nX-Injected: 1" } },
      ],
      [
        "a project id",
        { credentials: { ak: AK, sk: SK }, projectId: `${project}\r\nX-Injected: 1` },
      ],
    ] as const)("CR/LF in %s is refused and nothing is sent", (_what, options) => {
      expect(() => subject.createClient(options)).toThrow(ConfigurationError);
      expect(mock.requests).toHaveLength(0);
    });

    it("the existing authenticate escape hatch still works (no env needed)", async () => {
      await cancel.call(
        subject.createClient({
          authenticate: (request) => {
            request.headers.set("X-Auth-Token", IAM_TOKEN);
            return request;
          },
        }),
        cancel.input as never,
      );
      expect(verified).toHaveLength(1);
    });
  });
}
