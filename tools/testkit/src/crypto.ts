// Reference helpers for the hash and signer tests: WebCrypto as the independent oracle, and a
// seeded random source so a failing random case can be replayed.

export function toHexString(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export async function webCryptoSha256(data: Uint8Array): Promise<string> {
  return toHexString(new Uint8Array(await crypto.subtle.digest("SHA-256", data as BufferSource)));
}

export async function webCryptoHmac(key: Uint8Array, data: Uint8Array): Promise<string> {
  const k = await crypto.subtle.importKey(
    "raw",
    key as BufferSource,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return toHexString(new Uint8Array(await crypto.subtle.sign("HMAC", k, data as BufferSource)));
}

/** A deterministic pseudo-random source (mulberry32), so failures can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
