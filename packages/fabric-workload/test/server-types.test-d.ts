// The handler's callbacks are typed by the generated server.gen.ts: ids, headers and answers.
import { describe, expectTypeOf, it } from "vitest";
import {
  type CancelItemJobInstanceIds,
  createJobsHandler,
  type EntraIdIdentity,
  type ItemJobInstanceState,
  type JobsHandler,
} from "../src/server/index.js";

describe("createJobsHandler types", () => {
  it("typed ids and header fields, auth from authenticate, the typed state as the answer", () => {
    const handler = createJobsHandler({
      authenticate: ({ appToken, subjectToken, tenantId }) => {
        expectTypeOf(appToken).toEqualTypeOf<string>();
        expectTypeOf(subjectToken).toEqualTypeOf<string | undefined>();
        expectTypeOf(tenantId).toEqualTypeOf<string>();
        return { caller: "fabric" as const };
      },
      cancel: (ids, context) => {
        expectTypeOf(ids).toEqualTypeOf<CancelItemJobInstanceIds>();
        expectTypeOf(ids.jobInstanceId).toEqualTypeOf<string>();
        expectTypeOf(context.tenantId).toEqualTypeOf<string>();
        expectTypeOf(context.requestId).toEqualTypeOf<string>();
        expectTypeOf(context.auth).toEqualTypeOf<{ caller: "fabric" }>();
        expectTypeOf(context.signal).toEqualTypeOf<AbortSignal>();
        return { status: "Cancelled" };
      },
      getState: async () => ({ status: "InProgress", startTimeUtc: "2023-12-10T14:41:39.412Z" }),
    });
    expectTypeOf(handler).toEqualTypeOf<JobsHandler>();
    expectTypeOf(handler).parameter(0).toEqualTypeOf<Request>();
    expectTypeOf(handler).returns.toEqualTypeOf<Promise<Response>>();
  });

  it("with entraId, context.auth is the verified identity", () => {
    createJobsHandler({
      entraId: { publisherTenantId: "t", clientId: "c", audience: "a" },
      cancel: (_ids, { auth }) => {
        expectTypeOf(auth).toEqualTypeOf<EntraIdIdentity>();
        expectTypeOf(auth.subjectToken).returns.toEqualTypeOf<string | undefined>();
        return { status: "Cancelled" };
      },
      getState: () => ({ status: "Completed" }),
    });
  });

  it("refuses an answer without a status, an unknown id, a missing callback, two token checks", () => {
    const getState = (): ItemJobInstanceState => ({ status: "Failed" });
    createJobsHandler({
      authenticate: () => 1,
      // @ts-expect-error an ItemJobInstanceState needs its status
      cancel: () => ({ startTimeUtc: "2023-12-10T14:41:39.412Z" }),
      getState,
    });
    createJobsHandler({
      authenticate: () => 1,
      cancel: (ids) => {
        // @ts-expect-error the ids are the spec's path parameters only
        ids.runId;
        return { status: "Cancelled" };
      },
      getState,
    });
    // @ts-expect-error getState is required
    createJobsHandler({ authenticate: () => 1, cancel: () => ({ status: "Cancelled" }) });
    // @ts-expect-error entraId and authenticate are exclusive
    createJobsHandler({
      entraId: { publisherTenantId: "t", clientId: "c", audience: "a" },
      authenticate: () => 1,
      cancel: () => ({ status: "Cancelled" }),
      getState,
    });
  });
});
