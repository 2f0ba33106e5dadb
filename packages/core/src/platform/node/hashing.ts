/// <reference types="node" />
/** SHA-256 and HMAC-SHA-256 from `node:crypto` (OpenSSL), synchronous. */
import type * as Crypto from "node:crypto";
import { builtin } from "./builtin.js";

let loaded: typeof Crypto | undefined;
const crypto = () => (loaded ??= builtin<typeof Crypto>("node:crypto"));

/** SHA-256 of bytes, or of a string's UTF-8 bytes. */
export function sha256(data: Uint8Array | string): Uint8Array {
  return crypto().createHash("sha256").update(data).digest();
}

/** SHA-256 as lower-case hex. */
export function sha256Hex(data: Uint8Array | string): string {
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
  sign(data: Uint8Array | string): Uint8Array;
  signHex(data: Uint8Array | string): string;
} {
  // A copy: callers may zero theirs once the signer is made. Zeroed in turn once absorbed.
  let bytes: Uint8Array | undefined = key.slice();
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
    sign: (data) => hmac().update(data).digest(),
    signHex: (data) => hmac().update(data).digest("hex"),
  };
}
