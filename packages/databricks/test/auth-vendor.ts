/**
 * A local stand-in for a Databricks workspace that checks credentials the way the workspace does:
 * `POST /oidc/v1/token` takes HTTP Basic client authentication and a client-credentials form with
 * scope `all-apis`; the REST API takes `Authorization: Bearer <PAT or access token>`.
 */
import { specExamples } from "@cancel/testkit";
import { delay, HttpResponse, http } from "msw";

export const HOST = "adb-1234567890123456.7.azuredatabricks.net";
export const ORIGIN = `https://${HOST}`;
export const BASE = `${ORIGIN}/api/2.2`;
export const PAT = "dapi0123456789abcdef0123456789abcdef";
export const CLIENT_ID = "5b2f9c1e-7a4d-4e8b-9f3a-1c2d3e4f5a6b";
export const CLIENT_SECRET = "dose0123456789abcdef0123456789abcdef";
export const ENV_NAMES = [
  "DATABRICKS_HOST",
  "DATABRICKS_TOKEN",
  "DATABRICKS_CLIENT_ID",
  "DATABRICKS_CLIENT_SECRET",
  "DATABRICKS_WORKSPACE_ID",
] as const;

const examples = specExamples("databricks");
/** The spec's documented 401 answer of the API. */
export const UNAUTHENTICATED = examples.cancelRun!.errors.find((e) => e.status === "401")!
  .value as Record<string, unknown>;
export const PERMISSION_DENIED = examples.cancelRun!.errors.find((e) => e.status === "403")!
  .value as Record<string, unknown>;

/** Saves and clears the Databricks variables; returns the function that restores them. */
export function isolateEnv(): () => void {
  const saved = new Map(ENV_NAMES.map((name) => [name, process.env[name]]));
  for (const name of ENV_NAMES) delete process.env[name];
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

export interface Workspace {
  /** Token requests received (valid or not). */
  tokenRequests: number;
  /** Access tokens issued so far, in order. */
  issued: string[];
  /** Bearer values the API accepted, in order. */
  accepted: string[];
  /** Bearer values the API refused. */
  refused: string[];
  /** Access tokens the workspace no longer accepts (revoked before they expire). */
  revoked: Set<string>;
  handlers: ReturnType<typeof http.post>[];
}

export interface WorkspaceOptions {
  origin?: string;
  clientId?: string;
  clientSecret?: string;
  pat?: string;
  expiresIn?: number;
  /** Delay of the token endpoint, in ms (to make concurrent callers overlap). */
  tokenDelayMs?: number | "infinite";
  /** Overrides the token endpoint's answer. */
  tokenResponse?: () => Response;
  /** Overrides the API's answer for an accepted bearer. */
  apiResponse?: () => Response;
}

function decodeForm(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, " "));
}

export function workspace(options: WorkspaceOptions = {}): Workspace {
  const origin = options.origin ?? ORIGIN;
  const state: Workspace = {
    tokenRequests: 0,
    issued: [],
    accepted: [],
    refused: [],
    revoked: new Set(),
    handlers: [],
  };
  const token = http.post(`${origin}/oidc/v1/token`, async ({ request }) => {
    state.tokenRequests++;
    if (options.tokenDelayMs !== undefined) await delay(options.tokenDelayMs);
    const invalidClient = () =>
      HttpResponse.json(
        { error: "invalid_client", error_description: "Client authentication failed" },
        { status: 401 },
      );
    const authorization = request.headers.get("authorization") ?? "";
    const match = /^Basic ([A-Za-z0-9+/]+=*)$/.exec(authorization);
    if (!match) return invalidClient();
    const decoded = atob(match[1]!);
    const colon = decoded.indexOf(":");
    const id = decodeForm(decoded.slice(0, colon));
    const secret = decodeForm(decoded.slice(colon + 1));
    if (
      id !== (options.clientId ?? CLIENT_ID) ||
      secret !== (options.clientSecret ?? CLIENT_SECRET)
    ) {
      return invalidClient();
    }
    if (request.headers.get("content-type") !== "application/x-www-form-urlencoded") {
      return HttpResponse.json({ error: "invalid_request" }, { status: 400 });
    }
    const form = new URLSearchParams(await request.text());
    if (form.get("grant_type") !== "client_credentials") {
      return HttpResponse.json({ error: "unsupported_grant_type" }, { status: 400 });
    }
    if (form.get("scope") !== "all-apis") {
      return HttpResponse.json({ error: "invalid_scope" }, { status: 400 });
    }
    if (options.tokenResponse) return options.tokenResponse();
    const accessToken = `eyJraWQiOiJ0ZXN0In0.eyJzdWIiOiJzcCJ9.access-${state.issued.length + 1}`;
    state.issued.push(accessToken);
    return HttpResponse.json({
      access_token: accessToken,
      token_type: "Bearer",
      expires_in: options.expiresIn ?? 3600,
      scope: "all-apis",
    });
  });
  const api = http.all(`${origin}/api/*`, ({ request }) => {
    const authorization = request.headers.get("authorization") ?? "";
    const bearer = authorization.startsWith("Bearer ") ? authorization.slice(7) : undefined;
    const valid =
      bearer !== undefined &&
      !state.revoked.has(bearer) &&
      (bearer === (options.pat ?? PAT) || state.issued.includes(bearer));
    if (!valid) {
      state.refused.push(authorization);
      return HttpResponse.json(UNAUTHENTICATED, { status: 401 });
    }
    state.accepted.push(bearer);
    return options.apiResponse ? options.apiResponse() : HttpResponse.json({});
  });
  state.handlers = [token, api];
  return state;
}
