import { prng, toHexString, webCryptoHmac, webCryptoSha256 } from "@cancel/testkit";
import { describe, expect, it } from "vitest";
import { HmacKey, hmacSha256, sha256, utf8ForHashing } from "../src/sha256.js";

const enc = new TextEncoder();
const hex = toHexString;
const bytesOf = (text: string) => enc.encode(text);
const repeat = (byte: number, n: number) => new Uint8Array(n).fill(byte);

describe("SHA-256", () => {
  // FIPS 180-4 examples (NIST CSRC "Examples with intermediate values") and the classic
  // one-million-"a" vector.
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    [
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
    [
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
    ],
    ["a".repeat(1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"],
  ])("NIST vector %#", (input, expected) => {
    expect(hex(sha256(bytesOf(input)))).toBe(expected);
  });

  it("agrees with WebCrypto on every length 0-300 and on random inputs", async () => {
    const random = prng(1);
    for (let length = 0; length <= 300; length++) {
      const data = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      expect(hex(sha256(data)), `length ${length}`).toBe(await webCryptoSha256(data));
    }
    for (const length of [1000, 4095, 4096, 65_537]) {
      const data = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      expect(hex(sha256(data)), `length ${length}`).toBe(await webCryptoSha256(data));
    }
  });
});

describe("HMAC-SHA-256", () => {
  // RFC 4231 section 4, test cases 1, 2, 3, 4, 6, 7 (case 5 is truncated output).
  it.each([
    [
      repeat(0x0b, 20),
      bytesOf("Hi There"),
      "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    ],
    [
      bytesOf("Jefe"),
      bytesOf("what do ya want for nothing?"),
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
      bytesOf("Test Using Larger Than Block-Size Key - Hash Key First"),
      "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
    ],
    [
      repeat(0xaa, 131),
      bytesOf(
        "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.",
      ),
      "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
    ],
  ])("RFC 4231 case %#", async (key, data, expected) => {
    expect(hex(hmacSha256(key, data))).toBe(expected);
    expect(await webCryptoHmac(key, data)).toBe(expected);
  });

  it("a reused key agrees with WebCrypto on random keys and messages", async () => {
    const random = prng(2);
    for (let round = 0; round < 60; round++) {
      const key = Uint8Array.from({ length: Math.floor(random() * 140) + 1 }, () =>
        Math.floor(random() * 256),
      );
      const reusable = new HmacKey(key);
      for (let i = 0; i < 3; i++) {
        const data = Uint8Array.from({ length: Math.floor(random() * 400) }, () =>
          Math.floor(random() * 256),
        );
        expect(hex(reusable.sign(data))).toBe(await webCryptoHmac(key, data));
      }
    }
  });

  it("never shows its key state", async () => {
    const { inspect } = await import("node:util");
    const key = new HmacKey(bytesOf("secret-key-material"));
    expect(JSON.stringify(key)).toBe('"[HmacKey]"');
    expect(inspect(key)).toBe("HmacKey {}");
  });
});

describe("utf8ForHashing", () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it.each([
    ["empty", ""],
    ["ASCII", "DELETE\n/applications/a/jobruns/b\n\nhost:h\n"],
    ["non-ASCII (falls back to TextEncoder)", "café/ジョブ/😀"],
    ["longer than the reused buffer", "x".repeat(5000)],
    ["non-ASCII after a long ASCII prefix", `${"a".repeat(3000)}é`],
  ])("gives the UTF-8 bytes: %s", (_name, text) => {
    expect([...utf8ForHashing(text)]).toEqual([...encode(text)]);
  });

  it("hashes the same as TextEncoder bytes, call after call", () => {
    const random = prng(7);
    for (let i = 0; i < 200; i++) {
      const text = Array.from({ length: Math.floor(random() * 400) }, () =>
        String.fromCharCode(
          random() < 0.9 ? 32 + Math.floor(random() * 95) : 0xa0 + Math.floor(random() * 0x2000),
        ),
      ).join("");
      expect(toHexString(sha256(utf8ForHashing(text)))).toBe(toHexString(sha256(encode(text))));
    }
  });
});
