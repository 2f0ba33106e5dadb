/**
 * A Fabric workload backend (or a proxy in front of it) answering 401/403 with every request
 * header repeated (JSON, `/` escaped, an HTML page, a canonical-request dump): neither the app
 * token, the subject token nor the SubjectAndAppToken value may reach any rendering of the error.
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
import {
  cancelItemJobInstance,
  createClient,
  type FabricWorkloadClientOptions,
} from "../src/index.js";
import { IDS, TENANT } from "./support/fixtures.js";

const BASE = "https://forecast.example.net/workload";
// Entra ID tokens are JWTs; these carry `/` and `+` too (b64token allows them).
const APP_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJhcHBpZCI6ImVjaG8ifQ.ZWNoby/hcHAtc2lnbmF0dXJl+Zm9v";
const SUBJECT_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJvaWQiOiJlY2hvIn0.ZWNoby/zdWJqZWN0LXNpZw+YmFy";
const SECRETS = [APP_TOKEN, SUBJECT_TOKEN, APP_TOKEN.slice(40), SUBJECT_TOKEN.slice(40)];

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const modes: [string, FabricWorkloadClientOptions][] = [
  ["app and subject tokens", { appToken: async () => APP_TOKEN, subjectToken: SUBJECT_TOKEN }],
  ["an app token only", { appToken: APP_TOKEN }],
];

describe.each(modes)("%s", (_mode, options) => {
  it.each(ECHO_STYLES)("a 401/403 that echoes the request (%s)", async (style) => {
    mock.use(http.all(`${BASE}/*`, ({ request }) => echoAnswer(request, style as EchoStyle)));
    const client = createClient({ baseUrl: BASE, tenantId: TENANT, retry: false, ...options });
    const error = await cancelItemJobInstance(client, IDS).then(
      () => new Error("expected the call to fail"),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(
      ECHO_STATUS[style] === 401 ? AuthenticationError : PermissionDeniedError,
    );
    const sent = sentCredentials(mock.requests[0]!.headers);
    expect(sent.length).toBeGreaterThanOrEqual(2);
    assertNoSecrets(error, [...SECRETS, ...sent]);
    // The echo was kept, scrubbed (a canonical request leaves Authorization out).
    if (style !== "aws-canonical") expect(String(error)).toContain("[REDACTED]");
    // What only names the caller is no secret: the tenant stays readable.
    if (style !== "html") expect(String(error)).toContain(TENANT);
  });
});
