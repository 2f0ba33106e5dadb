/**
 * The unified host's workspace id: `workspaceId` / DATABRICKS_WORKSPACE_ID become the
 * `X-Databricks-Workspace-Id` header of every call (as the official SDKs send it), checked as a
 * header value before anything is sent.
 */
import { ConfigurationError, ValidationError } from "@cancel/core";
import { createMockServer } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  cancelAllRuns,
  cancelRun,
  cancelRunConfirmed,
  createClient,
  getRun,
} from "../src/index.js";
import { BASE, HOST, isolateEnv, PAT } from "./auth-vendor.js";

const RUN = 455644833;
const WORKSPACE = "1234567890123456";
const HEADER = "x-databricks-workspace-id";
const mock = createMockServer();
let restoreEnv: () => void;

beforeAll(() => mock.listen());
beforeEach(() => {
  restoreEnv = isolateEnv();
  mock.use(
    http.post(`${BASE}/jobs/runs/cancel`, () => HttpResponse.json({})),
    http.post(`${BASE}/jobs/runs/cancel-all`, () => HttpResponse.json({})),
    http.get(`${BASE}/jobs/runs/get`, () =>
      HttpResponse.json({ run_id: RUN, status: { state: "RUNNING" } }),
    ),
  );
});
afterEach(() => {
  restoreEnv();
  mock.reset();
});
afterAll(() => mock.close());

const sent = () => mock.requests.map((r) => r.headers[HEADER]);
const caught = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected createClient to throw");
};

describe("X-Databricks-Workspace-Id", () => {
  it("is sent on every operation with the client's workspaceId", async () => {
    const client = createClient({ host: HOST, token: PAT, workspaceId: WORKSPACE });
    await cancelRun(client, { runId: RUN });
    await cancelAllRuns(client, { jobId: 11223344 });
    await cancelAllRuns(client);
    await getRun(client, { runId: RUN });
    await cancelRunConfirmed(client, { runId: RUN });
    expect(sent()).toEqual([WORKSPACE, WORKSPACE, WORKSPACE, WORKSPACE, WORKSPACE]);
    // The header is the only change: bodies and queries stay the spec's.
    expect(mock.requests.map((r) => r.body)).toEqual([
      `{"run_id":${RUN}}`,
      '{"job_id":11223344}',
      "{}",
      "",
      `{"run_id":${RUN}}`,
    ]);
  });

  it("comes from DATABRICKS_WORKSPACE_ID when the option is not given", async () => {
    process.env.DATABRICKS_WORKSPACE_ID = "2345678901";
    const client = createClient({ host: HOST, token: PAT });
    await cancelRun(client, { runId: RUN });
    expect(sent()).toEqual(["2345678901"]);
  });

  it("the option wins over DATABRICKS_WORKSPACE_ID", async () => {
    process.env.DATABRICKS_WORKSPACE_ID = "2345678901";
    const client = createClient({ host: HOST, token: PAT, workspaceId: WORKSPACE });
    await getRun(client, { runId: RUN });
    expect(sent()).toEqual([WORKSPACE]);
  });

  it("an empty DATABRICKS_WORKSPACE_ID counts as unset", async () => {
    process.env.DATABRICKS_WORKSPACE_ID = "";
    const client = createClient({ host: HOST, token: PAT });
    await cancelRun(client, { runId: RUN });
    expect(sent()).toEqual([undefined]);
  });

  it("is not sent without either (a classic workspace host)", async () => {
    const client = createClient({ host: HOST, token: PAT });
    await cancelRun(client, { runId: RUN });
    await getRun(client, { runId: RUN });
    expect(sent()).toEqual([undefined, undefined]);
  });

  it("a call's own workspaceId wins over the client's", async () => {
    const client = createClient({ host: HOST, token: PAT, workspaceId: WORKSPACE });
    await cancelRun(client, { runId: RUN, workspaceId: "42" });
    expect(sent()).toEqual(["42"]);
  });

  it("a call may give one on a client without", async () => {
    const client = createClient({ host: HOST, token: PAT });
    await getRun(client, { runId: RUN, workspaceId: "42" });
    expect(sent()).toEqual(["42"]);
  });
});

describe("a workspace id that cannot be a header", () => {
  it.each([
    ["empty", "", /workspaceId is empty/],
    [
      "with CR/LF",
      `${WORKSPACE}\r\nX-Injected: 1`,
      /workspaceId must not contain control characters/,
    ],
    [
      "with a trailing newline",
      `${WORKSPACE}\n`,
      /workspaceId must not contain control characters/,
    ],
    [
      "with surrounding spaces",
      ` ${WORKSPACE} `,
      /workspaceId must not start or end with whitespace/,
    ],
    ["not a string", 1234567890123456, /workspaceId must be a string/],
  ])(
    "option %s: a ConfigurationError naming the option, not the value",
    (_name, value, message) => {
      const error = caught(() =>
        createClient({ host: HOST, token: PAT, workspaceId: value as string }),
      ) as ConfigurationError;
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).toMatch(message);
      expect(error.subject).toBe("workspaceId");
      expect(error.provider).toBe("databricks");
      if (typeof value === "string" && value.trim() !== "") {
        expect(error.message).not.toContain(WORKSPACE);
      }
      expect(mock.requests).toHaveLength(0);
    },
  );

  it("DATABRICKS_WORKSPACE_ID with a newline: a ConfigurationError naming the variable", () => {
    process.env.DATABRICKS_WORKSPACE_ID = `${WORKSPACE}\n`;
    const error = caught(() => createClient({ host: HOST, token: PAT })) as ConfigurationError;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.subject).toBe("DATABRICKS_WORKSPACE_ID");
    expect(error.message).toBe(
      "DATABRICKS_WORKSPACE_ID must not contain control characters (CR, LF, NUL, …)",
    );
  });

  it.each([
    ["empty", "", /at least 1/],
    ["with CR/LF", "1\r\nX-Injected: 1", /control characters/],
  ])("a call's workspaceId %s: a ValidationError, nothing sent", async (_name, value, message) => {
    const client = createClient({ host: HOST, token: PAT });
    const error = await cancelRun(client, { runId: RUN, workspaceId: value }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { field: "workspaceId", message: expect.stringMatching(message) },
    ]);
    expect(mock.requests).toHaveLength(0);
  });
});
