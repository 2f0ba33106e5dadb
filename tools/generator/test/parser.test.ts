// Each parser file's checks, pinned by [JSON pointer, problem]: a broken spec names every problem.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { loadSpec } from "../src/parser/spec.ts";
import { SpecErrors } from "../src/spec-error.ts";

const fixture = readFileSync(join(import.meta.dirname, "fixtures/specs/fixture.yaml"), "utf8");
const JOB = "/paths/~1projects~1{project_id}~1jobs~1{jobId}";

// biome-ignore lint/suspicious/noExplicitAny: a YAML document edited in place
type Doc = any;
const job = (doc: Doc, method: "get" | "post") =>
  doc.paths["/projects/{project_id}/jobs/{jobId}"][method];

function problems(edit: (doc: Doc) => void, id = "fixture"): [string, string][] {
  const doc = parse(fixture);
  edit(doc);
  try {
    loadSpec(`specs/${id}.yaml`, stringify(doc), id);
  } catch (error) {
    if (!(error instanceof SpecErrors)) throw error;
    return error.errors.map((e) => [e.pointer, e.problem]);
  }
  throw new Error("the spec loaded without problems");
}

describe("parser", () => {
  it("spec.ts: provider id and OpenAPI version", () => {
    expect(problems((d) => (d.openapi = "3.0.0"), "Bad_Id")).toEqual([
      ["", 'file name must be a kebab-case provider id, got "Bad_Id"'],
      ["/openapi", 'must be an OpenAPI 3.1 document (openapi: 3.1.x), got "3.0.0"'],
    ]);
  });

  it("reader.ts: circular and non-local $refs", () => {
    expect(
      problems((d) => {
        d.components.schemas.A = { $ref: "#/components/schemas/B" };
        d.components.schemas.B = { $ref: "#/components/schemas/A" };
        d.info["x-see"] = { $ref: "other.yaml#/x" };
      }),
    ).toEqual([
      ["/info/x-see", '$ref "other.yaml#/x" is not a local reference (only "#/…" is supported)'],
      ["/components/schemas/A", '$ref "#/components/schemas/B" is circular'],
      ["/components/schemas/B", '$ref "#/components/schemas/A" is circular'],
    ]);
  });

  it("server.ts: variables", () => {
    expect(problems((d) => (d.servers[0].variables.tenant = { enum: ["a"] }))).toEqual([
      ["/servers/0/variables/tenant", "a server variable needs a string default"],
      ["/servers/0", "server url uses {tenant} but declares no such variable"],
    ]);
  });

  it("paths.ts and operation.ts: operationIds and the retired x-cancel-already-terminal", () => {
    expect(
      problems((d) => {
        d.paths["/other"] = {
          delete: { operationId: "Cancel_job", responses: { "204": { description: "x" } } },
          put: { operationId: "cancelJob", responses: { "204": { description: "x" } } },
        };
        job(d, "post")["x-cancel-already-terminal"] = {};
      }),
    ).toEqual([
      [
        `${JOB}/post/x-cancel-already-terminal`,
        "x-cancel-already-terminal is replaced by x-cancel-cancel: { status, ambiguous } (a refusal is settled by a status read)",
      ],
      ["/paths/~1other/put/operationId", `operationId cancelJob is also used at ${JOB}/post`],
      ["/paths/~1other/delete/operationId", 'operationId "Cancel_job" must be lowerCamelCase'],
    ]);
  });

  it("field.ts: keys that are no identifier, keys taken twice", () => {
    expect(
      problems((d) => {
        job(d, "post").parameters[1]["x-cancel-name"] = "1bad";
        job(d, "post").parameters.push({ name: "Since", in: "header", schema: { type: "string" } });
      }),
    ).toEqual([
      [`${JOB}/post/parameters/1`, 'input field name "1bad" is not an identifier'],
      [
        `${JOB}/post/parameters/9`,
        `input field "since" (header Since) collides with query since at ${JOB}/post/parameters/5; rename one with x-cancel-name`,
      ],
    ]);
  });

  it("parameter.ts: path parameters against the template", () => {
    expect(
      problems((d) => {
        job(d, "post").parameters[0].required = false;
        job(d, "post").parameters.push({
          name: "zzz",
          in: "path",
          required: true,
          schema: { type: "string" },
        });
        job(d, "get").parameters = [];
      }),
    ).toEqual([
      [
        `${JOB}/get`,
        "path template /projects/{project_id}/jobs/{jobId} uses {jobId} but no path parameter declares it",
      ],
      [`${JOB}/post/parameters/0`, "path parameter jobId must be required: true"],
      [
        `${JOB}/post/parameters/9`,
        "path parameter zzz does not appear in /projects/{project_id}/jobs/{jobId}",
      ],
    ]);
  });

  it("request-body.ts: one JSON content type, an object schema", () => {
    expect(problems((d) => (job(d, "post").requestBody.content["text/plain"] = {}))).toEqual([
      [
        `${JOB}/post/requestBody`,
        "a request body must have exactly one content type, application/json",
      ],
    ]);
    expect(
      problems(
        (d) => (job(d, "post").requestBody.content["application/json"].schema = { type: "string" }),
      ),
    ).toEqual([
      [
        `${JOB}/post/requestBody/content/application~1json/schema`,
        "a request body schema must be an object, with properties or none",
      ],
    ]);
  });

  it("schema.ts: types, enums and consts of input fields", () => {
    expect(
      problems((d) => {
        const params = job(d, "post").parameters;
        params[1].schema = { type: ["string", "integer"] };
        params[2].schema = { enum: [] };
        params[3].schema = { const: {} };
      }),
    ).toEqual([
      [
        `${JOB}/post/parameters/1/schema/type`,
        'type must be one scalar type (optionally with "null"), got ["string","integer"]',
      ],
      [
        `${JOB}/post/parameters/2/schema/enum`,
        "enum must be a non-empty list of strings, numbers or booleans",
      ],
      [`${JOB}/post/parameters/3/schema/const`, "const must be a scalar"],
    ]);
  });

  it("response.ts: a 2xx response is required", () => {
    expect(
      problems((d) => {
        const get = job(d, "get");
        get.responses = { "400": get.responses["400"] };
        delete get["x-cancel-status"].result;
        delete d["x-cancel-server"]; // it would refuse getJob without a JSON answer too
      }),
    ).toEqual([
      [`${JOB}/get/responses`, "no 2xx success response is documented"],
      [
        `${JOB}/get/x-cancel-status/state/0`,
        "the operation has no 2xx JSON body to read a state from",
      ],
    ]);
  });

  it("extensions/errors.ts: x-cancel-errors sources", () => {
    expect(
      problems(
        (d) =>
          (d["x-cancel-errors"].code = [
            { from: "query" },
            { from: "header" },
            { from: "body", pointer: "x" },
            { from: "body", pointer: "", transform: "nope" },
          ]),
      ),
    ).toEqual([
      ["/x-cancel-errors/code/0", "each source needs from: header or from: body"],
      ["/x-cancel-errors/code/1/name", "a header source needs a name"],
      ["/x-cancel-errors/code/2/pointer", "a body source needs a JSON pointer"],
      ["/x-cancel-errors/code/3/transform", 'the only transform is "aws-error-type"'],
    ]);
  });

  it("extensions/retry.ts and matcher.ts: x-cancel-retry rows", () => {
    expect(
      problems((d) => {
        d["x-cancel-retry"].slow = [];
        d["x-cancel-retry"].throttling = [
          1,
          { foo: 1, status: 429 },
          { status: [500, 400] },
          { codes: [] },
          { message: "(" },
        ];
      }),
    ).toEqual([
      ["/x-cancel-retry/throttling/0", "must be an object with status, codes and/or message"],
      ["/x-cancel-retry/throttling/1/foo", 'unknown key "foo" (status, codes, message, note)'],
      ["/x-cancel-retry/throttling/2/status", "status must be an HTTP status or [low, high]"],
      ["/x-cancel-retry/throttling/2", "needs at least one of status, codes, message"],
      ["/x-cancel-retry/throttling/3/codes", "codes must not be empty"],
      ["/x-cancel-retry/throttling/3", "needs at least one of status, codes, message"],
      [
        "/x-cancel-retry/throttling/4/message/0",
        "invalid regular expression: Invalid regular expression: /(/i: Unterminated group",
      ],
      ["/x-cancel-retry/slow", 'unknown key "slow" (throttling, transient, final)'],
    ]);
  });

  it("extensions/error-kinds.ts: kinds, calls and notes", () => {
    expect(
      problems(
        (d) =>
          (d["x-cancel-error-kinds"] = [
            { status: 400, kind: "nope", note: "n" },
            { status: 400, kind: "server", call: "x", note: "n" },
            { status: 400, kind: "server", note: "  " },
          ]),
      ),
    ).toEqual([
      [
        "/x-cancel-error-kinds/0/kind",
        "kind must be one of not-found, invalid-request, unauthenticated, forbidden, conflict, throttled, unavailable, server, network, timeout, aborted",
      ],
      ["/x-cancel-error-kinds/1/call", 'call must be "cancel", "status" or "list"'],
      ["/x-cancel-error-kinds/2/note", "every row needs a note saying why"],
    ]);
  });

  it("extensions/states.ts: run states of an enum's values", () => {
    expect(
      problems((d) => {
        const states = d.components.schemas.JobResult["x-cancel-states"];
        states.OK = "done";
        states.EXTRA = "running";
      }),
    ).toEqual([
      [
        "/components/schemas/JobResult/x-cancel-states/OK",
        '"done" is not a run state (pending, running, stopping, unknown, cancelled, succeeded, failed, timed-out, skipped, ended, or null)',
      ],
      ["/components/schemas/JobResult/x-cancel-states/EXTRA", "EXTRA is not a value of the enum"],
    ]);
  });

  it("extensions/status.ts: pointers into the success body", () => {
    expect(
      problems(
        (d) =>
          (job(d, "get")["x-cancel-status"] = {
            state: ["state", "/nope", "/detail"],
            result: ["/state/x"],
          }),
      ),
    ).toEqual([
      [
        `${JOB}/get/x-cancel-status/state/0`,
        "must be a JSON pointer into the success body, e.g. /jobRun/state",
      ],
      [
        `${JOB}/get/x-cancel-status/state/1`,
        '/nope: the body schema has no property "nope" at /components/schemas/JobState',
      ],
      [
        `${JOB}/get/x-cancel-status/state/2`,
        "/detail must be a $ref to a component schema with x-cancel-states",
      ],
      [
        `${JOB}/get/x-cancel-status/result/0`,
        '/state/x: the body schema has no property "x" at /components/schemas/JobStatus',
      ],
    ]);
  });

  it("extensions/cancel.ts: keys, and ambiguous refusals need a status read", () => {
    expect(
      problems((d) => {
        const cancel = job(d, "post")["x-cancel-cancel"];
        cancel.foo = 1;
        cancel.acceptsEnded = true;
        delete cancel.status;
      }),
    ).toEqual([
      [
        `${JOB}/post/x-cancel-cancel/foo`,
        'unknown key "foo" (status, answer, ambiguous, acceptsEnded)',
      ],
      [
        `${JOB}/post/x-cancel-cancel/ambiguous`,
        "ambiguous refusals are settled by a status read: name it in status",
      ],
      [
        `${JOB}/post/x-cancel-cancel/acceptsEnded`,
        "a cancel the vendor accepts for ended runs is told apart by a status read: name it in status",
      ],
    ]);
    expect(problems((d) => (job(d, "post")["x-cancel-cancel"].acceptsEnded = "yes"))).toEqual([
      [`${JOB}/post/x-cancel-cancel/acceptsEnded`, "must be true or false"],
    ]);
  });

  it("extensions/server.ts: handler names, operations served once, path and header fields only", () => {
    expect(
      problems((d) => {
        d["x-cancel-server"].extra = true;
        d["x-cancel-server"].handlers = {
          Read: "getJob",
          read: "getJob",
          again: "getJob",
          gone: "noSuchOperation",
          cancel: "cancelJob",
        };
      }),
    ).toEqual([
      ["/x-cancel-server/extra", 'unknown key "extra" (handlers)'],
      [
        "/x-cancel-server/handlers/Read",
        'handler name must be a lowerCamelCase identifier, got "Read"',
      ],
      ["/x-cancel-server/handlers/again", 'getJob is already answered by handler "read"'],
      [
        "/x-cancel-server/handlers/gone",
        'must be the operationId of an operation, got "noSuchOperation"',
      ],
      [
        "/x-cancel-server/handlers/cancel",
        "cancelJob has query and body fields (mode, grace, ratio, tags, since, oldFlag, runId, attempt, dryRun, cancelReason); a server handler reads path and header parameters only",
      ],
    ]);
    expect(problems((d) => (d["x-cancel-server"] = { handlers: {} }))).toEqual([
      ["/x-cancel-server/handlers", "must map at least one handler name to an operationId"],
    ]);
  });

  it("extensions/target.ts: x-cancel-target, and a status read's fields against the cancel's", () => {
    expect(
      problems((d) => {
        delete d["x-cancel-server"]; // it would refuse getJob's query field too
        job(d, "post").parameters[7]["x-cancel-target"] = "maybe";
        job(d, "get").parameters.push({
          name: "mode",
          in: "query",
          required: true,
          schema: { type: "integer" },
        });
      }),
    ).toEqual([
      [`${JOB}/post/parameters/7/x-cancel-target`, 'must be "optional" or "omit"'],
      [
        `${JOB}/post/x-cancel-cancel/status`,
        'mode is "graceful" | "immediate" in cancelJob but number in getJob',
      ],
    ]);
  });
  it("extensions/list.ts: pointers into one run, paging, filters and the clash with selector words", () => {
    const LIST = "/paths/~1projects~1{project_id}~1jobs/get/x-cancel-list";
    const list = (d: Doc) => d.paths["/projects/{project_id}/jobs"].get;
    expect(
      problems((d) => {
        const x = list(d)["x-cancel-list"];
        x.items = "/next_page_token";
        x.colour = "red";
      }),
    ).toEqual([
      [
        `${LIST}/colour`,
        'unknown key "colour" (items, target, state, result, createdAt, name, page, filters)',
      ],
      [`${LIST}/items`, "/next_page_token must be an array of runs"],
    ]);
    expect(
      problems((d) => {
        const x = list(d)["x-cancel-list"];
        x.target.jobId = { item: "/nope" };
        x.createdAt.unit = "fortnights";
        x.page = {
          token: { input: "pageToken", next: "/next_page_token" },
          offset: { input: "limit" },
        };
        x.filters.colour = { input: "state" };
      }),
    ).toEqual([
      [
        `${LIST}/target/jobId/item`,
        '/nope: the schema has no property "nope" at /components/schemas/JobSummary',
      ],
      [`${LIST}/createdAt/unit`, "unit must be one of epoch-seconds, epoch-millis, date-time"],
      [`${LIST}/page`, "needs exactly one of token, offset, number"],
      [
        `${LIST}/filters/colour`,
        'unknown filter "colour" (states, active, createdAfter, createdBefore)',
      ],
    ]);
    expect(
      problems((d) => {
        const x = list(d)["x-cancel-list"];
        delete x.target.runId;
        x.target.jobId = { item: "/created" };
        delete x.filters.states;
        list(d).parameters[2].name = "states";
      }),
    ).toEqual([
      [
        LIST,
        "the input states would clash with the selector's own states: map it under filters, or rename it with x-cancel-name",
      ],
    ]);
    expect(
      problems((d) => {
        const x = list(d)["x-cancel-list"];
        delete x.target.runId;
        x.target.jobId = { item: "/created" };
      }),
    ).toEqual([
      [`${LIST}/target/jobId`, "jobId is string in the target but integer here"],
      [`${LIST}/target`, "the target's required field runId is not mapped"],
    ]);
    expect(
      problems((d) => {
        const copy = structuredClone(d.paths["/projects/{project_id}/jobs"]);
        copy.get.operationId = "listMoreJobs";
        d.paths["/projects/{project_id}/more-jobs"] = copy;
      }),
    ).toEqual([
      [
        "/paths/~1projects~1{project_id}~1more-jobs/get/x-cancel-list",
        "a spec lists runs with one operation; listJobs already does",
      ],
    ]);
  });
});
