import { http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ECHO_STATUS, ECHO_STYLES, echoAnswer } from "../echo.ts";
import { createMockServer } from "../mock-server.ts";
import { assertNoSecrets, sentCredentials } from "../secrets.ts";
import {
  anyHost,
  type HuaweiClient,
  type HuaweiClientOptions,
  type HuaweiSubject,
} from "./subject.ts";

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

/**
 * The service (or its API gateway, or a proxy) answering 401/403 with every request header
 * repeated (JSON, `/` escaped, an HTML page, a canonical-request dump): no security token, IAM
 * token, signature or Authorization value that went out may reach any rendering of the error.
 */
export function describeHuaweiEcho<Client extends HuaweiClient>(
  subject: HuaweiSubject<Client>,
): void {
  const { AuthenticationError, PermissionDeniedError } = subject.errors;
  const [cancel] = subject.operations;
  const mock = createMockServer();
  beforeAll(() => mock.listen());
  afterEach(() => mock.reset());
  afterAll(() => mock.close());

  const modes: [string, HuaweiClientOptions, number][] = [
    [
      "AK/SK with a security token",
      {
        credentials: { ak: AK, sk: SK, securityToken: SECURITY_TOKEN },
        projectId: cancel.input["projectId"],
      },
      3,
    ],
    ["an IAM token", { credentials: { token: IAM_TOKEN } }, 1],
  ];

  describe.each(modes)("%s", (_mode, options, credentialCount) => {
    it.each(ECHO_STYLES)("a 401/403 that echoes the request (%s)", async (style) => {
      mock.use(http.all(anyHost(cancel), ({ request }) => echoAnswer(request, style)));
      const client = subject.createClient({ region: "cn-north-4", retry: false, ...options });
      const error = await cancel.call(client, cancel.input as never).then(
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
}
