/// <reference types="node" />
/**
 * The `ca` option: trusted besides Node's defaults, never instead of them. Node's `ca` TLS option
 * replaces the default roots (the bundled ones and `NODE_EXTRA_CA_CERTS`), so the defaults are
 * listed first: `tls.getCACertificates("default")` where Node has it (22.15+, 23.10+; it also holds
 * the system store under `--use-system-ca`), else the bundled roots and the file
 * `NODE_EXTRA_CA_CERTS` names, read as Node reads it at start (an unreadable file is skipped, as
 * Node skips it with a warning).
 */
import type * as Crypto from "node:crypto";
import type * as Fs from "node:fs";
import type * as Tls from "node:tls";
import { ConfigurationError } from "../../errors.js";
import type { NetworkOptions } from "../../network.js";
import { builtin } from "./builtin.js";

type TlsDefaults = Pick<typeof Tls, "rootCertificates"> & {
  getCACertificates?: ((type?: "default") => string[]) | undefined;
};

/** Node's default trusted CAs, as PEM texts. */
export function defaultCertificates(
  tls: TlsDefaults,
  env: Readonly<Record<string, string | undefined>> = process.env,
  readFile: (path: string) => string = (path) =>
    builtin<typeof Fs>("node:fs").readFileSync(path, "utf8"),
): string[] {
  if (typeof tls.getCACertificates === "function") return tls.getCACertificates("default");
  const extra = env["NODE_EXTRA_CA_CERTS"];
  let extraPem = "";
  if (extra) {
    try {
      extraPem = readFile(extra);
    } catch {
      // Node itself warns once at start and goes on without the file.
    }
  }
  return [...tls.rootCertificates, ...(extraPem.includes("-----BEGIN") ? [extraPem] : [])];
}

const PEM_CERTIFICATE = "-----BEGIN CERTIFICATE-----";
const utf8 = new TextDecoder();

function pemText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (value instanceof Uint8Array) return utf8.decode(value);
  return undefined;
}

/** The `ca` option as PEM texts, or a ConfigurationError naming what is wrong. */
export function caTexts(ca: NetworkOptions["ca"], provider?: string): string[] {
  const fail = (subject: string, problem: string) =>
    new ConfigurationError(`${subject} ${problem}`, { provider, subject, problem });
  const items: readonly unknown[] = Array.isArray(ca) ? ca : [ca];
  if (items.length === 0) {
    throw fail("ca", "is an empty list: leave it out to trust Node's defaults alone");
  }
  return items.map((item, index) => {
    const subject = Array.isArray(ca) ? `ca[${index}]` : "ca";
    const text = pemText(item);
    if (text === undefined) throw fail(subject, "must be PEM text or its bytes");
    if (!text.includes(PEM_CERTIFICATE)) {
      throw fail(subject, `holds no PEM certificate (${PEM_CERTIFICATE})`);
    }
    return text;
  });
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/**
 * The `ca` option's certificates, each checked to parse: OpenSSL would skip a damaged one without
 * a word, and the client would then fail every call with a certificate error instead.
 */
function caCertificates(ca: NonNullable<NetworkOptions["ca"]>, provider?: string): string[] {
  const { X509Certificate } = builtin<typeof Crypto>("node:crypto");
  return caTexts(ca, provider).flatMap((text, index) => {
    const subject = Array.isArray(ca) ? `ca[${index}]` : "ca";
    const blocks = text.match(PEM_BLOCK) ?? [];
    for (const block of blocks) {
      try {
        new X509Certificate(block);
      } catch {
        const problem = "holds a PEM certificate that does not parse";
        throw new ConfigurationError(`${subject} ${problem}`, { provider, subject, problem });
      }
    }
    return blocks;
  });
}

// Clients given the same `ca` share one context: parsing Node's default roots again costs 5-20 ms.
const contexts = new Map<string, Tls.SecureContext>();

/** A secure context trusting Node's default CAs and the `ca` option's. */
export function secureContextFor(
  ca: NonNullable<NetworkOptions["ca"]>,
  provider?: string,
): Tls.SecureContext {
  const own = caCertificates(ca, provider);
  const key = own.join("\n");
  let context = contexts.get(key);
  if (context === undefined) {
    const tls = builtin<typeof Tls>("node:tls");
    context = tls.createSecureContext({ ca: [...defaultCertificates(tls), ...own] });
    contexts.set(key, context);
  }
  return context;
}
