import {
  type Authenticator,
  type ConfigurationDetails,
  ConfigurationError,
  checkHeaderValue,
  readEnv,
} from "@cancel/core";
import { checkBearerToken } from "./shared.js";

const provider = "databricks";

/** Environment variables the adapter reads (the names every Databricks SDK and the CLI use). */
export const ENV = {
  host: "DATABRICKS_HOST",
  token: "DATABRICKS_TOKEN",
  clientId: "DATABRICKS_CLIENT_ID",
  clientSecret: "DATABRICKS_CLIENT_SECRET",
  workspaceId: "DATABRICKS_WORKSPACE_ID",
} as const;

/** The credentials the client authenticates with, once options and environment are merged. */
export type ResolvedCredentials =
  | { kind: "pat"; token: string }
  | { kind: "oauth-m2m"; clientId: string; clientSecret: string }
  | { kind: "custom"; authenticate: Authenticator };

export interface CredentialOptions {
  token?: string | undefined;
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  authenticate?: Authenticator | undefined;
}

const fail = (message: string, details: Omit<ConfigurationDetails, "provider"> = {}) =>
  new ConfigurationError(message, { ...details, provider });

/** An error about one value (`where`: the option or environment variable it came from). */
const invalid = (where: string, problem: string) =>
  fail(`${where} ${problem}`, { subject: where, problem });

function checkSecretLike(value: string, where: string): void {
  if (value === "") throw invalid(where, "is empty");
  const problem = checkHeaderValue(value);
  if (problem) throw invalid(where, problem);
}

/**
 * Picks the auth method. Options win over the environment: when the options configure a method,
 * the environment's credentials for any other method are ignored (the environment may only fill
 * in the missing half of the same method, e.g. `clientSecret` from DATABRICKS_CLIENT_SECRET).
 * Two methods configured at the same level is an error naming both.
 */
export function resolveCredentials(options: CredentialOptions): ResolvedCredentials {
  const chosen: string[] = [];
  if (options.token !== undefined) chosen.push("a personal access token (token)");
  if (options.clientId !== undefined || options.clientSecret !== undefined) {
    chosen.push("OAuth M2M client credentials (clientId/clientSecret)");
  }
  if (options.authenticate !== undefined) chosen.push("a custom authenticate hook (authenticate)");
  if (chosen.length > 1) {
    throw fail(
      `more than one Databricks auth method is configured: ${chosen.join(" and ")}; configure only one`,
    );
  }
  if (options.authenticate !== undefined) {
    if (typeof options.authenticate !== "function") {
      throw invalid("authenticate", "must be a function");
    }
    return { kind: "custom", authenticate: options.authenticate };
  }
  if (options.token !== undefined) return pat(options.token, "token");
  if (options.clientId !== undefined || options.clientSecret !== undefined) {
    return m2m(
      options.clientId !== undefined
        ? { value: options.clientId, where: "clientId" }
        : optionalEnv(ENV.clientId),
      options.clientSecret !== undefined
        ? { value: options.clientSecret, where: "clientSecret" }
        : optionalEnv(ENV.clientSecret),
    );
  }

  const token = readEnv(ENV.token);
  const clientId = readEnv(ENV.clientId);
  const clientSecret = readEnv(ENV.clientSecret);
  const fromEnv: string[] = [];
  if (token !== undefined) fromEnv.push(`a personal access token (${ENV.token})`);
  if (clientId !== undefined || clientSecret !== undefined) {
    fromEnv.push(`OAuth M2M client credentials (${ENV.clientId}/${ENV.clientSecret})`);
  }
  if (fromEnv.length > 1) {
    throw fail(
      `more than one Databricks auth method is configured in the environment: ${fromEnv.join(" and ")}; unset one, or pass token or clientId/clientSecret as options (options win over the environment)`,
    );
  }
  if (token !== undefined) return pat(token, ENV.token);
  if (clientId !== undefined || clientSecret !== undefined) {
    return m2m(optionalEnv(ENV.clientId), optionalEnv(ENV.clientSecret));
  }
  throw fail(
    `no Databricks credentials configured: set token (or ${ENV.token}) for a personal access token, or clientId and clientSecret (or ${ENV.clientId} and ${ENV.clientSecret}) for OAuth machine-to-machine, together with host (or ${ENV.host}); or pass authenticate`,
    {
      problem: "no Databricks credentials configured",
      fix: [
        { options: ["token"], env: [ENV.token] },
        { options: ["clientId", "clientSecret"], env: [ENV.clientId, ENV.clientSecret] },
      ],
    },
  );
}

function optionalEnv(name: string): { value: string | undefined; where: string } {
  return { value: readEnv(name), where: name };
}

function pat(token: unknown, where: string): ResolvedCredentials {
  const problem = checkBearerToken(token);
  if (problem) throw invalid(where, problem);
  return { kind: "pat", token: token as string };
}

function m2m(
  id: { value: string | undefined; where: string },
  secret: { value: string | undefined; where: string },
): ResolvedCredentials {
  if (id.value === undefined) {
    throw fail(
      `OAuth M2M needs a client id: ${secret.where} is set, but neither clientId nor ${ENV.clientId} is`,
      {
        problem: `OAuth M2M needs a client id (${secret.where} is set)`,
        fix: { options: ["clientId"], env: [ENV.clientId] },
      },
    );
  }
  if (secret.value === undefined) {
    throw fail(
      `OAuth M2M needs a client secret: ${id.where} is set, but neither clientSecret nor ${ENV.clientSecret} is`,
      {
        problem: `OAuth M2M needs a client secret (${id.where} is set)`,
        fix: { options: ["clientSecret"], env: [ENV.clientSecret] },
      },
    );
  }
  if (typeof id.value !== "string") throw invalid(id.where, "must be a string");
  if (typeof secret.value !== "string") throw invalid(secret.where, "must be a string");
  checkSecretLike(id.value, id.where);
  checkSecretLike(secret.value, secret.where);
  return { kind: "oauth-m2m", clientId: id.value, clientSecret: secret.value };
}

/**
 * Normalises a workspace host the way the official SDKs do: `https://` added when there is no
 * scheme, only scheme and host kept (path, query and trailing slash dropped), `:443` removed from
 * https URLs. Returns the origin, e.g. `https://adb-1.2.azuredatabricks.net`.
 */
export function normaliseHost(raw: unknown, where: string): string {
  if (typeof raw !== "string") throw invalid(where, "must be a string");
  const value = raw.trim();
  if (value === "") throw invalid(where, "is empty");
  const withScheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    // The value is not quoted: a malformed URL may still carry a password.
    throw invalid(where, "is not a host name or workspace URL");
  }
  if (url.username || url.password) {
    throw invalid(where, "must not contain a user name or password");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw invalid(where, `must be an https: URL or a bare host name, got ${url.protocol}`);
  }
  if (url.hostname === "") throw invalid(where, "has no host name");
  // WHATWG URL already drops the default port (`:443` for https, `:80` for http).
  const port = url.port === "" ? "" : `:${url.port}`;
  return `${url.protocol}//${url.hostname}${port}`;
}
