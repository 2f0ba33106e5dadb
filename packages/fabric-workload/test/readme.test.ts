// The README's workload backend, run as written: its handler behind the Node adapter on a loopback
// server and inside the README's Hono app, the project's client cancelling through it with Entra ID tokens signed here, and Entra
// ID's key endpoint answered from a local key set (msw; nothing reaches the network).
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { AuthenticationError } from "@cancel/core";
import { createMockServer } from "@cancel/testkit";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { Hono } from "hono";
import { HttpResponse, http, passthrough } from "msw";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelItemJobInstance, createClient, getItemJobInstanceState } from "../src/index.js";
import { createJobsHandler, ENTRA_ID_JWKS_URL, type JobsHandler } from "../src/server/index.js";
import { toNodeListener } from "../src/server/node.js";
import { CLIENT_ID, IDS, PUBLISHER, TENANT } from "./support/fixtures.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The README's ts block that starts with `// README: <name>`, without its import lines. */
function block(name: string): string {
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const found = blocks.find((b) => b.startsWith(`// README: ${name}\n`));
  if (!found) throw new Error(`README has no block "${name}"`);
  const code = found.replace(/^import .*;$/gm, "").replace(/^export /gm, "");
  // The README is TypeScript; the function below runs JavaScript.
  return ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022 } })
    .outputText;
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<unknown>;

const mock = createMockServer();
let sign: (claims: Record<string, unknown>) => Promise<string>;
let jwksAsked = 0;
let handler: JobsHandler;
let server: Server | undefined;
let base: string;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  mock.listen();
  mock.use(
    http.get(ENTRA_ID_JWKS_URL, () => {
      jwksAsked++;
      return HttpResponse.json({ keys: [jwk] });
    }),
    // The workload itself is a real server on a loopback port.
    http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()),
  );
  sign = (claims) =>
    new SignJWT({
      ver: "2.0",
      tid: PUBLISHER,
      iss: `https://login.microsoftonline.com/${PUBLISHER}/v2.0`,
      aud: CLIENT_ID,
      azp: "00000009-0000-0000-c000-000000000000",
      idtyp: "app",
      oid: "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb",
      ...claims,
    })
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(privateKey);

  Object.assign(process.env, {
    PUBLISHER_TENANT_ID: PUBLISHER,
    CLIENT_ID,
    AUDIENCE: `api://localdevinstance/${PUBLISHER}/Fabric.WorkloadSample/123`,
  });
  const workload = new AsyncFunction("createJobsHandler", `${block("workload")}\nreturn handler;`);
  handler = (await workload(createJobsHandler)) as JobsHandler;

  // The Node block, with its server kept so the test can reach it (on a free loopback port).
  const node = new AsyncFunction("createServer", "toNodeListener", "handler", block("node"));
  await node(
    (listener: Parameters<typeof createServer>[0]) => {
      server = createServer(listener);
      return { listen: () => server!.listen(0, "127.0.0.1") };
    },
    toNodeListener,
    handler,
  );
  await new Promise<void>((resolve) => server!.once("listening", resolve));
  base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}/workload`;
});

afterAll(async () => {
  mock.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  for (const name of ["PUBLISHER_TENANT_ID", "CLIENT_ID", "AUDIENCE"]) delete process.env[name];
});

describe("the README's workload backend, tried as a workload author would", () => {
  it("Fabric (the project's client) cancels a job through it over HTTP, with Entra ID tokens", async () => {
    const client = createClient({
      baseUrl: base,
      allowInsecureLoopback: true,
      tenantId: TENANT,
      appToken: () => sign({}),
      retry: false,
    });
    expect(await getItemJobInstanceState(client, IDS)).toEqual({ status: "InProgress" });
    expect(await cancelItemJobInstance(client, IDS)).toEqual({ status: "Cancelled" });
    expect(await getItemJobInstanceState(client, IDS)).toEqual({ status: "Cancelled" });
    expect(jwksAsked).toBe(1);
  });

  it("an app token for another workload is refused, naming the claim", async () => {
    const client = createClient({
      baseUrl: base,
      allowInsecureLoopback: true,
      tenantId: TENANT,
      appToken: () => sign({ aud: "11112222-bbbb-3333-cccc-4444dddd5555" }),
      retry: false,
    });
    const error = await cancelItemJobInstance(client, IDS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).vendorMessage).toBe(
      'appToken: claim "aud" is not the workload\'s clientId (v2.0 tokens)',
    );
  });
});

describe("the README's Hono app", () => {
  it("routes Fabric's calls to the handler (the raw request), and nothing else", async () => {
    const hono = new AsyncFunction("Hono", "handler", `${block("hono")}\nreturn app;`);
    const app = (await hono(Hono, handler)) as Hono;
    const client = createClient({
      baseUrl: "https://forecast.contoso.com/workload",
      tenantId: TENANT,
      appToken: () => sign({}),
      retry: false,
      fetch: (url, init) => Promise.resolve(app.fetch(new Request(url, init))),
    });
    const job = { ...IDS, jobInstanceId: "0b7e4c1a-9d2f-4e3b-8a6c-5f1d2e3c4b5a" };
    expect(await cancelItemJobInstance(client, job)).toEqual({ status: "Cancelled" });
    expect(await getItemJobInstanceState(client, job)).toEqual({ status: "Cancelled" });
    // Outside /workload/ Hono answers by itself: the handler is not reached.
    expect((await app.request("/health")).status).toBe(404);
  });
});
