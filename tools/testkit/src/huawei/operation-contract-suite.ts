import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMockServer } from "../mock-server.ts";
import { specExamples } from "../spec-examples.ts";
import {
  anyHost,
  type HuaweiClient,
  type HuaweiOperation,
  type HuaweiSubject,
  pathOf,
} from "./subject.ts";

const TOKEN = "MIIZkQYJKoZIhvcNAQcCoIIZgjCCGX4CAQExDTALBglghkgBZQMEAgEwghejBgkqhkiG";
const REQUEST_ID = "04a5e3cd1b2f4d5e8f9a0b1c2d3e4f50";

/** `jobExecutionId` → `job_execution_id`, the name the spec and the wire use. */
const wireName = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The spec's path template of a route: `/v1.0/:projectId/jobs` → `/v1.0/{project_id}/jobs`. */
const specPath = (route: string) =>
  route.replace(/:(\w+)/g, (_, field: string) => `{${wireName(field)}}`);

type Bad = { name: string; patch: Record<string, unknown>; field: string; drop?: string };

/** Values no id field takes: path tricks, control and non-ASCII characters, non-strings. */
function badIds(field: string, punctuation: "" | "-" | "_-"): Bad[] {
  const cases: Bad[] = [
    { name: `missing ${field}`, patch: {}, drop: field, field },
    { name: `undefined ${field}`, patch: { [field]: undefined }, field },
    { name: `null ${field}`, patch: { [field]: null }, field },
    { name: `empty ${field}`, patch: { [field]: "" }, field },
    { name: `65-character ${field}`, patch: { [field]: "a".repeat(65) }, field },
    { name: `${field} '.'`, patch: { [field]: "." }, field },
    { name: `${field} '..'`, patch: { [field]: ".." }, field },
    { name: `${field} with a slash`, patch: { [field]: "abc/def" }, field },
    { name: `${field} with a slash into another route`, patch: { [field]: "abc/status" }, field },
    { name: `${field} '../other'`, patch: { [field]: "../other" }, field },
    { name: `${field} with ?`, patch: { [field]: "abc?x=1" }, field },
    { name: `${field} with #`, patch: { [field]: "abc#x" }, field },
    { name: `${field} with %2F`, patch: { [field]: "abc%2Fdef" }, field },
    { name: `${field} with a space`, patch: { [field]: "abc def" }, field },
    { name: `${field} with a trailing newline`, patch: { [field]: "abc\n" }, field },
    { name: `${field} with a non-ASCII letter`, patch: { [field]: "abcé" }, field },
    { name: `${field} with a full-width digit`, patch: { [field]: "abc１" }, field },
    { name: `numeric ${field}`, patch: { [field]: 42 }, field },
    { name: `boolean ${field}`, patch: { [field]: true }, field },
    { name: `object ${field}`, patch: { [field]: { toString: () => "abc" } }, field },
    { name: `array ${field}`, patch: { [field]: ["abc"] }, field },
  ];
  if (!punctuation.includes("-"))
    cases.push({ name: `${field} with a hyphen`, patch: { [field]: "abc-def" }, field });
  if (!punctuation.includes("_"))
    cases.push({ name: `${field} with an underscore`, patch: { [field]: "abc_def" }, field });
  return cases;
}

/**
 * What every operation of a provider package promises, checked against its spec: the generated
 * operation table, each documented error example as its typed error, and every invalid input
 * refused with a ValidationError naming the field before anything is sent.
 */
export function describeHuaweiOperationContract<Client extends HuaweiClient>(
  subject: HuaweiSubject<Client>,
): void {
  const { ApiError, ValidationError } = subject.errors;
  const errorClasses: Record<string, (typeof subject.errors)[keyof typeof subject.errors]> = {
    "400": subject.errors.BadRequestError,
    "401": subject.errors.AuthenticationError,
    "403": subject.errors.PermissionDeniedError,
    "404": subject.errors.NotFoundError,
    "429": subject.errors.RateLimitError,
    "500": subject.errors.ServerError,
  };
  const examples = specExamples(subject.provider);
  const [cancel] = subject.operations;
  const mock = createMockServer();
  // A plain IAM token header: signing is the auth suite's; one answer per call, no retries.
  const client = subject.createClient({
    retry: false,
    authenticate: (request) => {
      request.headers.set("X-Auth-Token", TOKEN);
      return request;
    },
  });

  beforeAll(() => mock.listen());
  afterEach(() => mock.reset());
  afterAll(() => mock.close());

  /** Answers every request to the operation with the given status, body and headers. */
  function serve(
    operation: HuaweiOperation<Client>,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    mock.use(
      http[operation.method.toLowerCase() as "get"](anyHost(operation), () =>
        body === undefined
          ? new HttpResponse(null, { status, headers })
          : HttpResponse.json(body, { status, headers }),
      ),
    );
  }

  /** Answers every request to the operation with its documented success. */
  function succeed(operation: HuaweiOperation<Client>) {
    mock.use(http[operation.method.toLowerCase() as "get"](anyHost(operation), operation.answer));
  }

  describe("operation table", () => {
    it.each(subject.operations.map((op) => [op.name, op.method, specPath(op.route), op] as const))(
      "%s is %s %s",
      (name, method, path, operation) => {
        const generated = subject.allOperations[name]!;
        expect(generated.method).toBe(method);
        expect(generated.path).toBe(path);
        expect(examples[name]!.method).toBe(method);
        expect(examples[name]!.path).toBe(path);
        expect(generated.fields.map((f) => [f.key, f.name, f.in, f.required])).toEqual([
          ...Object.keys(operation.input).map((key) => [key, wireName(key), "path", true]),
          ...Object.entries(operation.query ?? {}).map(([key, name]) => [
            key,
            name,
            "query",
            false,
          ]),
        ]);
      },
    );

    it(`has exactly the operations ${subject.operations.map((op) => op.name).join(", ")}`, () => {
      const names = subject.operations.map((op) => op.name).sort();
      expect(Object.keys(subject.allOperations).sort()).toEqual(names);
      expect(Object.keys(examples).sort()).toEqual(names);
    });
  });

  // Every documented error example of every operation becomes the typed error for its status,
  // carrying the vendor's error_code, error_msg (or message) and the X-Request-Id header.
  const errorCases = subject.operations.flatMap((operation) =>
    examples[operation.name]!.errors.map((example) => ({
      operationId: operation.name,
      operation,
      ...example,
    })),
  );

  describe("documented errors", () => {
    describe.each(errorCases)(
      "$operationId answers $status ($name)",
      ({ operation, status, value }) => {
        it("throws the typed ApiError with the vendor's code, message and request id", async () => {
          serve(operation, Number(status), value, { "X-Request-Id": REQUEST_ID });
          const error = await operation
            .call(client, operation.input as never)
            .catch((e: unknown) => e);
          const body = value as { error_code: string; error_msg?: string; message?: string };
          const vendorMessage = body.error_msg ?? body.message;
          // The plain call throws every refusal (only `…Confirmed` settles an ambiguous one).
          expect(error).toBeInstanceOf(ApiError);
          expect(error).toBeInstanceOf(errorClasses[status]!);
          expect(error).toMatchObject({
            status: Number(status),
            code: body.error_code,
            vendorMessage,
            // The header wins over the gateway's request_id member in the body.
            requestId: REQUEST_ID,
            body: value,
            provider: subject.provider,
            operation: operation.name,
            attempts: 1,
            // 429 and 500 may succeed when repeated, but not the answers the spec calls final.
            retryable:
              !subject.finalCodes.includes(body.error_code) &&
              (status === "429" || status === "500"),
            message: `${operation.name} failed: HTTP ${status} ${body.error_code}: ${vendorMessage}`,
          });
          expect(vendorMessage).toBeTypeOf("string");
          expect((error as { body: unknown }).body).toStrictEqual(value);
          // Never retried, not even the 429/500 of an operation that is safe to repeat.
          expect(mock.requests).toHaveLength(1);
          expect(mock.requests[0]!.url.pathname).toBe(pathOf(operation));
        });
      },
    );
  });

  // Invalid inputs: each is refused with a ValidationError naming the field, and nothing is sent.
  const invalidCases = subject.operations.flatMap((operation) => {
    const fields = Object.keys(operation.input);
    const last = fields.at(-1)!;
    const cases: Bad[] = [
      ...fields.flatMap((field) => badIds(field, subject.idPunctuation[field]!)),
      {
        name: `unknown field ${wireName(last)} (wire name)`,
        patch: { [wireName(last)]: operation.input[last] },
        field: wireName(last),
      },
      {
        name: `unknown field ${last.replace(/Id$/, "ID")} (wrong case)`,
        patch: { [last.replace(/Id$/, "ID")]: operation.input[last] },
        field: last.replace(/Id$/, "ID"),
      },
    ];
    return cases.map((c) => ({ operationId: operation.name, operation, ...c }));
  });

  describe.each(invalidCases)("$operationId rejects $name", ({ operation, patch, drop, field }) => {
    it("throws a ValidationError naming the field and sends nothing", async () => {
      succeed(operation);
      const input: Record<string, unknown> = { ...operation.input, ...patch };
      if (drop) delete input[drop];
      const error = await operation.call(client, input as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      const validation = error as Error & {
        issues: { field: string }[];
        provider: string;
        operation: string;
        attempts: number;
      };
      expect(validation.issues.map((i) => i.field)).toEqual([field]);
      expect(validation.message).toContain(`${operation.name}: invalid input: ${field} `);
      expect(validation.provider).toBe(subject.provider);
      expect(validation.operation).toBe(operation.name);
      expect(validation.attempts).toBe(0);
      expect(mock.requests).toHaveLength(0);
    });
  });

  describe("whole-input validation", () => {
    it.each([
      ["undefined", undefined],
      ["null", null],
      ["a string", cancel.input["projectId"]],
      ["an array", Object.values(cancel.input)],
    ])("rejects %s as input", async (_name, input) => {
      const error = await cancel.call(client, input as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as { issues: unknown }).issues).toEqual([
        { field: "(input)", message: expect.stringMatching(/^must be an object, got /) },
      ]);
      expect(mock.requests).toHaveLength(0);
    });
  });

  describe("valid input", () => {
    it("sends ids of exactly 64 characters (both cases, digits, the punctuation each field takes) verbatim", async () => {
      const input = Object.fromEntries(
        Object.keys(cancel.input).map((field) => {
          const punctuation = subject.idPunctuation[field]!;
          return [field, `Aa${"0".repeat(62 - punctuation.length)}${punctuation}`];
        }),
      );
      expect(Object.values(input).map((id) => id.length)).toEqual(Object.keys(input).map(() => 64));
      succeed(cancel);
      await cancel.call(client, input as never);
      expect(mock.requests).toHaveLength(1);
      expect(mock.requests[0]!.url.pathname).toBe(pathOf({ route: cancel.route, input }));
    });
  });
}
