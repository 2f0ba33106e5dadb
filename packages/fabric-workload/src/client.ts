import {
  type Authenticator,
  type CallOptions,
  type ClientOptions,
  type ConfigurationDetails,
  ConfigurationError,
  type ConfirmedCancel,
  checkHeaderValue,
  normaliseBaseUrl,
} from "@cancel/core";
import { checkTokenSource, subjectAndAppTokenAuth, type TokenSource } from "./auth/index.js";
import { cancelItemJobInstanceConfirmed as generatedCancelItemJobInstanceConfirmed } from "./generated/cancel.gen.js";
import {
  createFabricWorkloadBaseClient,
  type FabricWorkloadClient,
  provider,
  type ServerVariables,
  serverUrl,
} from "./generated/client.gen.js";
import {
  type CancelItemJobInstanceInput,
  type CancelItemJobInstanceOutput,
  cancelItemJobInstance as generatedCancelItemJobInstance,
  type GetItemJobInstanceStateInput,
  type GetItemJobInstanceStateOutput,
  getItemJobInstanceState as generatedGetItemJobInstanceState,
} from "./generated/operations.gen.js";

export interface FabricWorkloadClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /** Full base URL; defaults to the spec's first server filled with `server`. */
  baseUrl?: string;
  /** Values for the spec's server variables (`workloadBaseUrl`). */
  server?: ServerVariables;
  /**
   * The app token (required with SubjectAndAppToken auth): a function called for every request
   * that returns an Entra ID access token, or a fixed token.
   */
  appToken?: TokenSource | undefined;
  /**
   * The subject (user) token, delegated; optional. When absent, or when the provider returns
   * `undefined`/`""`, the header carries `subjectToken=""`.
   */
  subjectToken?: TokenSource | undefined;
  /**
   * The Entra ID tenant of the caller, sent as `x-ms-client-tenant-id` on every request unless a
   * call gives its own `tenantId`. Required with `appToken`.
   */
  tenantId?: string | undefined;
  /**
   * `ActivityId` for every request of this client (unless a call gives its own). Default: a fresh
   * `crypto.randomUUID()` per request.
   */
  activityId?: string | undefined;
  /** Escape hatch: adds credentials to each attempt yourself. Cannot be combined with `appToken`. */
  authenticate?: Authenticator | undefined;
}

/** What a client created with `tenantId` fills into every call. */
export interface FabricCallDefaults {
  readonly tenantId: string;
  /** Undefined: a fresh UUID per request. */
  readonly activityId: string | undefined;
}

/**
 * A client that knows the caller's tenant: its calls may omit `tenantId`, `activityId` and
 * `requestId` (see {@link cancelItemJobInstance}).
 */
export type FabricWorkloadAuthClient = FabricWorkloadClient & {
  readonly defaults: FabricCallDefaults;
};

/** Options of a client with call defaults: `tenantId` is set. */
export type FabricWorkloadAuthOptions = FabricWorkloadClientOptions & { tenantId: string };

const fail = (message: string, details: Omit<ConfigurationDetails, "provider"> = {}) =>
  new ConfigurationError(message, { ...details, provider });

/** An error about the value of the option `name`. */
const invalid = (name: string, problem: string) =>
  fail(`${name} ${problem}`, { subject: name, problem });

function checkId(value: unknown, name: string): string {
  if (typeof value !== "string") throw invalid(name, "must be a string");
  if (value === "") throw invalid(name, "is empty");
  const problem = checkHeaderValue(value);
  if (problem) throw invalid(name, problem);
  if (value.includes('"') || value.includes(",")) {
    throw invalid(name, "must not contain quotes or commas");
  }
  return value;
}

/**
 * Creates a Fabric workload API client. With `appToken` (and `tenantId`) it authenticates every
 * request with `Authorization: SubjectAndAppToken1.0 subjectToken="…", appToken="…"` and fills
 * `x-ms-client-tenant-id`, `ActivityId` and `RequestId`.
 *
 * @throws {ConfigurationError} when no auth is configured, two are, or a value is unsafe in a header.
 */
export function createClient(options: FabricWorkloadAuthOptions): FabricWorkloadAuthClient;
export function createClient(options?: FabricWorkloadClientOptions): FabricWorkloadClient;
export function createClient(
  options: FabricWorkloadClientOptions = {},
): FabricWorkloadClient | FabricWorkloadAuthClient {
  const { baseUrl, server, appToken, subjectToken, tenantId, activityId, authenticate, ...rest } =
    options;
  const resolvedBaseUrl = baseUrl ?? serverUrl(server);
  // URL problems first: they are reported before anything about credentials.
  normaliseBaseUrl(resolvedBaseUrl, {
    allowInsecureLoopback: options.allowInsecureLoopback,
    provider,
  });
  const configured = [
    appToken !== undefined ? "SubjectAndAppToken auth (appToken)" : undefined,
    authenticate !== undefined ? "a custom authenticate hook (authenticate)" : undefined,
  ].filter((x): x is string => x !== undefined);
  if (configured.length > 1) {
    throw fail(
      `more than one auth method is configured: ${configured.join(" and ")}; configure only one`,
    );
  }
  if (configured.length === 0) {
    throw fail(
      subjectToken !== undefined
        ? "subjectToken is set but appToken is not: SubjectAndAppToken auth requires an app token; set appToken (a function returning the Entra ID app token) and tenantId"
        : "no Fabric workload credentials configured: set appToken (a function returning the Entra ID app token) and tenantId, optionally subjectToken; or pass authenticate",
      {
        problem:
          subjectToken !== undefined
            ? "a subject token without an app token (SubjectAndAppToken auth requires an app token)"
            : "no Fabric workload credentials configured",
        fix: { options: tenantId === undefined ? ["appToken", "tenantId"] : ["appToken"] },
      },
    );
  }
  if (subjectToken !== undefined && appToken === undefined) {
    throw fail(
      "subjectToken is set with authenticate: the authenticate hook sends its own credentials; drop subjectToken",
    );
  }
  let auth: Authenticator;
  if (appToken !== undefined) {
    checkTokenSource(appToken, "appToken", true);
    checkTokenSource(subjectToken, "subjectToken", false);
    if (tenantId === undefined) {
      throw fail(
        "tenantId is required with appToken: it is sent as x-ms-client-tenant-id on every request (the Entra ID tenant of the caller)",
        {
          problem: "no tenant id (sent as x-ms-client-tenant-id with the app token)",
          fix: { options: ["tenantId"] },
        },
      );
    }
    auth = subjectAndAppTokenAuth({ appToken, subjectToken });
  } else {
    if (typeof authenticate !== "function") throw invalid("authenticate", "must be a function");
    auth = authenticate;
  }
  const defaults =
    tenantId === undefined
      ? undefined
      : {
          tenantId: checkId(tenantId, "tenantId"),
          activityId: activityId === undefined ? undefined : checkId(activityId, "activityId"),
        };
  if (defaults === undefined && activityId !== undefined) {
    throw fail("activityId is a call default and needs tenantId too");
  }
  // The tokens stay in the hook's closure: nothing of them is handed to the core client.
  const client = createFabricWorkloadBaseClient({
    ...rest,
    baseUrl: resolvedBaseUrl,
    authenticate: auth,
  });
  const frozen = defaults === undefined ? undefined : Object.freeze(defaults);
  // Every operation's input gets the correlation ids (and the tenant) it leaves out.
  const inputDefaults = (input: unknown) => fillCallDefaults(frozen, input);
  return frozen === undefined
    ? Object.freeze({ ...client, inputDefaults })
    : Object.freeze({ ...client, inputDefaults, defaults: frozen });
}

const HEADER_FIELDS = ["activityId", "requestId", "tenantId"] as const;
type HeaderField = (typeof HEADER_FIELDS)[number];

/** An operation input whose header fields the client fills when they are left out. */
export type WithCallDefaults<Input> = Omit<Input, HeaderField> &
  Partial<Pick<Input, Extract<keyof Input, HeaderField>>>;

/** Input of {@link cancelItemJobInstance} on a client with call defaults. */
export type CancelItemJobInstanceCallInput = WithCallDefaults<CancelItemJobInstanceInput>;
/** Input of {@link getItemJobInstanceState} on a client with call defaults. */
export type GetItemJobInstanceStateCallInput = WithCallDefaults<GetItemJobInstanceStateInput>;

function defaultsOf(client: FabricWorkloadClient): FabricCallDefaults | undefined {
  const defaults = (client as Partial<FabricWorkloadAuthClient>).defaults;
  return defaults && typeof defaults.tenantId === "string" ? defaults : undefined;
}

/**
 * Fills `activityId` (the client's, else a fresh UUID), `requestId` (a fresh UUID) and, on a client
 * with call defaults, `tenantId` (the client's) where the input leaves them out; a value the input
 * gives wins. Inputs that are not objects are returned unchanged (validation then reports them).
 * Every client applies it to every call (see `inputDefaults`); it is exported for callers that
 * build inputs themselves.
 */
export function withCallDefaults<Input>(client: FabricWorkloadClient, input: Input): Input {
  return fillCallDefaults(defaultsOf(client), input) as Input;
}

function fillCallDefaults(defaults: FabricCallDefaults | undefined, input: unknown): unknown {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return input;
  const given = input as Record<string, unknown>;
  const missing = (key: HeaderField) => given[key] === undefined || given[key] === null;
  return {
    ...given,
    ...(defaults && missing("tenantId") ? { tenantId: defaults.tenantId } : {}),
    activityId: missing("activityId")
      ? (defaults?.activityId ?? crypto.randomUUID())
      : given.activityId,
    requestId: missing("requestId") ? crypto.randomUUID() : given.requestId,
  };
}

/**
 * Cancels an item job instance. On a client created with `tenantId` (see {@link createClient}),
 * `tenantId`, `activityId` and `requestId` may be left out: the client fills them (a fresh
 * `RequestId` per call). Otherwise it is the generated operation: every field is required.
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {CredentialsError} when a token provider fails or returns an unusable token.
 * @throws {ApiError} when the workload answers with an error status.
 */
export function cancelItemJobInstance<Client extends FabricWorkloadClient>(
  client: Client,
  input: Client extends FabricWorkloadAuthClient
    ? CancelItemJobInstanceCallInput
    : CancelItemJobInstanceInput,
  options?: CallOptions,
): Promise<CancelItemJobInstanceOutput> {
  return generatedCancelItemJobInstance(
    client,
    withCallDefaults(client, input as CancelItemJobInstanceInput),
    options,
  );
}

/**
 * Reads the state of an item job instance. Header fields as for {@link cancelItemJobInstance}.
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {CredentialsError} when a token provider fails or returns an unusable token.
 * @throws {ApiError} when the workload answers with an error status.
 */
export function getItemJobInstanceState<Client extends FabricWorkloadClient>(
  client: Client,
  input: Client extends FabricWorkloadAuthClient
    ? GetItemJobInstanceStateCallInput
    : GetItemJobInstanceStateInput,
  options?: CallOptions,
): Promise<GetItemJobInstanceStateOutput> {
  return generatedGetItemJobInstanceState(
    client,
    withCallDefaults(client, input as GetItemJobInstanceStateInput),
    options,
  );
}

/**
 * Cancels an item job instance and reports what the workload confirms (`x-cancel-cancel` of the
 * spec): `cancelled` (the answer says `Cancelled`), `already-terminal` (the answer, or the one
 * state read that settles a `JobAlreadyCompleted` refusal, shows the job had ended; `state` has
 * its final state) or `cancel-requested`. Header fields as for {@link cancelItemJobInstance}.
 *
 * Microsoft's reference workload answers `Cancelled` even for a job that had already finished:
 * `cancelled` then means the workload recorded the cancel, not that the job was still running.
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {CredentialsError} when a token provider fails or returns an unusable token.
 * @throws {ApiError} when the workload refuses and the refusal stands (a failed confirming read
 *   is its `cause`).
 */
export function cancelItemJobInstanceConfirmed<Client extends FabricWorkloadClient>(
  client: Client,
  input: Client extends FabricWorkloadAuthClient
    ? CancelItemJobInstanceCallInput
    : CancelItemJobInstanceInput,
  options?: CallOptions,
): Promise<ConfirmedCancel<CancelItemJobInstanceOutput, GetItemJobInstanceStateOutput>> {
  // The client's inputDefaults fill the header fields of the cancel and of the confirming read.
  return generatedCancelItemJobInstanceConfirmed(
    client,
    input as CancelItemJobInstanceInput,
    options,
  );
}
