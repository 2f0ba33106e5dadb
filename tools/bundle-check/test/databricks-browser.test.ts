// @cancel/databricks in a browser: the `browser` export condition takes dist/browser.js, where
// OAuth M2M is refused (RFC 6749 §4.4: client credentials are for confidential clients, and a web
// page is not one), so a browser bundle carries no token source. Every server-side runtime
// (Node, Deno, Bun, workers, whose bundlers also list `browser`) takes dist/index.js, with it.
// The browser bundle is built here as an app's would be, then run.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Platform } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleFor } from "./support/conditions.js";

const HOST = "adb-1234567890123456.7.azuredatabricks.net";
const CLIENT_ID = "5b2f9c1e-7a4d-4e8b-9f3a-1c2d3e4f5a6b";
const CLIENT_SECRET = "dose0123456789abcdefSECRET";

/** The @cancel/databricks module a bundle for these conditions takes. */
async function databricksEntry(platform: Platform, conditions?: string[]): Promise<string[]> {
  const { metafile } = await bundleFor(
    `export { createClient } from "@cancel/databricks";`,
    platform,
    conditions,
  );
  return Object.keys(metafile.inputs)
    .filter((path) => /packages\/databricks\/dist\//.test(path))
    .map((path) => path.replace(/.*packages\/databricks\//, ""));
}

describe("@cancel/databricks by export condition", () => {
  it("browser: dist/browser.js", async () => {
    expect(await databricksEntry("browser")).toEqual(["dist/browser.js"]);
  });

  it.each([
    ["node", "node" as const, undefined],
    [
      "workerd (as wrangler resolves: workerd, worker, browser)",
      "neutral" as const,
      ["workerd", "worker", "browser"],
    ],
    [
      "a Vercel-style edge runtime (edge-light, worker, browser)",
      "neutral" as const,
      ["edge-light", "worker", "browser"],
    ],
    ["Deno (which also matches node)", "node" as const, ["deno"]],
    ["Bun (which also matches node)", "node" as const, ["bun"]],
  ])("%s: dist/index.js, with OAuth M2M", async (_name, platform, conditions) => {
    expect(await databricksEntry(platform, conditions)).toEqual(["dist/index.js"]);
  });
});

describe("@cancel/databricks's browser build, run", () => {
  let dir: string;
  let app: {
    createClient: (options: Record<string, unknown>) => unknown;
    cancelRun: (client: unknown, input: { runId: number }) => Promise<unknown>;
    ConfigurationError: new (...args: never[]) => Error;
    CredentialsError: new (...args: never[]) => Error;
    OAuthTokenError: new (message: string, details: object) => Error;
  };
  let bundle: string;

  beforeAll(async () => {
    const result = await build({
      stdin: {
        contents: `export { cancelRun, createClient, OAuthTokenError } from "@cancel/databricks"; export { ConfigurationError, CredentialsError } from "@cancel/core";`,
        resolveDir: import.meta.dirname,
        loader: "ts",
      },
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    bundle = result.outputFiles[0]!.text;
    dir = mkdtempSync(join(tmpdir(), "databricks-browser-"));
    const file = join(dir, "app.mjs");
    writeFileSync(file, bundle);
    app = await import(pathToFileURL(file).href);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A fetch that records each request and answers a cancel with `{}`. */
  function recorder() {
    const requests: { url: string; authorization: string | null }[] = [];
    const fetch = async (input: string | URL | Request, init?: RequestInit) => {
      const request = new Request(input, init);
      requests.push({ url: request.url, authorization: request.headers.get("authorization") });
      return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    };
    return { requests, fetch };
  }

  it("holds no OAuth token source", () => {
    expect(bundle).not.toContain("grant_type=client_credentials");
    expect(bundle).toContain("RFC 6749 section 4.4");
  });

  it("refuses OAuth M2M at createClient with a ConfigurationError naming the fix, and sends nothing", () => {
    const { requests, fetch } = recorder();
    let caught: unknown;
    try {
      app.createClient({ host: HOST, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, fetch });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(app.ConfigurationError);
    const error = caught as Error & {
      subject?: string;
      problem?: string;
      fixes?: readonly { options?: readonly string[] }[];
      provider?: string;
    };
    expect(error.message).toMatch(/OAuth M2M .* not available in a browser build/);
    expect(error.message).toMatch(/pass it as token, or add it in authenticate/);
    expect(error.subject).toBe("clientSecret");
    expect(error.provider).toBe("databricks");
    expect(error.fixes?.map((fix) => fix.options)).toEqual([["token"], ["authenticate"]]);
    expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain(CLIENT_SECRET);
    expect(requests).toEqual([]);
  });

  it("still checks the M2M options first: a bad secret is named as such", () => {
    expect(() => app.createClient({ host: HOST, clientId: CLIENT_ID, clientSecret: "" })).toThrow(
      /clientSecret is empty/,
    );
  });

  it("cancels with a personal access token", async () => {
    const { requests, fetch } = recorder();
    const client = app.createClient({ host: HOST, token: "dapi0123456789abcdef", fetch });
    await app.cancelRun(client, { runId: 455644833 });
    expect(requests).toEqual([
      {
        url: `https://${HOST}/api/2.2/jobs/runs/cancel`,
        authorization: "Bearer dapi0123456789abcdef",
      },
    ]);
  });

  it("exports OAuthTokenError as the full build does: a CredentialsError", () => {
    const error = new app.OAuthTokenError("refused", {
      provider: "databricks",
      status: 401,
    } as never);
    expect(error).toBeInstanceOf(app.CredentialsError);
    expect(error.name).toBe("OAuthTokenError");
    expect((error as Error & { status?: number }).status).toBe(401);
  });
});
