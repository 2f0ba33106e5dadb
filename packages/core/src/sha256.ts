/**
 * SHA-256 (FIPS 180-4) and HMAC-SHA-256 (RFC 2104) in plain, synchronous JavaScript.
 *
 * Why not `crypto.subtle`: every WebCrypto call is asynchronous and, in Node, is queued to a
 * worker thread; for the two small hashes a SigV4 signature needs (a ~300-byte canonical request
 * and a ~150-byte string to sign) that round trip costs far more than the hashing itself. Here an
 * HMAC key is absorbed once ({@link HmacKey}: the inner and outer pads are compressed ahead), so
 * a signature costs a handful of 64-byte block compressions. The tests check this code against
 * NIST's vectors, RFC 4231's HMAC vectors and WebCrypto on random inputs.
 */

// First 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

// First 32 bits of the fractional parts of the square roots of the first 8 primes.
const IV = new Int32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

const W = new Int32Array(64);
const BLOCK = 64;

/** Compresses the 64-byte block of `data` at `offset` into `state`. */
function compress(state: Int32Array, data: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i++) {
    const j = offset + i * 4;
    W[i] = (data[j]! << 24) | (data[j + 1]! << 16) | (data[j + 2]! << 8) | data[j + 3]!;
  }
  for (let i = 16; i < 64; i++) {
    const w15 = W[i - 15]!;
    const w2 = W[i - 2]!;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (h + S1 + ch + K[i]! + W[i]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

const tail = new Uint8Array(BLOCK * 2);

/**
 * Finishes a hash whose `initial` state has already absorbed `absorbed` bytes (a multiple of 64),
 * by absorbing `data` and the padding. Returns the 32-byte digest.
 */
function finish(initial: Int32Array, absorbed: number, data: Uint8Array): Uint8Array {
  const state = initial.slice();
  const full = data.length - (data.length % BLOCK);
  for (let offset = 0; offset < full; offset += BLOCK) compress(state, data, offset);
  const rest = data.length - full;
  const tailLength = rest + 9 <= BLOCK ? BLOCK : BLOCK * 2;
  tail.fill(0);
  tail.set(data.subarray(full), 0);
  tail[rest] = 0x80;
  const bits = (absorbed + data.length) * 8;
  // Message length in bits as a 64-bit big-endian integer (messages stay far below 2^53 bits).
  const high = Math.floor(bits / 0x100000000);
  const low = bits >>> 0;
  tail[tailLength - 8] = high >>> 24;
  tail[tailLength - 7] = high >>> 16;
  tail[tailLength - 6] = high >>> 8;
  tail[tailLength - 5] = high;
  tail[tailLength - 4] = low >>> 24;
  tail[tailLength - 3] = low >>> 16;
  tail[tailLength - 2] = low >>> 8;
  tail[tailLength - 1] = low;
  compress(state, tail, 0);
  if (tailLength > BLOCK) compress(state, tail, BLOCK);
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const word = state[i]!;
    out[i * 4] = word >>> 24;
    out[i * 4 + 1] = word >>> 16;
    out[i * 4 + 2] = word >>> 8;
    out[i * 4 + 3] = word;
  }
  return out;
}

/** SHA-256 of `data`. */
export function sha256(data: Uint8Array): Uint8Array {
  return finish(IV, 0, data);
}

/** An HMAC-SHA-256 key with its inner and outer pads already absorbed. */
export class HmacKey {
  // Private fields: never shown by util.inspect, never serialised.
  readonly #inner: Int32Array;
  readonly #outer: Int32Array;

  constructor(key: Uint8Array) {
    const block = new Uint8Array(BLOCK);
    block.set(key.length > BLOCK ? sha256(key) : key);
    const pad = new Uint8Array(BLOCK);
    this.#inner = IV.slice();
    for (let i = 0; i < BLOCK; i++) pad[i] = block[i]! ^ 0x36;
    compress(this.#inner, pad, 0);
    this.#outer = IV.slice();
    for (let i = 0; i < BLOCK; i++) pad[i] = block[i]! ^ 0x5c;
    compress(this.#outer, pad, 0);
    block.fill(0);
    pad.fill(0);
  }

  /** HMAC-SHA-256 of `data` under this key. */
  sign(data: Uint8Array): Uint8Array {
    return finish(this.#outer, BLOCK, finish(this.#inner, BLOCK, data));
  }

  /** Keeps the key material out of logs and serialisations. */
  toJSON(): string {
    return "[HmacKey]";
  }
}

/** HMAC-SHA-256 of `data` under `key` (for one-off use; keep an {@link HmacKey} to repeat). */
export function hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
  return new HmacKey(key).sign(data);
}

const utf8 = new TextEncoder();
let scratch = new Uint8Array(2048);

/**
 * The UTF-8 bytes of `text`, for hashing at once: ASCII (every canonical request whose path and
 * headers are ASCII) is copied into a reused buffer instead of a fresh TextEncoder allocation.
 * The result is only valid until the next call.
 */
export function utf8ForHashing(text: string): Uint8Array {
  const length = text.length;
  if (length > scratch.length) scratch = new Uint8Array(length * 2);
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return utf8.encode(text);
    scratch[i] = code;
  }
  return scratch.subarray(0, length);
}
