/**
 * EMR Serverless (or a proxy in front of it) answering 401/403 with every request header repeated
 * (JSON, `/` escaped, an HTML page, and InvalidSignatureException's canonical request, which
 * prints `x-amz-security-token`): no session token, signature or Authorization value that went
 * out may reach any rendering of the error.
 */
import { AuthenticationError, PermissionDeniedError } from "@cancel/core";
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
import { type AwsCredentials, cancelJobRun, createClient } from "../src/index.js";

const KEY_ID = "ASIAQECHOEXAMPLEKEY1";
const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYECHOSECRETKEY";
// Session tokens are base64: `/`, `+` and `=` change under JSON-escaping and percent-encoding.
const TOKEN = "IQoJb3JpZ2luX2VjEOCHO//////////wEaCXVzLWVhc3QtMSJHMEUCIQ+EchoSessionToken+0Q==";
const SECRETS = [SECRET, TOKEN, SECRET.slice(8, 28), TOKEN.slice(30, 50)];
const INPUT = { applicationId: "00f1r6ss7gs9ue09", jobRunId: "00f1s0tqg1gkas09" };

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const keys: AwsCredentials = { accessKeyId: KEY_ID, secretAccessKey: SECRET, sessionToken: TOKEN };
const modes: [string, () => AwsCredentials | (() => Promise<AwsCredentials>), boolean][] = [
  ["keys with a session token", () => keys, true],
  ["a credentials provider", () => async () => keys, true],
  [
    "a credentials provider without a session token",
    () => async () => ({ accessKeyId: KEY_ID, secretAccessKey: SECRET }),
    false,
  ],
];

describe.each(modes)("%s", (_mode, credentials, withToken) => {
  it.each(ECHO_STYLES)("a 401/403 that echoes the request (%s)", async (style) => {
    mock.use(
      http.all("https://*/applications/:a/jobruns/:r", ({ request }) =>
        echoAnswer(request, style as EchoStyle),
      ),
    );
    const client = createClient({ region: "us-east-1", credentials: credentials(), retry: false });
    const error = await cancelJobRun(client, INPUT).then(
      () => new Error("expected the call to fail"),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(
      ECHO_STATUS[style] === 401 ? AuthenticationError : PermissionDeniedError,
    );
    const sent = sentCredentials(mock.requests[0]!.headers);
    expect(sent.length).toBe(withToken ? 3 : 2);
    assertNoSecrets(error, [...SECRETS, ...sent]);
    if (style !== "aws-canonical" || withToken) expect(String(error)).toContain("[REDACTED]");
    // The signature date is no secret: a clock-skew message keeps it.
    if (style !== "html") {
      expect(String(error)).toContain(mock.requests[0]!.headers["x-amz-date"]);
    }
  });
});
