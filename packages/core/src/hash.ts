/**
 * SHA-256 and HMAC-SHA-256 for the request signers: `node:crypto` on Node, WebCrypto elsewhere
 * (chosen by the `#platform` import's export conditions), so no hash code of our own. Answers are
 * promises on both, because WebCrypto's are. Strings are hashed as their UTF-8 bytes.
 */
import { hmacSigner, sha256 as platformSha256, sha256Hex as platformSha256Hex } from "#platform";

/** SHA-256 of bytes, or of a string's UTF-8 bytes. */
export function sha256(data: Uint8Array | string): Promise<Uint8Array> {
  return platformSha256(data);
}

/** SHA-256 as lower-case hex. */
export function sha256Hex(data: Uint8Array | string): Promise<string> {
  return platformSha256Hex(data);
}

/** An HMAC-SHA-256 key, prepared once for many signatures. */
export class HmacKey {
  // Private: never shown by util.inspect, never serialised.
  readonly #signer: ReturnType<typeof hmacSigner>;

  constructor(key: Uint8Array) {
    this.#signer = hmacSigner(key);
  }

  /** HMAC-SHA-256 of `data` under this key. */
  sign(data: Uint8Array | string): Promise<Uint8Array> {
    return this.#signer.sign(data);
  }

  /** HMAC-SHA-256 of `data` under this key, as lower-case hex. */
  signHex(data: Uint8Array | string): Promise<string> {
    return this.#signer.signHex(data);
  }

  /** Keeps the key material out of logs and serialisations. */
  toJSON(): string {
    return "[HmacKey]";
  }
}

/** HMAC-SHA-256 of `data` under `key` (for one-off use; keep an {@link HmacKey} to repeat). */
export function hmacSha256(key: Uint8Array, data: Uint8Array | string): Promise<Uint8Array> {
  return new HmacKey(key).sign(data);
}
