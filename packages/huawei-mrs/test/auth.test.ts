import { openapiClient } from "../src/generated/openapi.gen.js";
import { readFileSync } from "node:fs";
import { checkGatewayAuth, formatSdkDate } from "@cancel/huawei-auth";
import { createMockServer, specExamples, viaRequest } from "@cancel/testkit";
import { BasicCredentials } from "@huaweicloud/huaweicloud-sdk-core";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  AuthenticationError,
  ConfigurationError,
  cancelJobExecution,
  createClient,
  type HuaweiMrsClient,
  type HuaweiMrsClientOptions,
  mrsEndpoint,
  showSingleJobExe,
  stopJob,
} from "../src/index.js";

const PROJECT = "37caa80116e1403ab603e5eeb48a2f74";
const CLUSTER = "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df";
const JOB = "431b135e-c090-489f-b1db-0abe3822b855";
const JOB_V11 = "2de74673-1a78-48af-a95b-e1fec4a4ae9c";
const AK = "MRSTESTAK0000000EXA1";
const SK = "mrs-test-secret-key-Zq8v+/w3nG7pL2xT9cR4";
const TEMP_AK = "MRSTEMPAK000000EXA02";
const TEMP_SK = "mrs-temporary-secret-key-Jd83kLq0Pz";
const SECURITY_TOKEN = "gQpjbi1ub3J0aC00bXJzVGVtcG9yYXJ5U2VjdXJpdHlUb2tlbg==";
const IAM_TOKEN = "MIIZkQYJKoZIhvcNAQcCoIIZgjCCGX4CAQExDTALBglghkgBZQMEAgEwghejBgkqhkiG";
const CLOCK = new Date("2024-03-07T09:08:07Z");
const SDK_DATE = "20240307T090807Z";

const examples = specExamples("huawei-mrs");
const example = (operation: string, status: string) =>
  examples[operation]!.success.find((e) => e.status === status)!.value as never;
const mock = createMockServer();
const verified: string[] = [];

/** What Huawei's API gateway does in front of MRS: check the signature or token, then answer. */
function gateway(answer: () => Response) {
  return async ({ request }: { request: Request }) => {
    const denied = await checkGatewayAuth(request, {
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

const routes = [
  http.post(
    "https://*/v2/:project/clusters/:cluster/job-executions/:job/kill",
    gateway(() => new HttpResponse(null, { status: 200 })),
  ),
  http.get(
    "https://*/v2/:project/clusters/:cluster/job-executions/:job",
    gateway(() => HttpResponse.json(example("showSingleJobExe", "202"), { status: 202 })),
  ),
  http.get(
    "https://*/v1.1/:project/job-executions/:job/cancel",
    gateway(() => HttpResponse.json(example("cancelJobExecution", "200"))),
  ),
];

function clearHuaweiEnv(): void {
  for (const name of ["AK", "SK", "SECURITY_TOKEN", "PROJECT_ID"])
    vi.stubEnv(`HUAWEICLOUD_SDK_${name}`, "");
}

beforeAll(() => mock.listen());
beforeEach(() => {
  clearHuaweiEnv();
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
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const snippet = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  const body = snippet.replace(/^import[\s\S]*?;\n/m, "");
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  const run = () =>
    new AsyncFunction("createClient", "stopJob", "showSingleJobExe", body)(
      createClient,
      stopJob,
      showSingleJobExe,
    );

  it("imports only what it uses from the package", () => {
    expect(snippet).toMatch(
      /^import \{ createClient, showSingleJobExe, stopJob \} from "@cancel\/huawei-mrs";\n/,
    );
  });

  it("authenticates with only HUAWEICLOUD_SDK_AK / _SK / _PROJECT_ID set, against a verifying gateway", async () => {
    vi.stubEnv("HUAWEICLOUD_SDK_AK", AK);
    vi.stubEnv("HUAWEICLOUD_SDK_SK", SK);
    vi.stubEnv("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await run();
    expect(log).toHaveBeenCalledWith("FINISHED");
    expect(verified).toEqual([
      `POST /v2/${PROJECT}/clusters/${CLUSTER}/job-executions/${JOB}/kill`,
      `GET /v2/${PROJECT}/clusters/${CLUSTER}/job-executions/${JOB}`,
    ]);
    expect(mock.requests).toHaveLength(2);
    for (const request of mock.requests) {
      // ap-southeast-1 is one of the regions whose MRS endpoint ends in .cn, not .com.
      expect(request.url.origin).toBe("https://mrs.ap-southeast-1.myhuaweicloud.cn");
      expect(request.headers["x-project-id"]).toBe(PROJECT);
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
    vi.stubEnv("HUAWEICLOUD_SDK_AK", AK);
    vi.stubEnv("HUAWEICLOUD_SDK_SK", "not-the-right-secret-key-0000000000000");
    vi.stubEnv("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT);
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      code: "APIGW.0301",
      vendorMessage: "Incorrect IAM authentication information: verify aksk signature fail",
      provider: "huawei-mrs",
      operation: "stopJob",
    });
    expect((error as AuthenticationError).requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(error)).not.toContain("not-the-right-secret-key");
    expect(verified).toEqual([]);
  });
});

describe("every request is signed and verified", () => {
  const client = (options: HuaweiMrsClientOptions = {}): HuaweiMrsClient =>
    createClient({
      region: "cn-north-4",
      projectId: PROJECT,
      credentials: { ak: AK, sk: SK },
      ...options,
    });

  it.each([
    [
      "stopJob",
      (c: HuaweiMrsClient) =>
        stopJob(c, { projectId: PROJECT, clusterId: CLUSTER, jobExecutionId: JOB }),
    ],
    [
      "showSingleJobExe",
      (c: HuaweiMrsClient) =>
        showSingleJobExe(c, { projectId: PROJECT, clusterId: CLUSTER, jobExecutionId: JOB }),
    ],
    [
      "cancelJobExecution",
      (c: HuaweiMrsClient) =>
        cancelJobExecution(c, { projectId: PROJECT, jobExecutionId: JOB_V11 }),
    ],
  ])("%s with permanent AK/SK, temporary AK/SK and an IAM token", async (_name, call) => {
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
  });

  it("every retry is signed afresh: new X-Sdk-Date, new signature, each verified", async () => {
    let answered = 0;
    mock.use(
      http.get(
        "https://*/v2/:project/clusters/:cluster/job-executions/:job",
        gateway(() =>
          ++answered === 1
            ? HttpResponse.json(
                { error_code: "APIGW.0812", error_msg: "backend unavailable" },
                { status: 503 },
              )
            : HttpResponse.json({}, { status: 202 }),
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
    await showSingleJobExe(c, { projectId: PROJECT, clusterId: CLUSTER, jobExecutionId: JOB });
    expect(verified).toHaveLength(2);
    const [first, second] = mock.requests;
    expect(first!.headers["x-sdk-date"]).toBe(formatSdkDate(new Date(start + 2000)));
    expect(second!.headers["x-sdk-date"]).toBe(formatSdkDate(new Date(start + 4000)));
    expect(second!.headers["authorization"]).not.toBe(first!.headers["authorization"]);
  });

  it("a tampered request is refused by the gateway (so the handler really verifies)", async () => {
    const tamper = async (href: string, init: RequestInit) => {
      const url = new URL(href);
      url.pathname = url.pathname.replace(JOB, "00000000-0000-0000-0000-000000000000");
      return globalThis.fetch(url, init);
    };
    const error = await stopJob(client({ fetch: tamper }), {
      projectId: PROJECT,
      clusterId: CLUSTER,
      jobExecutionId: JOB,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: "APIGW.0301" });
    expect(verified).toEqual([]);
  });
});

// --- agreement with the official SDK (`@huaweicloud/huaweicloud-sdk-core`, test-only) ---------

/** The official SDK's Authorization for a request, given the headers our client sent. */
async function sdkAuthorization(
  request: Request,
  credentials: {
    ak: string;
    sk: string;
    securityToken?: string | undefined;
    projectId?: string | undefined;
  },
): Promise<string> {
  let reference = new BasicCredentials().withAk(credentials.ak).withSk(credentials.sk);
  if (credentials.securityToken) reference = reference.withSecurityToken(credentials.securityToken);
  if (credentials.projectId) reference = reference.withProjectId(credentials.projectId);
  const url = new URL(request.url);
  const queryParams: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    queryParams[key] = values.length === 1 ? values[0]! : values;
  }
  // The headers as they were before auth; the SDK adds X-Project-Id and X-Security-Token itself.
  const added = ["authorization", "x-sdk-date", "x-project-id", "x-security-token"];
  const headers: Record<string, string> = { "X-Sdk-Date": request.headers.get("x-sdk-date")! };
  for (const [name, value] of request.headers) if (!added.includes(name)) headers[name] = value;
  const signed = await reference.processAuthRequest({} as never, {
    method: request.method,
    endpoint: url.origin,
    url: url.pathname,
    queryParams,
    headers,
  });
  return (signed.headers as Record<string, string>)["Authorization"]!;
}

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

  it.each(modes)("$mode", async ({ ak, sk, securityToken }) => {
    const sent: Request[] = [];
    const c = createClient({
      region: "ru-northwest-2",
      projectId: PROJECT,
      credentials: { ak, sk, securityToken },
      now: () => CLOCK,
      fetch: viaRequest(async (request) => {
        sent.push(request);
        if (request.url.includes("/cancel")) {
          return HttpResponse.json(example("cancelJobExecution", "200"));
        }
        return new Response(request.method === "POST" ? null : "{}", {
          status: request.method === "POST" ? 200 : 202,
          headers: { "Content-Type": "application/json" },
        });
      }),
    });
    await stopJob(c, { projectId: PROJECT, clusterId: CLUSTER, jobExecutionId: JOB });
    await openapiClient(c).GET(
      "/v2/{project_id}/clusters/{cluster_id}/job-executions/{job_execution_id}",
      {
        params: {
          path: { project_id: PROJECT, cluster_id: CLUSTER, job_execution_id: JOB },
          query: { verbose: "true", fields: ["job_state", "job_result"], "a b": "x/y*" },
        },
        parseAs: "stream",
      } as never,
    );
    await cancelJobExecution(c, { projectId: PROJECT, jobExecutionId: JOB_V11 });
    expect(sent).toHaveLength(3);
    expect(new URL(sent[1]!.url).search).not.toBe("");
    for (const request of sent) {
      expect(new URL(request.url).origin).toBe("https://mrs.ru-northwest-2.myhuaweicloud.cn");
      expect(request.headers.get("x-sdk-date")).toBe(SDK_DATE);
      expect(request.headers.get("authorization")).toBe(
        await sdkAuthorization(request, { ak, sk, securityToken, projectId: PROJECT }),
      );
    }
  });
});

describe("region → endpoint (per the official SDK's MrsRegion table)", () => {
  it.each([
    ["cn-north-4", "https://mrs.cn-north-4.myhuaweicloud.com"],
    ["cn-east-3", "https://mrs.cn-east-3.myhuaweicloud.com"],
    ["ap-southeast-1", "https://mrs.ap-southeast-1.myhuaweicloud.cn"],
    ["ap-southeast-2", "https://mrs.ap-southeast-2.myhuaweicloud.com"],
    ["ap-southeast-4", "https://mrs.ap-southeast-4.myhuaweicloud.cn"],
    ["ru-northwest-2", "https://mrs.ru-northwest-2.myhuaweicloud.cn"],
    ["eu-west-101", "https://mrs.eu-west-101.myhuaweicloud.eu"],
    ["eu-west-0", "https://mrs.eu-west-0.myhuaweicloud.com"],
    ["af-south-1", "https://mrs.af-south-1.myhuaweicloud.com"],
  ])("%s → %s", (region, endpoint) => {
    expect(mrsEndpoint(region)).toBe(endpoint);
    const c = createClient({ region, credentials: { token: IAM_TOKEN } });
    expect(c.transport.baseUrl.href).toBe(`${endpoint}/`);
  });

  it("baseUrl wins over region; region and server.region must agree", () => {
    const c = createClient({
      region: "eu-west-101",
      baseUrl: "https://proxy.example.test/mrs",
      credentials: { token: IAM_TOKEN },
    });
    expect(c.transport.baseUrl.href).toBe("https://proxy.example.test/mrs");
    expect(() =>
      createClient({
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
    expect(() => createClient({ region, credentials: { token: IAM_TOKEN } })).toThrow(
      ConfigurationError,
    );
  });
});

describe("configuration", () => {
  it("an authenticate hook and credentials together are refused", () => {
    expect(() => createClient({ authenticate: (r) => r, credentials: { ak: AK, sk: SK } })).toThrow(
      "pass either an authenticate hook or credentials/projectId, not both",
    );
  });

  it("no credentials anywhere is a ConfigurationError at createClient, naming the env vars", () => {
    expect(() => createClient({ region: "cn-north-4" })).toThrow(
      "no Huawei Cloud credentials: pass credentials: { ak, sk } or { token }, set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or pass an authenticate hook",
    );
  });

  it("options win over the environment", async () => {
    vi.stubEnv("HUAWEICLOUD_SDK_AK", "ENVIRONMENTAK0000001");
    vi.stubEnv("HUAWEICLOUD_SDK_SK", "environment-secret");
    vi.stubEnv("HUAWEICLOUD_SDK_PROJECT_ID", "0000environmentproject");
    await stopJob(createClient({ credentials: { ak: AK, sk: SK }, projectId: PROJECT }), {
      projectId: PROJECT,
      clusterId: CLUSTER,
      jobExecutionId: JOB,
    });
    expect(mock.requests[0]!.headers["authorization"]).toContain(`Access=${AK},`);
    expect(mock.requests[0]!.headers["x-project-id"]).toBe(PROJECT);
  });

  it.each([
    ["an AK", { credentials: { ak: "AK\r\nX-Injected: 1", sk: SK } }],
    ["an IAM token", { credentials: { token: `${IAM_TOKEN}\nX-Injected: 1` } }],
    [
      "a security token",
      { credentials: { ak: AK, sk: SK, securityToken: "tok\r\nX-Injected: 1" } },
    ],
    ["a project id", { credentials: { ak: AK, sk: SK }, projectId: `${PROJECT}\r\nX-Injected: 1` }],
  ] as const)("CR/LF in %s is refused and nothing is sent", (_what, options) => {
    expect(() => createClient(options)).toThrow(ConfigurationError);
    expect(mock.requests).toHaveLength(0);
  });

  it("the existing authenticate escape hatch still works (no env needed)", async () => {
    await stopJob(
      createClient({
        authenticate: (request) => {
          request.headers.set("X-Auth-Token", IAM_TOKEN);
          return request;
        },
      }),
      { projectId: PROJECT, clusterId: CLUSTER, jobExecutionId: JOB },
    );
    expect(verified).toHaveLength(1);
  });
});
