import { runtime as platformRuntime } from "#platform";

/**
 * The runtime `@cancel/core` resolved to by export conditions: `node` (node:http and node:crypto,
 * under the `node` condition) or `fetch` (the global fetch and WebCrypto, everywhere else).
 * A client given a `fetch` option sends with it on either.
 */
export const runtime: "node" | "fetch" = platformRuntime;
