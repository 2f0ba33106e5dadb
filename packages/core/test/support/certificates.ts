// Certificates for TLS tests, made in the test with node:crypto alone (no network, no openssl,
// no fixture that expires): a CA and server certificates it signs, X.509 v3 with P-256 keys,
// DER-encoded by hand (node:crypto signs and parses certificates but does not build them).
import { generateKeyPairSync, type KeyObject, randomBytes, sign } from "node:crypto";

const tlv = (tag: number, ...content: Buffer[]): Buffer => {
  const body = Buffer.concat(content);
  const n = body.length;
  const length =
    n < 0x80
      ? Buffer.from([n])
      : n < 0x100
        ? Buffer.from([0x81, n])
        : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, body]);
};
const sequence = (...content: Buffer[]) => tlv(0x30, ...content);
const set = (...content: Buffer[]) => tlv(0x31, ...content);
const octets = (bytes: Buffer) => tlv(0x04, bytes);
const bits = (bytes: Buffer, unused = 0) => tlv(0x03, Buffer.from([unused]), bytes);
const explicit = (n: number, ...content: Buffer[]) => tlv(0xa0 + n, ...content);
const utf8 = (text: string) => tlv(0x0c, Buffer.from(text, "utf8"));
const TRUE = Buffer.from([0x01, 0x01, 0xff]);

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split(".").map(Number);
  const out = [a! * 40 + b!];
  for (const value of rest) {
    const chunk = [value & 0x7f];
    for (let v = value >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

const integer = (bytes: Buffer) =>
  tlv(0x02, bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
const name = (commonName: string) => sequence(set(sequence(oid("2.5.4.3"), utf8(commonName))));
const utcTime = (date: Date) =>
  tlv(0x17, Buffer.from(`${date.toISOString().slice(2, 19).replace(/[-T:]/g, "")}Z`, "ascii"));
const extension = (id: string, critical: boolean, value: Buffer) =>
  sequence(oid(id), ...(critical ? [TRUE] : []), octets(value));
const ECDSA_SHA256 = sequence(oid("1.2.840.10045.4.3.2"));

export interface Certificate {
  /** The certificate, PEM. */
  cert: string;
  /** Its private key, PEM (PKCS #8). */
  key: string;
}

interface Issuer {
  name: string;
  key: KeyObject;
}

function certificate(
  subject: string,
  issuer: Issuer | undefined,
  extensions: Buffer[],
): Certificate & { issuer: Issuer } {
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const signer = issuer ?? { name: subject, key: privateKey };
  const now = Date.now();
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))),
    integer(randomBytes(8)),
    ECDSA_SHA256,
    name(signer.name),
    sequence(utcTime(new Date(now - 3_600_000)), utcTime(new Date(now + 86_400_000))),
    name(subject),
    publicKey.export({ type: "spki", format: "der" }),
    explicit(3, sequence(...extensions)),
  );
  const der = sequence(tbs, ECDSA_SHA256, bits(sign("sha256", tbs, signer.key)));
  const base64 = der.toString("base64").replace(/.{64}/g, "$&\n");
  return {
    cert: `-----BEGIN CERTIFICATE-----\n${base64.trimEnd()}\n-----END CERTIFICATE-----\n`,
    key: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
    issuer: { name: subject, key: privateKey },
  };
}

export interface CertificateAuthority extends Certificate {
  /** A server certificate for `localhost` and 127.0.0.1, signed by this CA. */
  issue(commonName?: string): Certificate;
}

/** A self-signed CA (basicConstraints CA, keyCertSign) that issues loopback server certificates. */
export function createCertificateAuthority(commonName = "cancel test CA"): CertificateAuthority {
  const ca = certificate(commonName, undefined, [
    extension("2.5.29.19", true, sequence(TRUE)),
    extension("2.5.29.15", true, bits(Buffer.from([0x06]), 1)),
  ]);
  return {
    cert: ca.cert,
    key: ca.key,
    issue(serverName = "localhost") {
      const altNames = sequence(
        tlv(0x82, Buffer.from("localhost", "ascii")),
        tlv(0x87, Buffer.from([127, 0, 0, 1])),
      );
      const server = certificate(serverName, ca.issuer, [
        extension("2.5.29.19", true, sequence()),
        extension("2.5.29.15", true, bits(Buffer.from([0x80]), 7)),
        extension("2.5.29.37", false, sequence(oid("1.3.6.1.5.5.7.3.1"))),
        extension("2.5.29.17", false, altNames),
      ]);
      return { cert: server.cert, key: server.key };
    },
  };
}
