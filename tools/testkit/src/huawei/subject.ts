/**
 * What a Huawei provider package (huawei-mrs, huawei-dli) hands the shared suites: its client
 * factory, its operations with a valid input each, its error classes and its vendor facts. The
 * suites import nothing from `@cancel/*` (those packages depend on testkit: importing them back
 * would be a cycle), so every class and function they need comes in here.
 */

/** An error class as the packages export it (re-exported from `@cancel/core`). */
export type ErrorClass = abstract new (...args: never) => Error;

/** The options of both clients' `createClient` that the suites use. */
export interface HuaweiClientOptions {
  region?: string | undefined;
  baseUrl?: string | undefined;
  server?: { region?: string } | undefined;
  projectId?: string | undefined;
  credentials?:
    { ak: string; sk: string; securityToken?: string | undefined } | { token: string } | undefined;
  /** An auth hook: sets its header on the request and returns it. */
  authenticate?: (<Request extends { headers: Headers }>(request: Request) => Request) | undefined;
  now?: (() => Date) | undefined;
  fetch?: ((url: string, init: RequestInit) => Promise<Response>) | undefined;
  clock?: { now(): number; sleep(ms: number, signal?: AbortSignal): Promise<void> } | undefined;
  retry?: false | undefined;
}

/** The client as far as the suites look into it. */
export interface HuaweiClient {
  readonly transport: { readonly baseUrl: URL };
}

/** An entry of a package's generated `allOperations`, as far as the suites read it. */
export interface GeneratedOperation {
  readonly method: string;
  readonly path: string;
  readonly fields: readonly {
    readonly key: string;
    readonly name: string;
    readonly in: string;
    readonly required: boolean;
  }[];
}

/** One operation of the package, with an input that is valid and what the vendor answers. */
export interface HuaweiOperation<Client> {
  name: string;
  method: "GET" | "POST" | "DELETE";
  /** The path with `:field` where each input field goes, e.g. `/v1.0/:projectId/jobs/:jobId`. */
  route: string;
  input: Readonly<Record<string, string>>;
  /** Its optional query fields, key → wire name (a list's filters and paging), after the path's. */
  query?: Readonly<Record<string, string>>;
  call(client: Client, input: never): Promise<unknown>;
  /** A success answer as the vendor documents it (a fresh Response per call). */
  answer(): Response;
}

export interface HuaweiSubject<Client extends HuaweiClient> {
  /** `huawei-mrs` or `huawei-dli`: the errors' `provider`, the README's package name. */
  provider: string;
  createClient(options?: HuaweiClientOptions): Client;
  /** The package's region → endpoint function (`mrsEndpoint`, `dliEndpoint`). */
  endpoint(region: string): string;
  /** `checkGatewayAuth` of `@cancel/huawei-auth`: the verifying API gateway in front of the stubs. */
  checkGatewayAuth(
    request: Request,
    options: {
      secretFor: (accessKey: string) => string | undefined;
      acceptToken: (token: string) => boolean;
    },
  ): Promise<Response | undefined>;
  errors: {
    ApiError: ErrorClass;
    AuthenticationError: ErrorClass;
    BadRequestError: ErrorClass;
    CancelSdkError: ErrorClass;
    ConfigurationError: ErrorClass;
    NotFoundError: ErrorClass;
    PermissionDeniedError: ErrorClass;
    RateLimitError: ErrorClass;
    ServerError: ErrorClass;
    ValidationError: ErrorClass;
  };
  /** The package's `allOperations`: the generated operation table. */
  allOperations: Readonly<Record<string, GeneratedOperation>>;
  /** What each id field takes besides letters and digits: nothing, `-`, or `_` and `-`. */
  idPunctuation: Readonly<Record<string, "" | "-" | "_-">>;
  /** Error codes the spec calls final: not retryable, even as a 429 or a 500. */
  finalCodes: readonly string[];
  /**
   * Every operation. The first is the cancel the single-call cases send; `retried` names a read
   * the transport retries (a safe GET).
   */
  operations: readonly [HuaweiOperation<Client>, ...HuaweiOperation<Client>[]];
  retried: string;
  /** Sends one more request, with a query string, through the generated openapi-fetch client. */
  requestWithQuery(client: Client): Promise<unknown>;
  /** The official SDK's region table, in part: region → endpoint, quirky suffixes included. */
  regions: readonly (readonly [region: string, endpoint: string])[];
  /** The region the signatures are compared with the official SDK's in. */
  agreementRegion: string;
  /** The service's own 401 (not the gateway's), as its body. */
  serviceUnauthorized: { error_code: string; error_msg: string };
  /** The README's first ```ts block, run as written against the verifying gateway. */
  readme: {
    url: URL;
    /** What it imports from the package, by name. */
    bindings: Readonly<Record<string, unknown>>;
    /** The operations it calls, in order. */
    calls: readonly string[];
    /** The endpoint its region resolves to. */
    origin: string;
    /** What it logs at the end. */
    prints: string;
  };
}

/** The path an operation is sent to: its route with the input filled in. */
export function pathOf(operation: { route: string; input: Readonly<Record<string, string>> }) {
  return operation.route.replace(/:(\w+)/g, (_, field: string) => operation.input[field]!);
}

/** An msw route matching the operation on any host. */
export function anyHost(operation: { route: string }): string {
  return `https://*${operation.route}`;
}

/** The operation named `name` (a typo in a subject fails loudly). */
export function operationNamed<Client extends HuaweiClient>(
  subject: HuaweiSubject<Client>,
  name: string,
): HuaweiOperation<Client> {
  const found = subject.operations.find((operation) => operation.name === name);
  if (!found) throw new Error(`${subject.provider} has no operation ${name}`);
  return found;
}

/** The operation a request was sent to, by method and path. */
export function operationOf<Client extends HuaweiClient>(
  subject: HuaweiSubject<Client>,
  request: Request,
): HuaweiOperation<Client> {
  const { pathname } = new URL(request.url);
  const found = subject.operations.find(
    (operation) =>
      operation.method === request.method &&
      new RegExp(`^${operation.route.replace(/:\w+/g, "[^/]+")}$`).test(pathname),
  );
  if (!found) throw new Error(`no ${subject.provider} operation is ${request.method} ${pathname}`);
  return found;
}

/** The HUAWEICLOUD_SDK_* variables the clients read; the suites empty them before each test. */
export const HUAWEI_ENV_NAMES = ["AK", "SK", "SECURITY_TOKEN", "PROJECT_ID"] as const;
