import {
  type Authenticator,
  type ClientOptions,
  ConfigurationError,
  DEFAULT_ATTEMPT_TIMEOUT_MS,
  normaliseBaseUrl,
  readEnv,
} from "@cancel/core";
import { databricksAuth, ENV, normaliseHost, resolveCredentials } from "./auth/index.js";
import {
  createDatabricksBaseClient,
  type DatabricksClient,
  provider,
  type ServerVariables,
  serverUrl,
} from "./generated/client.gen.js";
import { resolveWorkspaceId, withWorkspaceId } from "./workspace-id.js";

export interface DatabricksClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /**
   * Full base URL, e.g. `https://adb-1.2.azuredatabricks.net/api/2.2`. Overrides `server`; may
   * not be combined with `host`.
   */
  baseUrl?: string;
  /** Values for the spec's server variables (`apiVersion` `2.2` or `2.1`, `host`). */
  server?: ServerVariables;
  /**
   * The workspace: a host name or URL (`adb-1.2.azuredatabricks.net`,
   * `https://dbc-a1b2.cloud.databricks.com/`). Default: `DATABRICKS_HOST`. Normalised as the
   * Databricks SDKs do: `https://` added, path and trailing slash dropped, `:443` removed.
   */
  host?: string;
  /** Personal access token (`dapi…`), sent as `Authorization: Bearer`. Default: `DATABRICKS_TOKEN`. */
  token?: string;
  /** OAuth M2M: the service principal's client id. Default: `DATABRICKS_CLIENT_ID`. */
  clientId?: string;
  /** OAuth M2M: the service principal's OAuth secret. Default: `DATABRICKS_CLIENT_SECRET`. */
  clientSecret?: string;
  /**
   * The workspace, on a unified host (one host for an account and its workspaces): sent as
   * `X-Databricks-Workspace-Id` on every call (a call's own `workspaceId` wins). A numeric
   * workspace id or a connection id. Default: `DATABRICKS_WORKSPACE_ID`; none for a classic
   * workspace host.
   */
  workspaceId?: string | undefined;
  /**
   * Escape hatch: adds credentials to each attempt yourself. Cannot be combined with `token` or
   * `clientId`/`clientSecret`; the environment's credentials are then not read.
   */
  authenticate?: Authenticator | undefined;
}

const fail = (message: string) => new ConfigurationError(message, { provider });

/** Where the base URL comes from, and whether a workspace was named at all. */
function resolveBaseUrl(options: DatabricksClientOptions): { baseUrl: string; named: boolean } {
  const { baseUrl, server, host } = options;
  if (baseUrl !== undefined) {
    if (host !== undefined) throw fail("set either baseUrl or host, not both");
    return { baseUrl, named: true };
  }
  if (host !== undefined && server?.host !== undefined) {
    throw fail("set either host or server.host, not both");
  }
  if (server?.host !== undefined) return { baseUrl: serverUrl(server), named: true };
  const envHost = host === undefined ? readEnv(ENV.host) : undefined;
  if (host === undefined && envHost === undefined) {
    return { baseUrl: serverUrl(server), named: false };
  }
  const origin = normaliseHost(host ?? envHost, host !== undefined ? "host" : ENV.host);
  const url = new URL(origin);
  // The spec's template checks apiVersion; the scheme is the host's (http only for loopback, see below).
  const templated = serverUrl({ ...server, host: url.host });
  return { baseUrl: `${url.protocol}//${templated.slice("https://".length)}`, named: true };
}

/**
 * Creates a Databricks Jobs API client authenticated with a personal access token or OAuth
 * machine-to-machine (service principal) credentials, from the options or else the environment
 * (`DATABRICKS_HOST`, `DATABRICKS_TOKEN`, `DATABRICKS_CLIENT_ID`, `DATABRICKS_CLIENT_SECRET`,
 * and `DATABRICKS_WORKSPACE_ID` for a unified host).
 *
 * @throws {ConfigurationError} when the configuration is incomplete, ambiguous (two auth methods)
 *   or unsafe; the message says what to set. Nothing is sent.
 */
export function createClient(options: DatabricksClientOptions = {}): DatabricksClient {
  const {
    baseUrl: _baseUrl,
    server: _server,
    host: _host,
    token,
    clientId,
    clientSecret,
    authenticate,
    workspaceId: _workspaceId,
    fetch,
    ...rest
  } = options;
  const { baseUrl, named } = resolveBaseUrl(options);
  const base = normaliseBaseUrl(baseUrl, {
    allowInsecureLoopback: options.allowInsecureLoopback,
    provider,
  });
  const credentials = resolveCredentials({ token, clientId, clientSecret, authenticate });
  const workspaceId = resolveWorkspaceId(options.workspaceId);
  if (credentials.kind !== "custom" && !named) {
    throw new ConfigurationError(
      `no Databricks workspace configured: set host (or ${ENV.host}), e.g. "https://adb-1234567890123456.7.azuredatabricks.net"`,
      {
        provider,
        problem: "no Databricks workspace configured",
        fix: {
          options: ["host"],
          env: [ENV.host],
          example: "https://adb-1234567890123456.7.azuredatabricks.net",
        },
      },
    );
  }
  const authenticator = databricksAuth(credentials, {
    origin: base.origin,
    // The OAuth token request (once an hour or so) and the API calls both go through the caller's
    // fetch, or else the platform's sender (node:http with the proxy and CA on Node).
    fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS,
  });
  // The secrets stay in the adapter's closures: nothing of them is handed to the core client.
  const client = createDatabricksBaseClient({
    ...rest,
    baseUrl,
    authenticate: authenticator,
    fetch,
  });
  if (workspaceId === undefined) return client;
  // Every operation takes the header: each call's input gets the workspace it leaves out.
  return Object.freeze({
    ...client,
    inputDefaults: (input: unknown) => withWorkspaceId(input, workspaceId),
  });
}
