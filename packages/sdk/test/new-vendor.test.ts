/**
 * Adding a vendor (docs/adding-a-provider.md), end to end: a throwaway spec is generated like the
 * real ones, its generated `profile` becomes an adapter with nothing but auth written by hand, and
 * `@cancel/sdk` cancels and waits through it.
 */
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CancelClient, createCancelClient, defineAdapter } from "../src/client.js";

// Inside the package, so that the generated code resolves @cancel/core like a real provider's.
const root = join(import.meta.dirname, ".generated-new-vendor");

type Acme = {
  profile: Parameters<typeof defineAdapter>[0];
  createAcmeBatchBaseClient(options: Record<string, unknown>): unknown;
  cancelJobOperation: { jsonBody?: boolean };
};
let acme: Acme;

beforeAll(async () => {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, "specs"), { recursive: true });
  cpSync(
    join(import.meta.dirname, "fixtures/acme-batch.yaml"),
    join(root, "specs/acme-batch.yaml"),
  );
  // The new package's skeleton extends the repository's base tsconfig, as a real one does.
  cpSync(
    join(import.meta.dirname, "../../../tsconfig.base.json"),
    join(root, "tsconfig.base.json"),
  );
  // Loaded by path, so that the generator's sources stay out of this package's type check.
  const generator = join(import.meta.dirname, "../../../tools/generator/src/generate.ts");
  const { generate } = (await import(generator)) as {
    generate(options: { root: string }): Promise<unknown>;
  };
  await generate({ root });
  acme = (await import(join(root, "packages/acme-batch/src/generated/index.gen.ts"))) as Acme;
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A stateful Acme: a cancel moves RUNNING → CANCELLING, the next read sees CANCELLED. */
function acmeVendor(initial: string) {
  const seen: { method: string; path: string; body: string; auth: string | null }[] = [];
  let state = initial;
  const fetch = async (url: string, init: RequestInit) => {
    const { pathname } = new URL(url);
    const body = init.body ? new TextDecoder().decode(init.body as Uint8Array) : "";
    seen.push({
      method: init.method!,
      path: pathname,
      body,
      auth: new Headers(init.headers).get("authorization"),
    });
    if (init.method === "POST") {
      if (["SUCCEEDED", "FAILED", "CANCELLED"].includes(state)) {
        return Response.json(
          { error: { status: "FAILED_PRECONDITION", message: "job is not running" } },
          { status: 400 },
        );
      }
      state = "CANCELLING";
      return Response.json({});
    }
    const answer = Response.json({ state });
    if (state === "CANCELLING") state = "CANCELLED";
    return answer;
  };
  return { seen, fetch };
}

function client(fetch: (url: string, init: RequestInit) => Promise<Response>) {
  // The one hand-written part of a vendor in the umbrella: how to create its client with auth.
  const acmeBatch = defineAdapter(acme.profile, {
    setupHint: "acmeBatch: {}",
    create: (options) =>
      acme.createAcmeBatchBaseClient({
        ...(options as object),
        baseUrl: "https://batch.acme.example/v1",
        authenticate: (request: { headers: Headers }) => {
          request.headers.set("authorization", "Bearer acme-token");
        },
      }) as never,
  });
  return createCancelClient({
    providers: [acmeBatch],
    acmeBatch: { fetch },
  } as never) as unknown as CancelClient;
}

const target = { provider: "acme-batch", project: "demo-project", job: "j1" } as never;

describe("a vendor added from one spec", () => {
  it("cancels and waits through @cancel/sdk", async () => {
    const vendor = acmeVendor("RUNNING");
    const result = await client(vendor.fetch).cancel(target, { wait: { initialDelayMs: 1 } });
    expect(result.outcome).toBe("cancel-requested");
    expect(result.operation).toBe("cancelJob");
    expect(result.final).toMatchObject({
      state: "cancelled",
      terminal: true,
      vendorState: "CANCELLED",
    });
    // The empty-object request body of a `:cancel` method is sent as {}.
    expect(acme.cancelJobOperation.jsonBody).toBe(true);
    expect(vendor.seen[0]).toEqual({
      method: "POST",
      path: "/v1/projects/demo-project/jobs/j1:cancel",
      body: "{}",
      auth: "Bearer acme-token",
    });
    expect(vendor.seen.slice(1).every((r) => r.method === "GET")).toBe(true);
  });

  it("settles its ambiguous refusal with one read: a finished job is already-terminal", async () => {
    const vendor = acmeVendor("SUCCEEDED");
    const result = await client(vendor.fetch).cancel(target);
    expect(result.outcome).toBe("already-terminal");
    expect(result.final).toMatchObject({ state: "succeeded", vendorState: "SUCCEEDED" });
    expect(vendor.seen.map((r) => r.method)).toEqual(["POST", "GET"]);
  });

  it("checks the target against its generated fields", async () => {
    const vendor = acmeVendor("RUNNING");
    await expect(
      client(vendor.fetch).cancel({ provider: "acme-batch", project: "demo-project" } as never),
    ).rejects.toMatchObject({
      kind: "invalid-request",
      message: expect.stringContaining("missing job"),
    });
    await expect(
      client(vendor.fetch).cancel({
        provider: "acme-batch",
        project: "Bad Project!",
        job: "j1",
      } as never),
    ).rejects.toMatchObject({ kind: "invalid-request" });
    expect(vendor.seen).toEqual([]);
  });
});
