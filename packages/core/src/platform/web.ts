/**
 * The runtime outside Node (browsers, workers, Deno, Bun): the `default` target of `#platform`.
 * Sends with the global `fetch`; hashes with `@noble/hashes` (audited, synchronous: the signers
 * sign synchronously, and WebCrypto's `crypto.subtle` is asynchronous only).
 */
import { hmac } from "@noble/hashes/hmac.js";
import { sha256 as nobleSha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { type FetchLike, fetchSender, type HttpSender } from "../http-sender.js";
import { type NetworkOptions, refuseNetworkOptions } from "../network.js";

export const runtime: "node" | "fetch" = "fetch";

/** The runtime's own Headers. */
export function createHeaders(init?: HeadersInit): Headers {
  return new Headers(init);
}

/**
 * The sender a client uses when it is given no `fetch`: the global one, looked up per call. The
 * global `fetch` takes no proxy or CA, so `proxy` and `ca` are refused rather than ignored.
 */
export function defaultSender(options: NetworkOptions & { provider?: string } = {}): HttpSender {
  // Deno's and Bun's fetch read HTTPS_PROXY themselves.
  refuseNetworkOptions(options, options.provider);
  return fetchSender((url, init) => globalThis.fetch(url, init));
}

/**
 * `AuthContext.fetch` of a client without a `fetch` option: here its sender is the global fetch,
 * so the global fetch it is.
 */
export function senderFetch(_sender: HttpSender, _maxResponseBytes: number): FetchLike {
  return (url, init) => globalThis.fetch(url, init);
}

const bytes = (data: Uint8Array | string) => (typeof data === "string" ? utf8ToBytes(data) : data);

/** SHA-256 of bytes, or of a string's UTF-8 bytes. */
export function sha256(data: Uint8Array | string): Uint8Array {
  return nobleSha256(bytes(data));
}

/** SHA-256 as lower-case hex. */
export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(nobleSha256(bytes(data)));
}

/** HMAC-SHA-256 under one key: its inner and outer pads are absorbed once, then cloned per use. */
export function hmacSigner(key: Uint8Array): {
  sign(data: Uint8Array | string): Uint8Array;
  signHex(data: Uint8Array | string): string;
} {
  const keyed = hmac.create(nobleSha256, key);
  const sign = (data: Uint8Array | string) => keyed.clone().update(bytes(data)).digest();
  return { sign, signHex: (data) => bytesToHex(sign(data)) };
}
