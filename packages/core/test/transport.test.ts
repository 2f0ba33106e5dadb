import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  createProviderClient,
  invoke,
  invokeWithMetadata,
  type Operation,
  serializePath,
} from "../src/client.js";
import {
  AbortError,
  ConfigurationError,
  ConnectionError,
  CredentialsError,
  NotFoundError,
  RedirectError,
  ResponseParseError,
  ServerError,
  TimeoutError,
  ValidationError,
} from "../src/errors.js";
import { resolveServerUrl } from "../src/server-url.js";
import { openapiClient } from "../src/openapi.js";
import { normaliseBaseUrl, type OutgoingRequest } from "../src/transport.js";
import { viaRequest } from "@cancel/testkit";

interface Paths {
  "/jobs/{id}": {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: {
          headers: Record<string, unknown>;
          content: { "application/json": { state: string } };
        };
      };
    };
  };
}

const getJob: Operation<{ id: string }, { state: string }, Paths> = {
  operationId: "getJob",
  method: "GET",
  path: "/jobs/{id}",
  fields: [{ key: "id", name: "id", in: "path", required: true, schema: { type: "string" } }],
  success: { "200": { json: true, emptyOk: false } },
};

const errors = {
  code: [{ from: "body" as const, pointer: "/code" }],
  message: [{ from: "body" as const, pointer: "/message" }],
  requestId: [{ from: "header" as const, name: "x-request-id" }],
};

function clientWith(
  fetch: (request: Request) => Promise<Response>,
  options: Record<string, unknown> = {},
) {
  return createProviderClient<Paths>(
    { provider: "test", errors },
    { baseUrl: "https://api.example/v1", fetch: viaRequest(fetch), retry: false, ...options },
  );
}

describe("base URL", () => {
  it.each([
    ["http to a remote host", "http://api.example"],
    ["http to loopback without opt-in", "http://127.0.0.1:8080"],
    ["user info", "https://user:pass@api.example"],
    ["a query", "https://api.example/?a=1"],
    ["another scheme", "ftp://api.example"],
    ["not a URL", "api.example"],
  ])("refuses %s", (_name, url) => {
    expect(() => normaliseBaseUrl(url)).toThrow(ConfigurationError);
  });
  it("accepts loopback http when opted in and strips trailing slashes", () => {
    expect(
      normaliseBaseUrl("http://127.0.0.1:8080/base/", { allowInsecureLoopback: true }).href,
    ).toBe("http://127.0.0.1:8080/base");
    expect(normaliseBaseUrl("http://[::1]:9/", { allowInsecureLoopback: true }).host).toBe(
      "[::1]:9",
    );
  });
  it("never echoes a password into the error", () => {
    expect(() => normaliseBaseUrl("https://user:s3cret@api.example")).toThrow(/^(?!.*s3cret)/);
  });
});

describe("serializePath", () => {
  it("encodes each value as one segment", () => {
    expect(serializePath("/a/{x}/b/{y}", { x: "a/b?c#d", y: "é %" })).toBe(
      "/a/a%2Fb%3Fc%23d/b/%C3%A9%20%25",
    );
  });
  it.each([".", "..", ""])("refuses %j", (value) => {
    expect(() => serializePath("/a/{x}", { x: value })).toThrow(ValidationError);
  });
});

describe("server URLs", () => {
  const servers = [
    {
      url: "https://svc.{region}.{suffix}/api",
      description: "",
      variables: {
        region: { default: "r1" },
        suffix: { default: "example.com", enum: ["example.com", "example.cn"] },
      },
    },
  ];
  it("fills and checks variables", () => {
    expect(resolveServerUrl(servers, {})).toBe("https://svc.r1.example.com/api");
    expect(resolveServerUrl(servers, { region: "eu-1", suffix: "example.cn" })).toBe(
      "https://svc.eu-1.example.cn/api",
    );
    expect(() => resolveServerUrl(servers, { suffix: "evil.com" })).toThrow(ConfigurationError);
    expect(() => resolveServerUrl(servers, { region: "x/y" })).toThrow(ConfigurationError);
    expect(() => resolveServerUrl(servers, { region: "a@b" })).toThrow(ConfigurationError);
  });
});

describe("transport", () => {
  it("returns the body with metadata and authenticates each attempt", async () => {
    const seen: Request[] = [];
    const client = clientWith(
      async (request) => {
        seen.push(request);
        return Response.json({ state: "RUNNING" }, { headers: { "x-request-id": "r-1" } });
      },
      {
        authenticate: (request: Request, context: { attempt: number }) => {
          request.headers.set("authorization", `attempt-${context.attempt}`);
          return request;
        },
      },
    );
    const { data, metadata } = await invokeWithMetadata(client, getJob, { id: "j 1" });
    expect(data).toEqual({ state: "RUNNING" });
    expect(metadata).toMatchObject({ status: 200, requestId: "r-1", attempts: 1 });
    expect(seen[0]!.url).toBe("https://api.example/v1/jobs/j%201");
    expect(seen[0]!.headers.get("authorization")).toBe("attempt-1");
    expect(seen[0]!.redirect).toBe("manual");
  });

  it("maps an error status to its typed error with vendor code, message and request id", async () => {
    const client = clientWith(async () =>
      Response.json(
        { code: "NOPE", message: "no such job" },
        { status: 404, headers: { "x-request-id": "r-2" } },
      ),
    );
    const error = await invoke(client, getJob, { id: "j" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      code: "NOPE",
      vendorMessage: "no such job",
      requestId: "r-2",
      retryable: false,
      attempts: 1,
      provider: "test",
      operation: "getJob",
    });
  });

  it("keeps an HTML 502 as a retryable ServerError with a snippet", async () => {
    const client = clientWith(
      async () =>
        new Response("<html><h1>502 Bad Gateway</h1></html>", {
          status: 502,
          headers: { "content-type": "text/html" },
        }),
    );
    const error = await invoke(client, getJob, { id: "j" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({
      status: 502,
      retryable: true,
      snippet: "<html><h1>502 Bad Gateway</h1></html>",
      contentType: "text/html",
    });
  });

  it("refuses a 200 with HTML", async () => {
    const client = clientWith(
      async () =>
        new Response("<html></html>", { status: 200, headers: { "content-type": "text/html" } }),
    );
    await expect(invoke(client, getJob, { id: "j" })).rejects.toBeInstanceOf(ResponseParseError);
  });

  it("never follows a redirect", async () => {
    const client = clientWith(
      async () =>
        new Response(null, { status: 302, headers: { location: "https://elsewhere.example/" } }),
    );
    const error = await invoke(client, getJob, { id: "j" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 302, retryable: false });
  });

  it("turns a network failure into a ConnectionError that keeps the cause", async () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), {
      code: "ECONNREFUSED",
    });
    const client = clientWith(async () => {
      throw new TypeError("fetch failed", { cause });
    });
    const error = (await invoke(client, getJob, { id: "j" }).catch(
      (e: unknown) => e,
    )) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toContain("ECONNREFUSED");
    expect(error.retryable).toBe(true);
  });

  it("times out an attempt", async () => {
    const client = clientWith(
      (request) =>
        new Promise((_resolve, reject) => {
          request.signal.addEventListener("abort", () => reject(request.signal.reason));
        }),
      { timeoutMs: 20 },
    );
    await expect(invoke(client, getJob, { id: "j" })).rejects.toBeInstanceOf(TimeoutError);
  });

  it("ends at once on the caller's abort, and sends nothing when already aborted", async () => {
    let sent = 0;
    const client = clientWith((request) => {
      sent++;
      return new Promise((_resolve, reject) => {
        request.signal.addEventListener("abort", () => reject(request.signal.reason));
      });
    });
    const controller = new AbortController();
    const pending = invoke(client, getJob, { id: "j" }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    await expect(
      invoke(client, getJob, { id: "j" }, { signal: controller.signal }),
    ).rejects.toBeInstanceOf(AbortError);
    expect(sent).toBe(1);
  });

  it("honours an abort that lands after the call started, even while credentials are awaited", async () => {
    let sent = 0;
    const client = clientWith(
      async () => {
        sent++;
        return Response.json({ state: "x" });
      },
      {
        // An auth hook that waits for its credentials as long as the attempt's signal allows.
        authenticate: (request: OutgoingRequest) =>
          new Promise<OutgoingRequest>((resolve, reject) => {
            if (request.signal.aborted) reject(request.signal.reason);
            request.signal.addEventListener("abort", () => reject(request.signal.reason));
            setTimeout(() => resolve(request), 50);
          }),
      },
    );
    // A POST with a body: the abort lands while the auth hook waits for credentials.
    const postJob: Operation<{ id: string }, { state: string }, Paths> = {
      ...getJob,
      method: "POST",
      path: "/jobs",
      fields: [{ key: "id", name: "id", in: "body", required: true, schema: { type: "string" } }],
    };
    const controller = new AbortController();
    const pending = invoke(client, postJob, { id: "j" }, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(sent).toBe(0);
  });

  it("reports a throwing auth hook as a CredentialsError, not retried", async () => {
    let sent = 0;
    const client = clientWith(
      async () => {
        sent++;
        return Response.json({ state: "x" });
      },
      {
        retry: undefined,
        authenticate: () => {
          throw new Error("token file unreadable");
        },
      },
    );
    const error = (await invoke(client, getJob, { id: "j" }).catch(
      (e: unknown) => e,
    )) as CredentialsError;
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.retryable).toBe(false);
    expect(error.attempts).toBe(1);
    expect((error.cause as Error).message).toBe("token file unreadable");
    expect(sent).toBe(0);
  });

  it("gives the auth hook the attempt signal and the transport clock", async () => {
    const seen: { aborted: boolean; now: number }[] = [];
    const client = clientWith(async () => Response.json({ state: "x" }), {
      clock: { now: () => 1234, sleep: async () => {} },
      authenticate: (
        request: OutgoingRequest,
        context: { signal?: AbortSignal; now?: () => number },
      ) => {
        seen.push({ aborted: context.signal!.aborted, now: context.now!() });
        return request;
      },
    });
    await invoke(client, getJob, { id: "j" });
    expect(seen).toEqual([{ aborted: false, now: 1234 }]);
  });

  it("lets raw openapi-fetch calls parse the body themselves", async () => {
    const client = clientWith(async () => Response.json({ state: "RAW" }));
    const { data, response } = await openapiClient(client).GET("/jobs/{id}", {
      params: { path: { id: "j" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ state: "RAW" });
  });

  it("never shows the options a package passed down when the client is inspected", () => {
    const client = clientWith(async () => Response.json({}), {
      headers: { "x-api-key": "k3y-value-123" },
    });
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain("k3y-value-123");
  });

  it("refuses header values that would split headers", async () => {
    expect(() =>
      clientWith(async () => Response.json({}), { headers: { "x-a": "a\r\nb" } }),
    ).toThrow(ConfigurationError);
  });
});
