import { readFileSync } from "node:fs";
import {
  ApiError,
  ConfigurationError,
  CredentialsError,
  firstMatch,
  ValidationError,
} from "@cancel/core";
import { createMockServer, specExamples } from "@cancel/testkit";
import { delay, HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  ADAPTERS,
  CANCEL_ERROR_KINDS,
  CancelError,
  type CancelErrorKind,
  type CancelTarget,
  classifyVendorError,
  createCancelClient,
  type ErrorKindRule,
  errorMappings,
  nonHttpMapping,
  type ProviderId,
  type StatusMappingRule,
  statusMapping,
  toCancelError,
} from "../src/index.js";
import {
  unexpected,
  IDS,
  MRS_V11_TARGET,
  type OperationName,
  REQUEST_ID_HEADER,
  ROUTES,
  TARGETS,
  testAuth,
  testClient,
} from "./helpers.js";

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const sdk = testClient();
const RETRYABLE: ReadonlySet<CancelErrorKind> = new Set([
  "throttled",
  "unavailable",
  "network",
  "timeout",
]);

/** The rows the tests below went through, to prove every row of every table has a test. */
const hitRules = new Set<ErrorKindRule | StatusMappingRule>();

type Call = "cancel" | "status";
interface OperationUnderTest {
  provider: ProviderId;
  specId: ProviderId;
  operation: OperationName;
  call: Call;
  target: CancelTarget;
}

/** Every cancel and status operation the umbrella calls. */
const OPERATIONS: OperationUnderTest[] = [
  {
    provider: "databricks",
    specId: "databricks",
    operation: "cancelRun",
    call: "cancel",
    target: TARGETS.databricks,
  },
  {
    provider: "databricks",
    specId: "databricks",
    operation: "getRun",
    call: "status",
    target: TARGETS.databricks,
  },
  {
    provider: "emr-serverless",
    specId: "emr-serverless",
    operation: "cancelJobRun",
    call: "cancel",
    target: TARGETS["emr-serverless"],
  },
  {
    provider: "emr-serverless",
    specId: "emr-serverless",
    operation: "getJobRun",
    call: "status",
    target: TARGETS["emr-serverless"],
  },
  {
    provider: "huawei-mrs",
    specId: "huawei-mrs",
    operation: "stopJob",
    call: "cancel",
    target: TARGETS["huawei-mrs"],
  },
  {
    provider: "huawei-mrs",
    specId: "huawei-mrs",
    operation: "cancelJobExecution",
    call: "cancel",
    target: MRS_V11_TARGET,
  },
  {
    provider: "huawei-mrs",
    specId: "huawei-mrs",
    operation: "showSingleJobExe",
    call: "status",
    target: TARGETS["huawei-mrs"],
  },
  {
    provider: "huawei-dli",
    specId: "huawei-dli",
    operation: "cancelSqlJob",
    call: "cancel",
    target: TARGETS["huawei-dli"],
  },
  {
    provider: "huawei-dli",
    specId: "huawei-dli",
    operation: "showSqlJobStatus",
    call: "status",
    target: TARGETS["huawei-dli"],
  },
  {
    provider: "fabric-workload",
    specId: "fabric-workload",
    operation: "cancelItemJobInstance",
    call: "cancel",
    target: TARGETS["fabric-workload"],
  },
  {
    provider: "fabric-workload",
    specId: "fabric-workload",
    operation: "getItemJobInstanceState",
    call: "status",
    target: TARGETS["fabric-workload"],
  },
];

type Expected = CancelErrorKind | { cancel: Expected; status: Expected };

/**
 * The expected outcome of every documented error example, written by hand from the vendors' docs
 * (keyed provider/status/example name). A new example in a spec fails the suite until it is added.
 */
const EXPECTED: Record<string, Expected> = {
  "databricks/400/runDoesNotExist": "not-found",
  "databricks/400/invalidParameter": "invalid-request",
  "databricks/400/withRequestInfo": "not-found",
  "databricks/400/legacyIntegerCode": "invalid-request",
  "databricks/400/legacyApi12": "invalid-request",
  "databricks/401/unauthenticated": "unauthenticated",
  "databricks/401/legacy": "unauthenticated",
  "databricks/403/permissionDenied": "forbidden",
  "databricks/404/endpointNotFound": "invalid-request",
  "databricks/404/resourceDoesNotExist": "not-found",
  "databricks/404/errorsPageExample": "not-found",
  "databricks/404/legacyIntegerCode": "not-found",
  "databricks/429/requestLimitExceeded": "throttled",
  "databricks/500/internalError": "server",
  "databricks/503/temporarilyUnavailable": "unavailable",

  "emr-serverless/400/validation": "invalid-request",
  // A ValidationException is settled by a read (confirm-emr-serverless.test.ts); unanswered here.
  "emr-serverless/400/notCancellable": "invalid-request",
  "emr-serverless/400/throttling": "throttled",
  "emr-serverless/403/accessDenied": "forbidden",
  "emr-serverless/403/unrecognizedClient": "unauthenticated",
  "emr-serverless/403/invalidSignature": "unauthenticated",
  "emr-serverless/404/jobRunNotFound": "not-found",
  "emr-serverless/429/throttling": "throttled",
  "emr-serverless/500/internal": "server",
  "emr-serverless/503/unavailable": "unavailable",

  "huawei-mrs/400/terminateFailed": "server",
  "huawei-mrs/400/killFailed": "server",
  "huawei-mrs/400/queryFailed": "server",
  "huawei-mrs/400/invalidParameter": "invalid-request",
  "huawei-mrs/401/signatureRejected": "unauthenticated",
  "huawei-mrs/401/tokenRejected": "unauthenticated",
  "huawei-mrs/401/invalidAuthentication": "unauthenticated",
  "huawei-mrs/403/notAuthorized": "forbidden",
  "huawei-mrs/404/apiNotFound": "invalid-request",
  "huawei-mrs/429/throttled": "throttled",
  "huawei-mrs/500/queryFailed": "server",
  "huawei-mrs/500/killFailed": "server",
  "huawei-mrs/500/killFailed0175": "server",
  "huawei-mrs/500/jobNotFound": "not-found",
  "huawei-mrs/500/messageVariant": "conflict",

  "huawei-dli/400/parameterError": "invalid-request",
  "huawei-dli/400/objectDoesNotExist": "not-found",
  "huawei-dli/400/operationNotSupported": "invalid-request",
  "huawei-dli/400/serverSideError": "server",
  "huawei-dli/401/userAuthentication": "unauthenticated",
  "huawei-dli/401/serviceAuthentication": "unauthenticated",
  "huawei-dli/401/signatureRejected": "unauthenticated",
  "huawei-dli/403/notAuthorized": "forbidden",
  "huawei-dli/404/resourceNotFound": "not-found",
  "huawei-dli/404/apiNotFound": "invalid-request",
  "huawei-dli/429/throttled": "throttled",
  "huawei-dli/500/backendMissing": "server",

  "fabric-workload/400/unknownJobType": "invalid-request",
  "fabric-workload/401/authError": "unauthenticated",
  "fabric-workload/401/missingScopes": "unauthenticated",
  "fabric-workload/403/accessDenied": "forbidden",
  "fabric-workload/404/itemMetadataNotFound": "not-found",
  "fabric-workload/404/jobInstanceNotFound": "not-found",
  "fabric-workload/409/jobAlreadyCompleted": "conflict",
  "fabric-workload/429/tooManyRequests": "throttled",
  "fabric-workload/500/internalError": "server",
  "fabric-workload/default/serviceUnavailable": "unavailable",
};

function expectedFor(key: string, call: Call): CancelErrorKind {
  let expected = EXPECTED[key];
  if (expected === undefined) throw new Error(`no expectation for ${key}: add it to EXPECTED`);
  while (typeof expected === "object") expected = expected[call];
  return expected;
}

interface Case {
  provider: ProviderId;
  operation: OperationName;
  call: Call;
  target: CancelTarget;
  status: number;
  code: string | undefined;
  message: string | undefined;
  body: unknown;
  headers: Record<string, string>;
  expected: CancelErrorKind;
  name: string;
}

const str = (v: unknown) => (typeof v === "string" ? v : undefined);
function codeAndMessage(provider: ProviderId, body: Record<string, unknown>, emrType?: string) {
  switch (provider) {
    case "databricks":
      return { code: str(body.error_code), message: str(body.message) ?? str(body.error) };
    case "emr-serverless":
      return { code: emrType, message: str(body.message) };
    case "huawei-mrs":
    case "huawei-dli":
      return { code: str(body.error_code), message: str(body.error_msg) ?? str(body.message) };
    case "fabric-workload":
      // The reference workload's PascalCase body, or the Swagger's camelCase one.
      return {
        code: str(body.errorCode) ?? str(body.ErrorCode),
        message: str(body.message) ?? str(body.Message),
      };
  }
}

const specCases: Case[] = OPERATIONS.flatMap((op) => {
  const examples = specExamples(op.specId)[op.operation];
  if (!examples) throw new Error(`${op.specId} has no operation ${op.operation}`);
  return examples.errors.map((example): Case => {
    const status = example.status === "default" ? 503 : Number(example.status);
    const emrType = op.provider === "emr-serverless" ? example.summary!.split(" ")[0]! : undefined;
    const headers: Record<string, string> = { [REQUEST_ID_HEADER[op.provider]]: "req-map-1" };
    if (emrType) {
      headers["X-Amzn-ErrorType"] =
        `${emrType}:http://internal.amazon.com/coral/com.amazonaws.emrserverless/`;
    }
    const body = example.value as Record<string, unknown>;
    return {
      provider: op.provider,
      operation: op.operation,
      call: op.call,
      target: op.target,
      status,
      ...codeAndMessage(op.provider, body, emrType),
      body,
      headers,
      expected: expectedFor(`${op.provider}/${example.status}/${example.name}`, op.call),
      name: `${op.operation} ${example.status} ${example.name}`,
    };
  });
});

function syntheticCase(
  provider: ProviderId,
  call: Call,
  status: number,
  code: string | undefined,
  message: string,
  expected: CancelErrorKind,
): Case {
  const op = OPERATIONS.find(
    (o) => o.provider === provider && o.call === call && o.operation !== "cancelJobExecution",
  )!;
  let body: Record<string, unknown>;
  const headers: Record<string, string> = { [REQUEST_ID_HEADER[provider]]: "req-map-1" };
  switch (provider) {
    case "databricks":
      body = { error_code: code, message };
      break;
    case "emr-serverless":
      body = { message };
      if (code) headers["X-Amzn-ErrorType"] = code;
      break;
    case "huawei-mrs":
    case "huawei-dli":
      body = { error_code: code, error_msg: message };
      break;
    case "fabric-workload":
      body = { errorCode: code, message, source: "System" };
      break;
  }
  return {
    provider,
    operation: op.operation,
    call,
    target: op.target,
    status,
    code,
    message,
    body,
    headers,
    expected,
    name: `${op.operation} ${status} ${code ?? "(no code)"} "${message}"`,
  };
}

const descriptorCodes = (provider: ProviderId, note: string) =>
  errorMappings[provider].find((r) => r.note === note)?.codes ?? [];

/** Rows of the tables no spec example reaches, each with the answer that reaches it. */
const syntheticCases: Case[] = [
  syntheticCase(
    "databricks",
    "cancel",
    400,
    "INVALID_PARAMETER_VALUE",
    "Run: 5 in job: 7 doesn't exist",
    "not-found",
  ),
  ...descriptorCodes(
    "databricks",
    "rate limit codes (the spec's x-cancel-retry throttling codes)",
  ).map((code) => syntheticCase("databricks", "cancel", 429, code, "slow down", "throttled")),
  ...["ABORTED", "ALREADY_EXISTS", "RESOURCE_ALREADY_EXISTS", "RESOURCE_CONFLICT"].map((code) =>
    syntheticCase("databricks", "cancel", 409, code, "conflict", "conflict"),
  ),
  syntheticCase("databricks", "status", 500, "UNKNOWN", "unknown", "server"),
  syntheticCase("databricks", "status", 500, "DATA_LOSS", "data loss", "server"),
  ...descriptorCodes("emr-serverless", "AWS throttling error types, also when sent as 400").map(
    (code) => syntheticCase("emr-serverless", "cancel", 400, code, "Rate exceeded", "throttled"),
  ),
  ...[
    "SignatureDoesNotMatch",
    "IncompleteSignature",
    "InvalidClientTokenId",
    "ExpiredTokenException",
    "MissingAuthenticationToken",
    "NotAuthorized",
    "RequestExpired",
  ].map((code) => syntheticCase("emr-serverless", "cancel", 403, code, "no", "unauthenticated")),
  syntheticCase("emr-serverless", "cancel", 409, "ConflictException", "conflict", "conflict"),
  syntheticCase("emr-serverless", "status", 408, "RequestTimeout", "timeout", "timeout"),
  syntheticCase("emr-serverless", "status", 400, "RequestTimeoutException", "timeout", "timeout"),
  syntheticCase("emr-serverless", "status", 500, "InternalFailure", "failure", "server"),
  syntheticCase(
    "huawei-dli",
    "cancel",
    400,
    "DLI.0007",
    "The job has finished and cannot be cancelled.",
    "invalid-request",
  ),
  syntheticCase(
    "huawei-dli",
    "status",
    400,
    "DLI.0007",
    "The job has finished and cannot be cancelled.",
    "invalid-request",
  ),
  syntheticCase("huawei-dli", "cancel", 400, "DLI.0015", "Token parsing error.", "unauthenticated"),
  syntheticCase(
    "huawei-dli",
    "cancel",
    400,
    "DLI.0003",
    "SQL permission check failed.",
    "forbidden",
  ),
  syntheticCase(
    "huawei-dli",
    "cancel",
    400,
    "DLI.0011",
    "File permission check failed.",
    "forbidden",
  ),
  syntheticCase("huawei-dli", "cancel", 400, "DLI.0006", "The object already exists.", "conflict"),
  syntheticCase("huawei-dli", "status", 400, "DLI.0012", "Resource unavailable.", "unavailable"),
  syntheticCase("fabric-workload", "cancel", 404, "ItemNotFound", "no item", "not-found"),
  syntheticCase("fabric-workload", "cancel", 403, "InsufficientPrivileges", "no", "forbidden"),
  // The HTTP status fallback (a code no row knows).
  syntheticCase("databricks", "cancel", 401, "SOMETHING_NEW", "x", "unauthenticated"),
  syntheticCase("databricks", "cancel", 403, "SOMETHING_NEW", "x", "forbidden"),
  syntheticCase("databricks", "cancel", 404, "SOMETHING_NEW", "x", "not-found"),
  syntheticCase("databricks", "cancel", 408, "SOMETHING_NEW", "x", "timeout"),
  syntheticCase("databricks", "cancel", 409, "SOMETHING_NEW", "x", "conflict"),
  syntheticCase("databricks", "cancel", 429, "SOMETHING_NEW", "x", "throttled"),
  syntheticCase("databricks", "cancel", 502, "SOMETHING_NEW", "x", "unavailable"),
  syntheticCase("databricks", "cancel", 504, "SOMETHING_NEW", "x", "unavailable"),
  syntheticCase("databricks", "cancel", 501, "SOMETHING_NEW", "x", "server"),
  syntheticCase("fabric-workload", "status", 418, "Teapot", "x", "invalid-request"),
];

/**
 * A refusal the spec calls ambiguous (`x-cancel-cancel.ambiguous`) is settled by one status read;
 * here the read says the run is still going, so the refusal stands and its kind is checked.
 */
const STILL_RUNNING: Partial<Record<OperationName, [OperationName, number, unknown]>> = {
  cancelJobRun: ["getJobRun", 200, { jobRun: { state: "RUNNING" } }],
  stopJob: ["showSingleJobExe", 202, { job_detail: { job_state: "RUNNING" } }],
  cancelJobExecution: ["showJobExecution", 200, { job_execution: { info: { status: "RUNNING" } } }],
  cancelSqlJob: ["showSqlJobStatus", 200, { job_id: IDS.jobId, status: "RUNNING" }],
  cancelItemJobInstance: ["getItemJobInstanceState", 200, { status: "InProgress" }],
};

function isAmbiguous(c: Case): boolean {
  if (c.call !== "cancel") return false;
  const variant = ADAPTERS[c.provider].profile.variants.find(
    (v) => v.rule.operation.operationId === c.operation,
  )!;
  return (
    firstMatch(variant.rule.ambiguous, { status: c.status, code: c.code, message: c.message }) !==
    undefined
  );
}

describe.each([...specCases, ...syntheticCases])("$provider $name", (c) => {
  it(`→ ${c.expected}`, async () => {
    const [method, path] = ROUTES[c.operation];
    mock.use(
      http[method](path, () =>
        HttpResponse.json(c.body as never, { status: c.status, headers: c.headers }),
      ),
    );
    const ambiguous = isAmbiguous(c);
    if (ambiguous) {
      const [read, status, body] = STILL_RUNNING[c.operation]!;
      const [readMethod, readPath] = ROUTES[read];
      mock.use(http[readMethod](readPath, () => HttpResponse.json(body as never, { status })));
    }
    const classification = classifyVendorError(
      c.provider,
      { status: c.status, code: c.code, message: c.message },
      c.call,
    );
    hitRules.add(classification.rule);
    const outcome =
      c.call === "cancel"
        ? await sdk.cancel(c.target).catch((e: unknown) => e)
        : await sdk.status(c.target).catch((e: unknown) => e);
    // The refusal is sent once more than nothing: one request, plus one read when ambiguous.
    expect(mock.requests).toHaveLength(ambiguous ? 2 : 1);
    expect(outcome).toBeInstanceOf(CancelError);
    const error = outcome as CancelError;
    expect(error.kind).toBe(c.expected);
    expect(classification.kind).toBe(c.expected);
    expect(error.status).toBe(c.status);
    expect(error.code).toBe(c.code);
    expect(error.vendorMessage).toBe(c.message);
    expect(error.requestId).toBe("req-map-1");
    expect(error.provider).toBe(c.provider);
    expect(error.operation).toBe(c.operation);
    expect(error.target).toBe(c.target);
    expect(error.cause).toBeInstanceOf(ApiError);
    // MRS's failed kill/query codes are final (x-cancel-retry): not retryable, even as a 500.
    const final = c.provider === "huawei-mrs" && ["0160", "0162", "0175"].includes(c.code ?? "");
    expect(error.retryable).toBe(
      !final &&
        (RETRYABLE.has(c.expected) ||
          (c.expected === "server" && [500, 502, 503, 504].includes(c.status))),
    );
    expect(CANCEL_ERROR_KINDS).toContain(error.kind);
  });
});

describe("errors that are not a vendor answer", () => {
  const hitNonHttp = new Set<string>();
  afterAll(() => {
    expect([...hitNonHttp].sort()).toEqual(nonHttpMapping.map((r) => r.error).sort());
  });

  it("ValidationError → invalid-request, nothing sent", async () => {
    const error = await sdk
      .cancel({ ...TARGETS["emr-serverless"], applicationId: "My-App" })
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(error).toMatchObject({
      kind: "invalid-request",
      retryable: false,
      provider: "emr-serverless",
    });
    expect(error.cause).toBeInstanceOf(ValidationError);
    expect(mock.requests).toHaveLength(0);
    hitNonHttp.add("ValidationError");
  });

  it("ConfigurationError → invalid-request naming the problem, nothing sent", async () => {
    const client = createCancelClient({
      databricks: { baseUrl: "http://example.com/api/2.2", authenticate: testAuth },
    });
    const error = await client
      .cancel(TARGETS.databricks)
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(error).toMatchObject({ kind: "invalid-request", provider: "databricks" });
    expect(error.cause).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain("https");
    expect(mock.requests).toHaveLength(0);
    hitNonHttp.add("ConfigurationError");
  });

  it("CredentialsError → unauthenticated", async () => {
    const client = createCancelClient({
      huaweiDli: {
        baseUrl: "https://dli.cn-north-4.myhuaweicloud.com",
        authenticate: () => {
          throw new CredentialsError("token endpoint answered 500", { retryable: true });
        },
      },
      defaults: { retry: false },
    });
    const error = await client
      .cancel(TARGETS["huawei-dli"])
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(error).toMatchObject({ kind: "unauthenticated", retryable: true });
    expect(error.cause).toBeInstanceOf(CredentialsError);
    hitNonHttp.add("CredentialsError");
  });

  it("ConnectionError → network", async () => {
    mock.use(http.post(ROUTES.cancelRun[1], () => HttpResponse.error()));
    const error = await sdk
      .cancel(TARGETS.databricks)
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(error).toMatchObject({ kind: "network", retryable: true, status: undefined });
    hitNonHttp.add("ConnectionError");
  });

  it("TimeoutError → timeout", async () => {
    mock.use(
      http.post(ROUTES.cancelRun[1], async () => {
        await delay(200);
        return HttpResponse.json({});
      }),
    );
    const error = await sdk
      .cancel(TARGETS.databricks, { timeoutMs: 20 })
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(error).toMatchObject({ kind: "timeout", retryable: true });
    hitNonHttp.add("TimeoutError");
  });

  it("AbortError → aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error("stop"));
    const error = await sdk
      .cancel(TARGETS.databricks, { signal: controller.signal })
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(error).toMatchObject({ kind: "aborted", retryable: false });
    expect(mock.requests).toHaveLength(0);
    hitNonHttp.add("AbortError");
  });

  it("ResponseParseError → server", async () => {
    mock.use(
      http.delete(ROUTES.cancelJobRun[1], () =>
        HttpResponse.text("<html>proxy</html>", {
          status: 200,
          headers: { "content-type": "text/html" },
        }),
      ),
    );
    const error = await sdk
      .cancel(TARGETS["emr-serverless"])
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(error).toMatchObject({ kind: "server", retryable: false, status: 200 });
    hitNonHttp.add("ResponseParseError");
  });

  it("anything else → server, not retryable", () => {
    const error = toCancelError(new TypeError("boom"), { provider: "databricks", call: "cancel" });
    expect(error).toMatchObject({ kind: "server", retryable: false });
    expect(error.message).toContain("boom");
    hitNonHttp.add("anything else");
  });

  it("a redirect → invalid-request", async () => {
    mock.use(
      http.post(
        ROUTES.cancelRun[1],
        () =>
          new HttpResponse(null, {
            status: 302,
            headers: { location: "https://elsewhere.example/" },
          }),
      ),
    );
    const error = await sdk
      .cancel(TARGETS.databricks)
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(error).toMatchObject({ kind: "invalid-request", status: 302 });
    hitRules.add(statusMapping.find((r) => Array.isArray(r.status) && r.status[0] === 300)!);
  });
});

describe("the mapping tables", () => {
  it("every row has a test", () => {
    const rows = [...Object.values(errorMappings).flat(), ...statusMapping];
    const untested = rows.filter((row) => !hitRules.has(row));
    expect(untested).toEqual([]);
  });

  it("every vendor code of every row appears in the README's table", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    for (const rule of Object.values(errorMappings).flat()) {
      for (const code of rule.codes ?? []) expect(readme, code).toContain(`\`${code}\``);
    }
    for (const row of nonHttpMapping) expect(readme).toContain(row.error);
    for (const kind of CANCEL_ERROR_KINDS) expect(readme).toContain(`\`${kind}\``);
  });

  it("a not-configured provider is an invalid-request error naming what to add", async () => {
    const client = createCancelClient({
      databricks: { baseUrl: "https://x.cloud.databricks.com/api/2.2", authenticate: testAuth },
    });
    const error = await client
      .cancel(TARGETS["huawei-dli"])
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(error).toMatchObject({ kind: "invalid-request", provider: "huawei-dli" });
    expect(error.message).toContain("huaweiDli");
    expect(error.message).toContain("HUAWEICLOUD_SDK_AK");
    expect(mock.requests).toHaveLength(0);
  });

  it("a target of one vendor with another vendor's field is refused at run time too", async () => {
    const error = await sdk
      .cancel({ ...TARGETS.databricks, jobId: IDS.jobId } as unknown as CancelTarget)
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(error).toMatchObject({ kind: "invalid-request" });
    expect(error.message).toContain("jobId");
    expect(mock.requests).toHaveLength(0);
  });
});
