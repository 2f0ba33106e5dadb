// SHA-256 and HMAC-SHA-256 of both runtimes (`node:crypto` under the `node` condition,
// WebCrypto everywhere else) against NIST's and RFC 4231's vectors and WebCrypto, and the
// public HmacKey wrapper over them.
import { inspect } from "node:util";
import { prng, toHexString, webCryptoHmac, webCryptoSha256 } from "@cancel/testkit";
import { afterEach, describe, expect, it, vi } from "vitest";
import { HmacKey, hmacSha256, sha256, sha256Hex } from "../src/hash.js";
import * as nodeRuntime from "../src/platform/node/index.js";
import * as webRuntime from "../src/platform/web.js";

// Both runtimes must offer the same surface: a difference is a type error here.
const runtimes: Record<string, typeof nodeRuntime> = { node: nodeRuntime, web: webRuntime };

const enc = new TextEncoder();
const hex = toHexString;
const repeat = (byte: number, n: number) => new Uint8Array(n).fill(byte);

// FIPS 180-4 examples and the one-million-"a" vector.
const SHA256_VECTORS: [string, string][] = [
  ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
  ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
  [
    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
  ],
  ["a".repeat(1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"],
];

// RFC 4231 section 4, test cases 1, 2, 3, 4, 6, 7 (case 5 is truncated output).
const HMAC_VECTORS: [Uint8Array, Uint8Array, string][] = [
  [
    repeat(0x0b, 20),
    enc.encode("Hi There"),
    "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
  ],
  [
    enc.encode("Jefe"),
    enc.encode("what do ya want for nothing?"),
    "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
  ],
  [
    repeat(0xaa, 20),
    repeat(0xdd, 50),
    "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
  ],
  [
    Uint8Array.from({ length: 25 }, (_, i) => i + 1),
    repeat(0xcd, 50),
    "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
  ],
  [
    repeat(0xaa, 131),
    enc.encode("Test Using Larger Than Block-Size Key - Hash Key First"),
    "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
  ],
  [
    repeat(0xaa, 131),
    enc.encode(
      "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.",
    ),
    "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
  ],
];

describe.each(Object.entries(runtimes))("the %s runtime", (_name, runtime) => {
  it.each(SHA256_VECTORS)("SHA-256 NIST vector %#", async (input, expected) => {
    expect(hex(await runtime.sha256(enc.encode(input)))).toBe(expected);
    expect(await runtime.sha256Hex(enc.encode(input))).toBe(expected);
    // A string is hashed as its UTF-8 bytes.
    expect(await runtime.sha256Hex(input)).toBe(expected);
  });

  it("SHA-256 agrees with WebCrypto on random inputs and on non-ASCII text", async () => {
    const random = prng(1);
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 300, 4096, 65_537]) {
      const data = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      expect(await runtime.sha256Hex(data), `length ${length}`).toBe(await webCryptoSha256(data));
    }
    const text = "café/ジョブ/😀\n";
    expect(await runtime.sha256Hex(text)).toBe(await webCryptoSha256(enc.encode(text)));
  });

  it.each(HMAC_VECTORS)("HMAC-SHA-256 RFC 4231 case %#", async (key, data, expected) => {
    const signer = runtime.hmacSigner(key);
    expect(hex(await signer.sign(data))).toBe(expected);
    expect(await signer.signHex(data)).toBe(expected);
  });

  it("signs with an empty key as node:crypto does (WebCrypto refuses to import one)", async () => {
    const { createHmac } = await import("node:crypto");
    for (const data of ["", "x", "AWS4-HMAC-SHA256\n20150830T123600Z"]) {
      const expected = createHmac("sha256", new Uint8Array(0)).update(data).digest("hex");
      expect(await runtime.hmacSigner(new Uint8Array(0)).signHex(data), data).toBe(expected);
    }
  });

  it.each([
    ["Uint8Array", enc.encode("Jefe")],
    // node:crypto's digests are Buffers, whose slice() shares memory instead of copying.
    ["Buffer", Buffer.from("Jefe")],
  ])(
    "a prepared key (%s) signs concurrent messages, and keeps no hold on the caller's bytes",
    async (_kind, key) => {
      const signer = runtime.hmacSigner(key);
      // The caller may zero its copy at once: the signer took its own.
      key.fill(0);
      const [data, expected] = [HMAC_VECTORS[1]![1], HMAC_VECTORS[1]![2]];
      const answers = await Promise.all([1, 2, 3].map(() => signer.signHex(data)));
      expect(answers).toEqual([expected, expected, expected]);
    },
  );

  it("a prepared HMAC key signs many messages, strings as UTF-8, as WebCrypto does", async () => {
    const random = prng(2);
    for (let round = 0; round < 20; round++) {
      const key = Uint8Array.from({ length: Math.floor(random() * 140) }, () =>
        Math.floor(random() * 256),
      );
      const signer = runtime.hmacSigner(key);
      for (let i = 0; i < 3; i++) {
        const data = Uint8Array.from({ length: Math.floor(random() * 400) }, () =>
          Math.floor(random() * 256),
        );
        expect(await signer.signHex(data)).toBe(await webCryptoHmac(key, data));
      }
      const text = `AWS4-HMAC-SHA256\n20150830T123600Z\nsé ${round}`;
      expect(await signer.signHex(text)).toBe(await webCryptoHmac(key, enc.encode(text)));
    }
  });
});

describe("the public hashing API (this runtime's)", () => {
  it("hashes and signs as the vectors say", async () => {
    expect(await sha256Hex("abc")).toBe(SHA256_VECTORS[1]![1]);
    expect(hex(await sha256("abc"))).toBe(SHA256_VECTORS[1]![1]);
    const [key, data, expected] = HMAC_VECTORS[1]!;
    expect(hex(await hmacSha256(key, data))).toBe(expected);
    expect(await new HmacKey(key).signHex(data)).toBe(expected);
    expect(hex(await new HmacKey(key).sign(data))).toBe(expected);
  });

  it("never shows its key", async () => {
    const key = new HmacKey(enc.encode("secret-key-material"));
    expect(JSON.stringify(key)).toBe('"[HmacKey]"');
    expect(inspect(key, { showHidden: true, depth: 5 })).toBe("HmacKey {}");
  });
});

describe("the web runtime without WebCrypto", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("says what is missing and where it is found, hashing or signing", async () => {
    vi.stubGlobal("crypto", {});
    const message =
      /signing needs WebCrypto \(crypto\.subtle\), which is missing here.*https pages/;
    await expect(webRuntime.sha256Hex("abc")).rejects.toThrow(message);
    const signer = webRuntime.hmacSigner(enc.encode("Jefe"));
    await expect(signer.signHex("abc")).rejects.toThrow(message);
    // Once WebCrypto is there (a polyfill installed late), the same key signs.
    vi.unstubAllGlobals();
    const [, data, expected] = HMAC_VECTORS[1]!;
    expect(await signer.signHex(data)).toBe(expected);
  });
});
