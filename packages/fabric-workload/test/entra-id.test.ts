// The default `authenticate`: Entra ID tokens verified with jose against a LOCAL key set (keys made
// here, served from a function or a loopback server; never the network), with the reference
// workload's checks (AuthenticationService.cs of Microsoft's sample).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { assertNoSecrets } from "@cancel/testkit";
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JWTPayload,
  type JWTVerifyGetKey,
  SignJWT,
} from "jose";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createJobsHandler,
  type EntraIdIdentity,
  type EntraIdOptions,
  entraIdAuthenticator,
  FABRIC_APP_IDS,
  TokenValidationError,
} from "../src/server/index.js";
import { CLIENT_ID, PUBLISHER, TENANT } from "./support/fixtures.js";

const CUSTOMER = TENANT;
const AUDIENCE = `api://localdevinstance/${PUBLISHER}/Fabric.WorkloadSample/123`;
const FABRIC = FABRIC_APP_IDS.fabricBackend;
const JOB_URL =
  "https://workload.contoso.com/workload/workspaces/e5ef604d-e14f-4a59-9133-75d5a0cb9334/items/Contoso.FinanceAnalytics.Forecast/b14cb7e7-d346-4751-9cfd-8c2767d53111/jobTypes/calculateForecast/instances/63f77191-432d-4ee6-9c5f-31a1a6987072";

type Key = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
let signingKey: Key;
let strangerKey: Key;
let jwks: JWTVerifyGetKey;
let publicJwks: { keys: unknown[] };

beforeAll(async () => {
  const pair = await generateKeyPair("RS256", { extractable: true });
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair("RS256")).privateKey;
  publicJwks = {
    keys: [{ ...(await exportJWK(pair.publicKey)), kid: "entra-1", alg: "RS256", use: "sig" }],
  };
  jwks = createLocalJWKSet(publicJwks as never);
});

const now = () => Math.floor(Date.now() / 1000);

/** An Entra ID access token as the sample's docs show them; `claims` overrides (undefined drops one). */
async function token(
  kind: "app" | "subject",
  version: "1.0" | "2.0",
  claims: Record<string, unknown> = {},
  key: Key = signingKey,
): Promise<string> {
  const tid = kind === "app" ? PUBLISHER : CUSTOMER;
  const base: Record<string, unknown> = {
    ver: version,
    tid,
    iss:
      version === "1.0"
        ? `https://sts.windows.net/${tid}/`
        : `https://login.microsoftonline.com/${tid}/v2.0`,
    aud: version === "1.0" ? AUDIENCE : CLIENT_ID,
    [version === "1.0" ? "appid" : "azp"]: FABRIC,
    oid: "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb",
    iat: now() - 60,
    nbf: now() - 60,
    exp: now() + 3600,
    ...(kind === "app" ? { idtyp: "app" } : { scp: "FabricWorkloadControl Item1.Read.All" }),
  };
  const payload = Object.fromEntries(
    Object.entries({ ...base, ...claims }).filter(([, v]) => v !== undefined),
  ) as JWTPayload;
  return new SignJWT(payload)
    .setProtectedHeader({ alg: "RS256", kid: "entra-1", typ: "JWT" })
    .sign(key);
}

const options = (extra: Partial<EntraIdOptions> = {}): EntraIdOptions => ({
  publisherTenantId: PUBLISHER,
  clientId: CLIENT_ID,
  audience: AUDIENCE,
  jwks,
  ...extra,
});

async function check(appToken: string, subjectToken?: string, extra: Partial<EntraIdOptions> = {}) {
  const authenticate = entraIdAuthenticator(options(extra));
  return authenticate({
    appToken,
    subjectToken,
    tenantId: CUSTOMER,
    operationId: "cancelItemJobInstance",
    request: new Request(JOB_URL),
  });
}

async function refusal(promise: Promise<unknown>): Promise<TokenValidationError> {
  const error = await promise.then(
    () => {
      throw new Error("the tokens were accepted");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TokenValidationError);
  return error as TokenValidationError;
}

describe("entraIdAuthenticator: tokens that pass", () => {
  it.each(["1.0", "2.0"] as const)(
    "v%s app and subject tokens pass and give their claims",
    async (version) => {
      const subject = await token("subject", version);
      const identity = (await check(await token("app", version), subject)) as EntraIdIdentity;
      expect(identity.tenantId).toBe(CUSTOMER);
      expect(identity.app).toMatchObject({ tid: PUBLISHER, idtyp: "app" });
      expect(identity.subject).toMatchObject({
        tid: CUSTOMER,
        scp: "FabricWorkloadControl Item1.Read.All",
      });
      // Kept for an on-behalf-of exchange, but out of every rendering.
      expect(identity.subjectToken()).toBe(subject);
      expect(JSON.stringify(identity)).not.toContain(subject);
      assertNoSecrets(identity, [subject]);
    },
  );

  it("an app token alone passes (a scheduled job has no user), unless requireSubjectToken", async () => {
    const app = await token("app", "2.0");
    expect(await check(app)).toMatchObject({ subject: undefined });
    const error = await refusal(check(app, undefined, { requireSubjectToken: true }));
    expect(error.message).toBe("subjectToken: is required but the header has none");
  });

  it("the Fabric client for workloads is a Fabric app too; a token within the clock skew passes", async () => {
    await check(
      await token("app", "1.0", {
        appid: FABRIC_APP_IDS.fabricClientForWorkloads,
        exp: now() - 30,
      }),
    );
  });
});

describe("entraIdAuthenticator: each failure names the claim", () => {
  it.each<[string, () => Promise<[string, string?]>, string, string | undefined]>([
    [
      "an expired app token",
      async () => [await token("app", "2.0", { exp: now() - 120 })],
      'appToken: claim "exp" has passed: the token has expired',
      "exp",
    ],
    [
      "an expired subject token",
      async () => [await token("app", "2.0"), await token("subject", "2.0", { exp: now() - 120 })],
      'subjectToken: claim "exp" has passed: the token has expired',
      "exp",
    ],
    [
      "a token not valid yet",
      async () => [await token("app", "2.0", { nbf: now() + 600 })],
      'appToken: claim "nbf" is in the future: the token is not valid yet',
      "nbf",
    ],
    [
      "the wrong audience (v2.0: the client id)",
      async () => [await token("app", "2.0", { aud: "11112222-bbbb-3333-cccc-4444dddd5555" })],
      'appToken: claim "aud" is not the workload\'s clientId (v2.0 tokens)',
      "aud",
    ],
    [
      "the wrong audience (v1.0: the app id URI)",
      async () => [
        await token("app", "2.0"),
        await token("subject", "1.0", { aud: "api://someone-else" }),
      ],
      'subjectToken: claim "aud" is not the workload\'s audience (v1.0 tokens)',
      "aud",
    ],
    [
      "an app token of another tenant than the publisher's",
      async () => {
        const tid = "99999999-9999-9999-9999-999999999999";
        return [
          await token("app", "2.0", { tid, iss: `https://login.microsoftonline.com/${tid}/v2.0` }),
        ];
      },
      'appToken: claim "tid" is not the workload publisher\'s tenant',
      "tid",
    ],
    [
      "a subject token of another tenant than x-ms-client-tenant-id",
      async () => [
        await token("app", "2.0"),
        await token("subject", "1.0", {
          tid: PUBLISHER,
          iss: `https://sts.windows.net/${PUBLISHER}/`,
        }),
      ],
      'subjectToken: claim "tid" is not the x-ms-client-tenant-id tenant',
      "tid",
    ],
    [
      "an issuer that is not the token tenant's",
      async () => [
        await token("app", "1.0", { iss: `https://login.microsoftonline.com/${PUBLISHER}/v2.0` }),
      ],
      'appToken: claim "iss" is not the Entra ID issuer of the token\'s tenant (v1.0)',
      "iss",
    ],
    [
      "an app token of an app that is not Fabric",
      async () => [await token("app", "2.0", { azp: CLIENT_ID })],
      'appToken: claim "azp" is not a Fabric application',
      "azp",
    ],
    [
      "a subject token of another app than the app token's",
      async () => [
        await token("app", "1.0"),
        await token("subject", "1.0", { appid: FABRIC_APP_IDS.fabricClientForWorkloads }),
      ],
      'subjectToken: claim "appid" is not the app token\'s application',
      "appid",
    ],
    [
      "a delegated token as the app token",
      async () => [await token("app", "2.0", { idtyp: undefined, scp: "FabricWorkloadControl" })],
      'appToken: claim "idtyp" must be "app" in an app-only token',
      "idtyp",
    ],
    [
      "a subject token without the FabricWorkloadControl scope",
      async () => [
        await token("app", "2.0"),
        await token("subject", "2.0", { scp: "Item1.Read.All" }),
      ],
      'subjectToken: claim "scp" has none of the required scopes (FabricWorkloadControl)',
      "scp",
    ],
    [
      "a token version Entra ID does not issue",
      async () => [await token("app", "2.0", { ver: "3.0" })],
      'appToken: claim "ver" must be "1.0" or "2.0"',
      "ver",
    ],
    [
      "a token signed by another key",
      async () => [await token("app", "2.0", {}, strangerKey)],
      "appToken: signature does not verify with the signing keys",
      undefined,
    ],
  ])("%s", async (_name, make, message, claim) => {
    const [app, subject] = await make();
    const error = await refusal(check(app, subject));
    expect(error.message).toBe(message);
    expect(error.claim).toBe(claim);
    assertNoSecrets(error, [app, subject ?? ""]);
  });

  it("options it cannot work without are a ConfigurationError", () => {
    expect(() => entraIdAuthenticator({ ...options(), audience: " " })).toThrow(
      "entraId.audience is required: a non-empty string",
    );
  });
});

describe("the handler with entraId: the refusals as Fabric sees them", () => {
  it("401 AuthError naming the claim, expired / wrong audience / wrong tenant; no token in the answer", async () => {
    const cancel = vi.fn(() => ({ status: "Cancelled" as const }));
    const handler = createJobsHandler({
      entraId: options(),
      cancel,
      getState: () => ({ status: "Failed" }),
    });
    const send = async (app: string, subject = "") => {
      const response = await handler(
        new Request(`${JOB_URL}/cancel`, {
          method: "POST",
          headers: {
            authorization: `SubjectAndAppToken1.0 subjectToken="${subject}", appToken="${app}"`,
            "x-ms-client-tenant-id": CUSTOMER,
            ActivityId: "a1",
            RequestId: "r1",
          },
        }),
      );
      return { status: response.status, text: await response.text() };
    };
    const good = await token("app", "2.0");
    const cases = [
      [
        await token("app", "2.0", { exp: now() - 3600 }),
        "",
        'appToken: claim "exp" has passed: the token has expired',
      ],
      [
        await token("app", "1.0", { aud: "api://other" }),
        "",
        'appToken: claim "aud" is not the workload\'s audience (v1.0 tokens)',
      ],
      [
        good,
        await token("subject", "2.0", {
          tid: PUBLISHER,
          iss: `https://login.microsoftonline.com/${PUBLISHER}/v2.0`,
        }),
        'subjectToken: claim "tid" is not the x-ms-client-tenant-id tenant',
      ],
    ] as const;
    for (const [app, subject, message] of cases) {
      const { status, text } = await send(app, subject);
      expect(status).toBe(401);
      expect(JSON.parse(text)).toEqual({
        errorCode: "AuthError",
        message,
        source: "External",
        isPermanent: false,
      });
      assertNoSecrets(undefined, [app, subject], [text]);
    }
    expect(cancel).not.toHaveBeenCalled();
    expect((await send(good, await token("subject", "2.0"))).status).toBe(200);
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  describe("keys from a JWKS URL (a loopback server standing in for login.microsoftonline.com)", () => {
    let server: Server;
    let url: string;
    let served = 0;
    beforeAll(async () => {
      server = createServer((_req, res) => {
        served++;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify(publicJwks));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/common/discovery/v2.0/keys`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("fetches the keys once and verifies with them", async () => {
      const authenticate = entraIdAuthenticator(options({ jwks: url }));
      const input = {
        subjectToken: undefined,
        tenantId: CUSTOMER,
        operationId: "x",
        request: new Request(JOB_URL),
      };
      await authenticate({ ...input, appToken: await token("app", "2.0") });
      await authenticate({ ...input, appToken: await token("app", "1.0") });
      expect(served).toBe(1);
      const error = await refusal(
        Promise.resolve(
          authenticate({ ...input, appToken: await token("app", "2.0", {}, strangerKey) }),
        ),
      );
      expect(error.message).toBe("appToken: signature does not verify with the signing keys");
    });
  });
});
