/**
 * The runtime outside Node (browsers, workers, Deno, Bun): the `default` target of `#platform`.
 * Sends with the global `fetch`; hashes with WebCrypto (`crypto.subtle`), which every one of
 * them has built in: the signers sign inside the asynchronous auth hook, so its promises cost
 * nothing there, and a bundle carries no hash code of its own.
 */
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

const encoder = new TextEncoder();

/** Lower-case hex of a digest (no table built at import: nothing here runs unless a hash does). */
const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, "0")).join("");

// What WebCrypto takes: the bytes, as an ArrayBuffer-backed view.
const input = (data: Uint8Array | string): Uint8Array<ArrayBuffer> =>
  typeof data === "string" ? encoder.encode(data) : (data as Uint8Array<ArrayBuffer>);

/**
 * WebCrypto's `crypto.subtle`, or an error that says where it is missing: browsers offer it only
 * in secure contexts (https pages, localhost), and React Native only through a polyfill.
 */
function subtle(): SubtleCrypto {
  const found = globalThis.crypto?.subtle;
  if (found === undefined) {
    throw new Error(
      "signing needs WebCrypto (crypto.subtle), which is missing here: browsers have it on https pages and localhost only",
    );
  }
  return found;
}

/** SHA-256 of bytes, or of a string's UTF-8 bytes. */
export async function sha256(data: Uint8Array | string): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest("SHA-256", input(data)));
}

/** SHA-256 as lower-case hex. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  return hex(await subtle().digest("SHA-256", input(data)));
}

/**
 * HMAC-SHA-256 under one key, imported into WebCrypto as a non-extractable key on first use; the
 * copy of the key bytes is zeroed once imported.
 */
export function hmacSigner(key: Uint8Array): {
  sign(data: Uint8Array | string): Promise<Uint8Array>;
  signHex(data: Uint8Array | string): Promise<string>;
} {
  // A copy (a Buffer's slice would share its memory): callers may zero theirs. WebCrypto refuses
  // an empty HMAC key; HMAC pads a key to the hash's 64-byte block with zeros (RFC 2104,
  // section 2), so 64 zero bytes are the same key, and node:crypto signs with it alike.
  let bytes: Uint8Array<ArrayBuffer> | undefined =
    key.byteLength === 0 ? new Uint8Array(64) : new Uint8Array(key);
  let imported: Promise<CryptoKey> | undefined;
  const cryptoKey = () => {
    if (imported === undefined) {
      const webCrypto = subtle();
      const raw = bytes!;
      bytes = undefined;
      imported = webCrypto
        .importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"])
        .finally(() => raw.fill(0));
    }
    return imported;
  };
  const mac = async (data: Uint8Array | string) =>
    subtle().sign("HMAC", await cryptoKey(), input(data));
  return {
    sign: async (data) => new Uint8Array(await mac(data)),
    signHex: async (data) => hex(await mac(data)),
  };
}
