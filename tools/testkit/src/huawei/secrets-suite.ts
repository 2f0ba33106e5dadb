import { inspect } from "node:util";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createMockServer } from "../mock-server.ts";
import { assertNoSecrets } from "../secrets.ts";
import {
  anyHost,
  HUAWEI_ENV_NAMES,
  type HuaweiClient,
  type HuaweiClientOptions,
  type HuaweiSubject,
} from "./subject.ts";

// Every kind of error under every auth mode, each rendered every way a log line could render it:
// none may show an SK, a security token, an IAM token or a signature that was sent.
const AK = "SECRETSTESTAK0000001";
const SK = "sk-SECRET-permanent-9f8e7d6c5b4a3928";
const TEMP_AK = "SECRETSTEMPAK0000002";
const TEMP_SK = "sk-SECRET-temporary-1a2b3c4d5e6f7081";
const SECURITY_TOKEN = "st-SECRET-security-token-q8w7e6r5t4y3";
const IAM_TOKEN = "it-SECRET-iam-token-MIIZkQYJKoZIhvcNAQcC";
const WRONG_SK = "sk-SECRET-wrong-0000000000000000";
const WRONG_TOKEN = "it-SECRET-wrong-iam-token-000000000";
const SECRETS = [SK, TEMP_SK, SECURITY_TOKEN, IAM_TOKEN, WRONG_SK, WRONG_TOKEN];

type Behaviour = "ok" | "401-service" | "403" | "network";
type Env = Partial<Record<(typeof HUAWEI_ENV_NAMES)[number], string>>;

interface Mode {
  name: string;
  env?: Env;
  options: HuaweiClientOptions;
  /** The same mode with a wrong secret (the gateway answers 401 APIGW.0301). */
  wrong: HuaweiClientOptions;
  wrongEnv?: Env;
  /** The same mode with a value that would split a header. */
  splitting: HuaweiClientOptions;
  splittingEnv?: Env;
}

/**
 * No secret in any error of a provider package, under every auth mode (AK/SK from options or the
 * environment, temporary AK/SK, IAM token) and every kind of failure (header splitting, wrong
 * secret, the service's 401, 403, network, validation, configuration), nor in its log lines.
 */
export function describeHuaweiSecrets<Client extends HuaweiClient>(
  subject: HuaweiSubject<Client>,
): void {
  const { AuthenticationError, CancelSdkError, ConfigurationError, PermissionDeniedError } =
    subject.errors;
  const { ValidationError } = subject.errors;
  const [cancel] = subject.operations;
  const project = cancel.input["projectId"]!;
  // A path id that would climb out of its segment: refused before anything is sent.
  const pathField = Object.keys(cancel.input).find((field) => field !== "projectId")!;
  let behaviour: Behaviour = "ok";

  const mock = createMockServer();
  const handler = http[cancel.method.toLowerCase() as "get"](
    anyHost(cancel),
    async ({ request }) => {
      const denied = await subject.checkGatewayAuth(request, {
        secretFor: (ak) => ({ [AK]: SK, [TEMP_AK]: TEMP_SK })[ak],
        acceptToken: (token) => token === IAM_TOKEN,
      });
      if (denied) return denied;
      if (behaviour === "network") return HttpResponse.error();
      if (behaviour === "403") {
        return HttpResponse.json(
          {
            error_msg: "The IAM user is not authorized to access the API.",
            error_code: "APIGW.0302",
          },
          { status: 403 },
        );
      }
      if (behaviour === "401-service") {
        return HttpResponse.json(subject.serviceUnauthorized, { status: 401 });
      }
      return cancel.answer();
    },
  );

  const modes: Mode[] = [
    {
      name: "AK/SK from options",
      options: { credentials: { ak: AK, sk: SK }, projectId: project },
      wrong: { credentials: { ak: AK, sk: WRONG_SK }, projectId: project },
      splitting: { credentials: { ak: `${AK}\r\nX-Leak: ${SK}`, sk: SK } },
    },
    {
      name: "AK/SK from the environment",
      env: { AK, SK, PROJECT_ID: project },
      options: {},
      wrong: {},
      wrongEnv: { AK, SK: WRONG_SK, PROJECT_ID: project },
      splitting: {},
      splittingEnv: { AK, SK, PROJECT_ID: `${project}\r\nX-Leak: 1` },
    },
    {
      name: "temporary AK/SK with a security token",
      options: { credentials: { ak: TEMP_AK, sk: TEMP_SK, securityToken: SECURITY_TOKEN } },
      wrong: { credentials: { ak: TEMP_AK, sk: WRONG_SK, securityToken: SECURITY_TOKEN } },
      splitting: {
        credentials: { ak: TEMP_AK, sk: TEMP_SK, securityToken: `${SECURITY_TOKEN}\nX-Leak: 1` },
      },
    },
    {
      name: "IAM token",
      options: { credentials: { token: IAM_TOKEN } },
      wrong: { credentials: { token: WRONG_TOKEN } },
      splitting: { credentials: { token: `${IAM_TOKEN}\r\nX-Leak: 1` } },
    },
  ];

  function setEnv(values: Env = {}): void {
    for (const name of HUAWEI_ENV_NAMES) {
      vi.stubEnv(`HUAWEICLOUD_SDK_${name}`, values[name] ?? "");
    }
  }

  const consoleCalls: unknown[][] = [];
  beforeAll(() => mock.listen());
  beforeEach(() => {
    mock.use(handler);
    behaviour = "ok";
    setEnv();
    consoleCalls.length = 0;
    for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        consoleCalls.push(args);
      });
    }
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    mock.reset();
  });
  afterAll(() => mock.close());

  /** The signatures that actually went over the wire in this test. */
  function sentSignatures(): string[] {
    return mock.requests.flatMap(
      (r) => /Signature=([0-9a-f]{64})/.exec(r.headers["authorization"] ?? "")?.[1] ?? [],
    );
  }

  function expectNoSecret(error: unknown): void {
    const logged = consoleCalls.map((args) => inspect(args, { depth: 9 }));
    assertNoSecrets(error, [...SECRETS, ...sentSignatures()], logged);
  }

  async function failure(
    options: HuaweiClientOptions,
    input: object = cancel.input,
  ): Promise<unknown> {
    try {
      const client = subject.createClient({ region: "cn-north-4", retry: false, ...options });
      expect(inspect(client, { depth: Number.POSITIVE_INFINITY, showHidden: true })).not.toContain(
        SK,
      );
      await cancel.call(client, input as never);
    } catch (error) {
      return error;
    }
    throw new Error("expected the call to fail");
  }

  describe.each(modes)("$name", (mode) => {
    it("works (the baseline the failures are compared with)", async () => {
      setEnv(mode.env);
      await cancel.call(
        subject.createClient({ region: "cn-north-4", retry: false, ...mode.options }),
        cancel.input as never,
      );
      expect(mock.requests).toHaveLength(1);
    });

    it("a header-splitting value: ConfigurationError, nothing sent, no secret", async () => {
      setEnv(mode.splittingEnv ?? mode.env);
      const error = await failure(mode.splitting);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(mock.requests).toHaveLength(0);
      expectNoSecret(error);
    });

    it("a wrong secret: 401 APIGW.0301 AuthenticationError, no secret", async () => {
      setEnv(mode.wrongEnv ?? mode.env);
      const error = await failure(mode.wrong);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ status: 401, code: "APIGW.0301" });
      expect(mock.requests).toHaveLength(1);
      expectNoSecret(error);
    });

    it(`the service's own 401 ${subject.serviceUnauthorized.error_code}: AuthenticationError, no secret`, async () => {
      setEnv(mode.env);
      behaviour = "401-service";
      const error = await failure(mode.options);
      expect(error).toMatchObject({
        name: "AuthenticationError",
        code: subject.serviceUnauthorized.error_code,
      });
      expectNoSecret(error);
    });

    it("403: PermissionDeniedError, no secret", async () => {
      setEnv(mode.env);
      behaviour = "403";
      const error = await failure(mode.options);
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect(error).toMatchObject({ code: "APIGW.0302" });
      expectNoSecret(error);
    });

    it("a network error: ConnectionError, no secret", async () => {
      setEnv(mode.env);
      behaviour = "network";
      const error = await failure(mode.options);
      expect(error).toMatchObject({ name: "ConnectionError" });
      expect(mock.requests).toHaveLength(1);
      expectNoSecret(error);
    });

    it(`a validation error (${pathField} "../../etc"): ValidationError, nothing sent, no secret`, async () => {
      setEnv(mode.env);
      const error = await failure(mode.options, { ...cancel.input, [pathField]: "../../etc" });
      expect(error).toBeInstanceOf(ValidationError);
      expect(mock.requests).toHaveLength(0);
      expectNoSecret(error);
    });

    it("missing or conflicting configuration: ConfigurationError, no secret", async () => {
      setEnv({ SK: mode.env?.["SK"] ?? SK });
      const missing = await failure({});
      expect(missing).toMatchObject({
        message: "HUAWEICLOUD_SDK_AK is not set (HUAWEICLOUD_SDK_SK is)",
      });
      expectNoSecret(missing);
      const both = await failure({ credentials: { ak: AK, sk: SK, token: IAM_TOKEN } as never });
      expect(both).toBeInstanceOf(ConfigurationError);
      expect((both as Error).message).toContain(
        "both an AK/SK pair (ak, sk) and an IAM token (token)",
      );
      expectNoSecret(both);
      expect(mock.requests).toHaveLength(0);
    });
  });

  it("every error above is a CancelSdkError and the client logged nothing", async () => {
    const error = await failure({ credentials: { ak: AK, sk: WRONG_SK } });
    expect(error).toBeInstanceOf(CancelSdkError);
    expect(consoleCalls).toEqual([]);
  });

  it("the check itself finds a secret hidden deep in a cause", () => {
    const leaky = new (ConfigurationError as new (message: string, options: ErrorOptions) => Error)(
      "bad",
      { cause: new Error("inner", { cause: { headers: { sk: SK } } }) },
    );
    expect(() => expectNoSecret(leaky)).toThrow();
  });
}
