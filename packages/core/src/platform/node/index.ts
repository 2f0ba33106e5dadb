/**
 * The runtime on Node: the `node` target of `#platform` (see `web.ts` for everywhere else). Sends
 * with `node:http`/`node:https` and a keep-alive agent per client; hashes with `node:crypto`.
 * Nothing here loads a built-in module at import time.
 */
import type { HttpSender } from "../../http-sender.js";
import { NodeHeaders } from "./headers.js";
import { createNodeSender } from "./http-sender.js";

export { hmacSigner, sha256, sha256Hex } from "./hashing.js";

export const runtime: "node" | "fetch" = "node";

/** A Headers that does not load undici (Node's global one does, on first use). */
export function createHeaders(init?: HeadersInit): Headers {
  return new NodeHeaders(init);
}

/** The sender a client uses when it is given no `fetch`. */
export function defaultSender(): HttpSender {
  return createNodeSender();
}
