/// <reference types="node" />
/**
 * SHA-256 and HMAC-SHA-256 from `node:crypto` (OpenSSL). Computed synchronously, and answered as
 * promises, because WebCrypto's (the other runtime's) are.
 */
import type * as Crypto from "node:crypto";
import { builtin } from "./builtin.js";

let loaded: typeof Crypto | undefined;
const crypto = () => (loaded ??= builtin<typeof Crypto>("node:crypto"));

/** SHA-256 of bytes, or of a string's UTF-8 bytes. */
export async function sha256(data: Uint8Array | string): Promise<Uint8Array> {
  return crypto().createHash("sha256").update(data).digest();
}

/** SHA-256 as lower-case hex. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const c = crypto();
  // crypto.hash (Node 20.12+) is one call into OpenSSL, with no Hash object in between.
  return typeof c.hash === "function"
    ? c.hash("sha256", data, "hex")
    : c.createHash("sha256").update(data).digest("hex");
}

/**
 * HMAC-SHA-256 under one key: the key is held as a KeyObject, outside the JavaScript heap, from
 * the first signature on. node:crypto loads then too, not when a client is made (4-5 ms).
 */
export function hmacSigner(key: Uint8Array): {
  sign(data: Uint8Array | string): Promise<Uint8Array>;
  signHex(data: Uint8Array | string): Promise<string>;
} {
  // A copy (a Buffer's slice would share its memory): callers may zero theirs once the signer
  // is made. Zeroed in turn once absorbed.
  let bytes: Uint8Array | undefined = new Uint8Array(key);
  let secret: Crypto.KeyObject | undefined;
  const hmac = () => {
    const c = crypto();
    if (secret === undefined) {
      secret = c.createSecretKey(bytes!);
      bytes!.fill(0);
      bytes = undefined;
    }
    return c.createHmac("sha256", secret);
  };
  return {
    sign: async (data) => hmac().update(data).digest(),
    signHex: async (data) => hmac().update(data).digest("hex"),
  };
}
