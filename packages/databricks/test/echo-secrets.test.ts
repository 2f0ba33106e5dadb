/**
 * A workspace (or a proxy in front of it) whose 401/403 repeats every request header, in JSON, with
 * `/` escaped, as an HTML page and as AWS's canonical-request echo: neither the PAT, the issued
 * access token, the client secret nor its Basic value may reach any rendering of the error.
 */
import { AuthenticationError, CredentialsError, PermissionDeniedError } from "@cancel/core";
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
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cancelRun, createClient, type DatabricksClientOptions } from "../src/index.js";
import { HOST, isolateEnv, ORIGIN } from "./auth-vendor.js";

// Characters that JSON-escaping, percent-encoding and form-encoding each change.
const PAT = "dapi0123456789abcdef/0123+456789~abcdef";
const CLIENT_ID = "5b2f9c1e-7a4d-4e8b-9f3a-1c2d3e4f5a6b";
const CLIENT_SECRET = "dose/Secret+0123456789abcdef~xyz!1";
const ACCESS_TOKEN = "eyJraWQiOiJlY2hvIn0.eyJzdWIiOiJzcCJ9/c2VjcmV0LWFjY2Vzcy10b2tlbg+==";
const form = (value: string) => new URLSearchParams([["", value]]).toString().slice(1);
const BASIC = btoa(`${form(CLIENT_ID)}:${form(CLIENT_SECRET)}`);
// A distinctive middle part of each, so a truncated copy is caught too.
const SECRETS = [
  PAT,
  CLIENT_SECRET,
  form(CLIENT_SECRET),
  BASIC,
  `Basic ${BASIC}`,
  ACCESS_TOKEN,
  PAT.slice(4, 20),
  CLIENT_SECRET.slice(4, 20),
  BASIC.slice(20, 40),
  ACCESS_TOKEN.slice(20, 40),
];

const mock = createMockServer();
let restoreEnv: () => void;
beforeAll(() => mock.listen());
beforeEach(() => {
  restoreEnv = isolateEnv();
});
afterEach(() => {
  restoreEnv();
  mock.reset();
});
afterAll(() => mock.close());

const tokenUrl = `${ORIGIN}/oidc/v1/token`;
const apiUrl = `${ORIGIN}/api/*`;
const goodToken = () =>
  HttpResponse.json({ access_token: ACCESS_TOKEN, token_type: "Bearer", expires_in: 3600 });

const modes: [string, DatabricksClientOptions][] = [
  ["PAT", { host: HOST, token: PAT }],
  ["OAuth M2M", { host: HOST, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }],
];

async function failure(options: DatabricksClientOptions): Promise<unknown> {
  const client = createClient({ ...options, retry: false });
  return cancelRun(client, { runId: 1 }).then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );
}

/** The credentials that actually went out, by request. */
const sent = () => mock.requests.flatMap((request) => sentCredentials(request.headers));

it("the secrets need encoding (so the encoded echoes differ from the raw ones)", () => {
  for (const value of [PAT, CLIENT_SECRET, BASIC, ACCESS_TOKEN]) {
    expect(encodeURIComponent(value)).not.toBe(value);
  }
});

describe.each(modes)("%s: the API call's 401/403 echoes the request", (_mode, options) => {
  it.each(ECHO_STYLES)("%s", async (style) => {
    mock.use(
      http.post(tokenUrl, goodToken),
      http.all(apiUrl, ({ request }) => echoAnswer(request, style as EchoStyle)),
    );
    const error = await failure(options);
    expect(error).toBeInstanceOf(
      ECHO_STATUS[style] === 401 ? AuthenticationError : PermissionDeniedError,
    );
    expect(sent().length).toBeGreaterThan(0);
    assertNoSecrets(error, [...SECRETS, ...sent()]);
    // The echo was kept, scrubbed (AWS's canonical request leaves Authorization out).
    if (style !== "aws-canonical") expect(String(error)).toContain("[REDACTED]");
  });
});

describe("OAuth M2M: the token endpoint's 401/403 echoes the request", () => {
  it("the Basic value needs percent-encoding too", () => {
    expect(BASIC).toMatch(/[+/=]/);
  });

  it.each(ECHO_STYLES)("%s", async (style) => {
    mock.use(http.post(tokenUrl, ({ request }) => echoAnswer(request, style as EchoStyle)));
    const error = await failure(modes[1]![1]);
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error).toMatchObject({ status: ECHO_STATUS[style] });
    assertNoSecrets(error, [...SECRETS, ...sent()]);
    if (style === "json" || style === "json-escaped") {
      // The OAuth error_description was kept, scrubbed.
      expect((error as { vendorMessage?: string }).vendorMessage).toContain("[REDACTED]");
    }
  });
});
