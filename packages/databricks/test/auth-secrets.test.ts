/**
 * Every kind of error, under every auth mode, rendered every way a caller might log it: none may
 * contain a secret (PAT, client secret, its Basic encoding, an issued access token).
 */
import { inspect } from "node:util";
import { CancelSdkError } from "@cancel/core";
import { assertNoSecrets, createMockServer } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cancelRun, createClient, type DatabricksClientOptions } from "../src/index.js";
import {
  CLIENT_ID,
  CLIENT_SECRET,
  HOST,
  isolateEnv,
  ORIGIN,
  PAT,
  PERMISSION_DENIED,
  UNAUTHENTICATED,
} from "./auth-vendor.js";

const ACCESS_TOKEN = "eyJraWQiOiJsZWFrIn0.eyJzdWIiOiJzcCJ9.c2VjcmV0LWFjY2Vzcy10b2tlbg";
const SECRETS = [
  PAT,
  CLIENT_SECRET,
  ACCESS_TOKEN,
  btoa(`${CLIENT_ID}:${CLIENT_SECRET}`),
  // A distinctive part, so a truncated or re-encoded copy is caught too.
  CLIENT_SECRET.slice(4, 20),
  PAT.slice(4, 20),
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
  vi.restoreAllMocks();
});
afterAll(() => mock.close());

type Mode = {
  name: string;
  oauth: boolean;
  options: DatabricksClientOptions;
  env: Record<string, string>;
};
const modes: Mode[] = [
  { name: "PAT from options", oauth: false, options: { host: HOST, token: PAT }, env: {} },
  {
    name: "PAT from the environment",
    oauth: false,
    options: {},
    env: { DATABRICKS_HOST: HOST, DATABRICKS_TOKEN: PAT },
  },
  {
    name: "OAuth M2M from options",
    oauth: true,
    options: { host: HOST, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    env: {},
  },
  {
    name: "OAuth M2M from the environment",
    oauth: true,
    options: {},
    env: {
      DATABRICKS_HOST: HOST,
      DATABRICKS_CLIENT_ID: CLIENT_ID,
      DATABRICKS_CLIENT_SECRET: CLIENT_SECRET,
    },
  },
];

const goodToken = () =>
  HttpResponse.json({ access_token: ACCESS_TOKEN, token_type: "Bearer", expires_in: 3600 });
const tokenUrl = `${ORIGIN}/oidc/v1/token`;
const apiUrl = `${ORIGIN}/api/*`;

type Scenario = {
  name: string;
  oauthOnly?: boolean;
  /** Breaks the configuration of the mode (createClient throws). */
  config?: (mode: Mode) => { options: DatabricksClientOptions; env: Record<string, string> };
  handlers?: () => Parameters<typeof mock.use>;
  call?: (client: ReturnType<typeof createClient>) => Promise<unknown>;
};

const scenarios: Scenario[] = [
  {
    name: "bad config: the secret with CRLF",
    config: (mode) =>
      mode.oauth
        ? mode.name.includes("environment")
          ? {
              options: {},
              env: { ...mode.env, DATABRICKS_CLIENT_SECRET: `${CLIENT_SECRET}\r\nX: 1` },
            }
          : { options: { ...mode.options, clientSecret: `${CLIENT_SECRET}\r\nX: 1` }, env: {} }
        : mode.name.includes("environment")
          ? { options: {}, env: { ...mode.env, DATABRICKS_TOKEN: `${PAT}\r\nX: 1` } }
          : { options: { ...mode.options, token: `${PAT} "x"` }, env: {} },
  },
  {
    name: "bad config: two methods",
    config: (mode) => ({
      options: mode.options.host
        ? { ...mode.options, token: PAT, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }
        : {},
      env: {
        ...mode.env,
        DATABRICKS_TOKEN: PAT,
        DATABRICKS_CLIENT_ID: CLIENT_ID,
        DATABRICKS_CLIENT_SECRET: CLIENT_SECRET,
      },
    }),
  },
  {
    name: "bad config: a host with the secret as password",
    config: (mode) => ({
      options: { ...mode.options, host: `https://user:${PAT}${CLIENT_SECRET}@${HOST}` },
      env: mode.env,
    }),
  },
  {
    name: "token endpoint 401 that echoes the secret",
    oauthOnly: true,
    handlers: () => [
      http.post(tokenUrl, () =>
        HttpResponse.json(
          {
            error: "invalid_client",
            error_description: `bad secret ${CLIENT_SECRET} for ${CLIENT_ID}`,
          },
          { status: 401 },
        ),
      ),
    ],
  },
  {
    name: "token endpoint 500 with an HTML page echoing the Authorization header",
    oauthOnly: true,
    handlers: () => [
      http.post(
        tokenUrl,
        ({ request }) =>
          new HttpResponse(`<html>${request.headers.get("authorization")}</html>`, {
            status: 500,
            headers: { "content-type": "text/html" },
          }),
      ),
    ],
  },
  {
    name: "token endpoint 200 with garbage that contains the token",
    oauthOnly: true,
    handlers: () => [
      http.post(
        tokenUrl,
        () =>
          new HttpResponse(`access_token=${ACCESS_TOKEN}&secret=${CLIENT_SECRET}`, { status: 200 }),
      ),
    ],
  },
  {
    name: "token endpoint 200 with a token containing a quote",
    oauthOnly: true,
    handlers: () => [
      http.post(tokenUrl, () =>
        HttpResponse.json({ access_token: `${ACCESS_TOKEN}"`, expires_in: 60 }),
      ),
    ],
  },
  {
    name: "token endpoint network error",
    oauthOnly: true,
    handlers: () => [http.post(tokenUrl, () => HttpResponse.error())],
  },
  {
    name: "vendor 401",
    handlers: () => [
      http.post(tokenUrl, goodToken),
      http.all(apiUrl, () => HttpResponse.json(UNAUTHENTICATED, { status: 401 })),
    ],
  },
  {
    name: "vendor 403",
    handlers: () => [
      http.post(tokenUrl, goodToken),
      http.all(apiUrl, () => HttpResponse.json(PERMISSION_DENIED, { status: 403 })),
    ],
  },
  {
    name: "vendor network error",
    handlers: () => [http.post(tokenUrl, goodToken), http.all(apiUrl, () => HttpResponse.error())],
  },
  {
    name: "validation error",
    handlers: () => [http.post(tokenUrl, goodToken), http.all(apiUrl, () => HttpResponse.json({}))],
    call: (client) => cancelRun(client, { runId: "1" as unknown as number }),
  },
];

const cases = modes.flatMap((mode) =>
  scenarios.filter((s) => mode.oauth || !s.oauthOnly).map((scenario) => ({ mode, scenario })),
);

describe("no secret in any error, cause, rendering or log line", () => {
  it("covers every mode and error kind", () => {
    expect(cases.length).toBe(4 * 12 - 2 * 5);
  });

  it.each(cases.map((c) => [c.mode.name, c.scenario.name, c] as const))(
    "%s / %s",
    async (_mode, _scenario, { mode, scenario }) => {
      const logged: string[] = [];
      for (const level of ["log", "info", "warn", "error", "debug", "trace"] as const) {
        vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
          logged.push(
            args.map((a) => (typeof a === "string" ? a : inspect(a, { depth: 20 }))).join(" "),
          );
        });
      }
      const events: unknown[] = [];
      const { options, env } = scenario.config ? scenario.config(mode) : mode;
      Object.assign(process.env, env);
      mock.use(...(scenario.handlers?.() ?? []));

      let error: unknown;
      let client: ReturnType<typeof createClient> | undefined;
      try {
        client = createClient({ ...options, retry: false, onAttempt: (e) => events.push(e) });
        await (scenario.call ?? ((c) => cancelRun(c, { runId: 1 })))(client);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CancelSdkError);
      assertNoSecrets(error, SECRETS, [
        ...logged,
        JSON.stringify(events),
        inspect(events, { depth: 20 }),
        inspect(client, { depth: 20, showHidden: true }),
      ]);
    },
  );
});
