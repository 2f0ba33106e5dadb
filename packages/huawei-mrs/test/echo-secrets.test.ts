/**
 * MRS (or its API gateway, or a proxy) answering 401/403 with every request header repeated (JSON,
 * `/` escaped, an HTML page, a canonical-request dump): no security token, IAM token, signature or
 * Authorization value that went out may reach any rendering of the error.
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
import { http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  createClient,
  type HuaweiMrsClientOptions,
  PermissionDeniedError,
  stopJob,
} from "../src/index.js";

const PROJECT = "37caa80116e1403ab603e5eeb48a2f74";
const INPUT = {
  projectId: PROJECT,
  clusterId: "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df",
  jobExecutionId: "431b135e-c090-489f-b1db-0abe3822b855",
};
const AK = "ECHOTEMPAK0000000001";
const SK = "sk-ECHO-temporary/secret+key-1a2b3c4d5e6f";
// Security and IAM tokens are long base64: `/`, `+` and `=` change under escaping and encoding.
const SECURITY_TOKEN = "gQpjbi1ub3J0aC00ECHO/securityToken+MIIEcwYJKoZIhvcNAQcCoIIE==";
const IAM_TOKEN = "MIIZkQYJKoZIhvcNAQcCECHO/iamToken+MIIZggIBATENMAsGCWCGSAFlAwQCAT==";
const SECRETS = [
  SK,
  SECURITY_TOKEN,
  IAM_TOKEN,
  SECURITY_TOKEN.slice(20, 40),
  IAM_TOKEN.slice(20, 40),
];

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const modes: [string, HuaweiMrsClientOptions, number][] = [
  [
    "AK/SK with a security token",
    { credentials: { ak: AK, sk: SK, securityToken: SECURITY_TOKEN }, projectId: PROJECT },
    3,
  ],
  ["an IAM token", { credentials: { token: IAM_TOKEN } }, 1],
];

describe.each(modes)("%s", (_mode, options, credentialCount) => {
  it.each(ECHO_STYLES)("a 401/403 that echoes the request (%s)", async (style) => {
    mock.use(
      http.all("https://*/v2/:project/clusters/:cluster/job-executions/:job/kill", ({ request }) =>
        echoAnswer(request, style as EchoStyle),
      ),
    );
    const client = createClient({ region: "cn-north-4", retry: false, ...options });
    const error = await stopJob(client, INPUT).then(
      () => new Error("expected the call to fail"),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(
      ECHO_STATUS[style] === 401 ? AuthenticationError : PermissionDeniedError,
    );
    const sent = sentCredentials(mock.requests[0]!.headers);
    expect(sent).toHaveLength(credentialCount);
    assertNoSecrets(error, [...SECRETS, ...sent]);
    expect(String(error)).toContain("[REDACTED]");
  });
});
