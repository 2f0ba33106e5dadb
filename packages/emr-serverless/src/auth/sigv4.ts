/**
 * AWS Signature Version 4 (header signing, `AWS4-HMAC-SHA256`), synchronous, no `node:` imports.
 *
 * Per signature this costs one SHA-256 of the canonical request and one HMAC of the string to
 * sign: the signing key (`kSigning`, four HMACs from the secret, date, region and service) is
 * derived once per (secret, date) for the signer's region and service and kept prepared, and the
 * hash of an empty payload is a constant. The hashing is `@cancel/core`'s: `node:crypto` on Node,
 * WebCrypto elsewhere; both answer with promises, so signing does too.
 */
import { HmacKey, hmacSha256, sha256Hex } from "@cancel/core";

const ALGORITHM = "AWS4-HMAC-SHA256";
/** SHA-256 of the empty string. */
export const EMPTY_PAYLOAD_SHA256 =
  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

export interface SigningCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
}

/** Which of the request's headers go into the signature (besides host, x-amz-date, token). */
export type HeaderPolicy = (lowerCaseName: string) => boolean;

export interface SignerOptions {
  /** Signing name, e.g. `emr-serverless`. */
  service: string;
  /** Signing region, e.g. `eu-west-1`. */
  region: string;
  /** The signing clock; defaults to `Date.now`. Tests inject a fixed one. */
  clock?: (() => number | Date) | undefined;
  /**
   * `double` (every AWS service but S3): the path as sent is URI-encoded once more.
   * `single`: the decoded path is URI-encoded once (S3, and the AWS test suite's raw paths).
   */
  pathEncoding?: "double" | "single" | undefined;
  /** Headers to sign beyond the required ones. Default: content-type and every `x-amz-*`. */
  signHeader?: HeaderPolicy | undefined;
}

/** Everything a signature was computed from (for tests; never put into errors or logs). */
export interface SignatureParts {
  amzDate: string;
  credentialScope: string;
  signedHeaders: string;
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
  authorization: string;
}

export interface RequestToSign {
  method: string;
  url: URL;
  /** Signed headers are read from here; `x-amz-date` and `x-amz-security-token` are set here. */
  headers: Headers;
  /** The body bytes (undefined or empty for no body). */
  body?: Uint8Array | undefined;
}

/** Headers never signed: hop-by-hop, or rewritten by runtimes and proxies. */
const UNSIGNABLE = new Set([
  "authorization",
  "cache-control",
  "connection",
  "expect",
  "from",
  "keep-alive",
  "max-forwards",
  "pragma",
  "referer",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "user-agent",
  "x-amzn-trace-id",
]);

/**
 * The default policy: sign content-type and every `x-amz-*` header the request carries, as AWS
 * requires, and nothing a runtime or proxy may add or rewrite on the way (accept, content-length…).
 */
export const signAwsHeaders: HeaderPolicy = (name) =>
  name === "content-type" || name.startsWith("x-amz-");

/** Sign every signable header (what the AWS test suite expects). */
export const signAllHeaders: HeaderPolicy = () => true;

const encoder = new TextEncoder();
const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push(i.toString(16).padStart(2, "0"));

export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!];
  return out;
}

/** RFC 3986 encoding as SigV4 wants it: everything but `A-Za-z0-9-._~` is percent-encoded. */
export function uriEncode(value: string): string {
  const encoded = encodeURIComponent(value);
  return /[!'()*]/.test(encoded)
    ? encoded.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    : encoded;
}

function safeDecode(value: string): string {
  if (!value.includes("%")) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const PLAIN_PATH = /^[A-Za-z0-9\-._~/]*$/;
const DOT_OR_EMPTY_SEGMENT = /\/\/|(^|\/)\.\.?(\/|$)/;

/** The canonical URI: dot and empty segments removed, each segment URI-encoded. */
export function canonicalPath(pathname: string, encoding: "double" | "single" = "double"): string {
  if (pathname === "" || pathname === "/") return "/";
  // Only unreserved characters and no empty or dot segments: every segment encodes to itself.
  if (PLAIN_PATH.test(pathname) && !DOT_OR_EMPTY_SEGMENT.test(pathname)) return pathname;
  const segments: string[] = [];
  for (const segment of pathname.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(uriEncode(encoding === "double" ? segment : safeDecode(segment)));
  }
  const trailing = segments.length > 0 && pathname.endsWith("/") ? "/" : "";
  return `/${segments.join("/")}${trailing}`;
}

function comparePairs(a: [string, string], b: [string, string]): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

/** The canonical query string: every pair decoded, re-encoded strictly, sorted by key then value. */
export function canonicalQuery(search: string): string {
  const raw = search.startsWith("?") ? search.slice(1) : search;
  if (raw === "") return "";
  const pairs: [string, string][] = [];
  for (const part of raw.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? "" : part.slice(eq + 1);
    pairs.push([uriEncode(safeDecode(key)), uriEncode(safeDecode(value))]);
  }
  if (pairs.length > 1) pairs.sort(comparePairs);
  let out = "";
  for (const [key, value] of pairs) out += `${out === "" ? "" : "&"}${key}=${value}`;
  return out;
}

function canonicalHeaderValue(value: string): string {
  return value.trim().replace(/[ \t]+/g, " ");
}

let lastSecond = Number.NaN;
let lastAmzDate = "";

/** `20150830T123600Z` from a clock reading (the last one is remembered for its second). */
export function amzDateOf(now: number | Date): string {
  const ms = typeof now === "number" ? now : now.getTime();
  const second = Math.floor(ms / 1000);
  if (second === lastSecond) return lastAmzDate;
  const iso = new Date(second * 1000).toISOString();
  if (iso.length !== 24) throw new RangeError("signing date outside the years 0000-9999");
  // 2015-08-30T12:36:00.000Z -> 20150830T123600Z
  lastAmzDate = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  lastSecond = second;
  return lastAmzDate;
}

/** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"). */
export async function deriveSigningKey(
  secretAccessKey: string,
  shortDate: string,
  region: string,
  service: string,
): Promise<Uint8Array> {
  const secret = encoder.encode(`AWS4${secretAccessKey}`);
  try {
    const kDate = await hmacSha256(secret, shortDate);
    const kRegion = await hmacSha256(kDate, region);
    const kService = await hmacSha256(kRegion, service);
    return await hmacSha256(kService, "aws4_request");
  } finally {
    secret.fill(0);
  }
}

/** SHA-256 of a payload as lower-case hex (the constant for an empty one). */
export function payloadHash(body: Uint8Array | undefined): Promise<string> | string {
  return body && body.byteLength > 0 ? sha256Hex(body) : EMPTY_PAYLOAD_SHA256;
}

const KEY_CACHE_SIZE = 4;

/**
 * Signs requests for one service and region. Keeps the derived signing keys of the last few
 * (secret, date) pairs, in private fields that neither `util.inspect` nor JSON shows.
 */
export class SigV4Signer {
  readonly service: string;
  readonly region: string;
  readonly #clock: () => number | Date;
  readonly #pathEncoding: "double" | "single";
  readonly #signHeader: HeaderPolicy;
  // shortDate + "\n" + secret -> kSigning, prepared for signing. Insertion order is age order.
  readonly #keys = new Map<string, Promise<HmacKey>>();

  constructor(options: SignerOptions) {
    this.service = options.service;
    this.region = options.region;
    this.#clock = options.clock ?? Date.now;
    this.#pathEncoding = options.pathEncoding ?? "double";
    this.#signHeader = options.signHeader ?? signAwsHeaders;
  }

  #signingKey(secretAccessKey: string, shortDate: string): Promise<HmacKey> {
    const cacheKey = `${shortDate}\n${secretAccessKey}`;
    let key = this.#keys.get(cacheKey);
    if (!key) {
      // Concurrent signatures share one derivation; a failed one is not kept.
      key = deriveSigningKey(secretAccessKey, shortDate, this.region, this.service).then(
        (bytes) => {
          const prepared = new HmacKey(bytes);
          bytes.fill(0);
          return prepared;
        },
        (error: unknown) => {
          if (this.#keys.get(cacheKey) === key) this.#keys.delete(cacheKey);
          throw error;
        },
      );
      if (this.#keys.size >= KEY_CACHE_SIZE) this.#keys.delete(this.#keys.keys().next().value!);
      this.#keys.set(cacheKey, key);
    }
    return key;
  }

  /**
   * Signs a request: sets `x-amz-date`, `x-amz-security-token` (temporary credentials only) and
   * `authorization` on `request.headers`, and returns what the signature was computed from.
   */
  async sign(request: RequestToSign, credentials: SigningCredentials): Promise<SignatureParts> {
    const parts = await this.signature(request, credentials);
    request.headers.set("authorization", parts.authorization);
    return parts;
  }

  /** As {@link sign}, without setting the authorization header. */
  async signature(
    request: RequestToSign,
    credentials: SigningCredentials,
  ): Promise<SignatureParts> {
    const amzDate = amzDateOf(this.#clock());
    const shortDate = amzDate.slice(0, 8);
    const { headers, url } = request;
    headers.set("x-amz-date", amzDate);
    if (credentials.sessionToken) headers.set("x-amz-security-token", credentials.sessionToken);
    else headers.delete("x-amz-security-token");

    // Headers iterates lower-cased names in sorted order, which is the canonical order; the
    // host comes from the URL (it is what fetch sends).
    let canonicalHeaders = "";
    let signedHeaders = "";
    let hostDone = false;
    for (const [name, value] of headers) {
      if (!hostDone && name >= "host") {
        canonicalHeaders += `host:${url.host}\n`;
        signedHeaders += signedHeaders === "" ? "host" : ";host";
        hostDone = true;
      }
      if (name === "host" || UNSIGNABLE.has(name)) continue;
      if (name.startsWith("proxy-") || name.startsWith("sec-")) continue;
      if (name !== "x-amz-date" && name !== "x-amz-security-token" && !this.#signHeader(name)) {
        continue;
      }
      canonicalHeaders += `${name}:${canonicalHeaderValue(value)}\n`;
      signedHeaders += signedHeaders === "" ? name : `;${name}`;
    }
    if (!hostDone) {
      canonicalHeaders += `host:${url.host}\n`;
      signedHeaders += signedHeaders === "" ? "host" : ";host";
    }

    const canonicalRequest = `${request.method.toUpperCase()}\n${canonicalPath(
      url.pathname,
      this.#pathEncoding,
    )}\n${canonicalQuery(url.search)}\n${canonicalHeaders}\n${signedHeaders}\n${await payloadHash(
      request.body,
    )}`;
    const credentialScope = `${shortDate}/${this.region}/${this.service}/aws4_request`;
    const stringToSign = `${ALGORITHM}\n${amzDate}\n${credentialScope}\n${await sha256Hex(
      canonicalRequest,
    )}`;
    const key = await this.#signingKey(credentials.secretAccessKey, shortDate);
    const signature = await key.signHex(stringToSign);
    return {
      amzDate,
      credentialScope,
      signedHeaders,
      canonicalRequest,
      stringToSign,
      signature,
      authorization: `${ALGORITHM} Credential=${credentials.accessKeyId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    };
  }
}
