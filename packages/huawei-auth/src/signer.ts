/**
 * Huawei Cloud AK/SK request signing ("SDK-HMAC-SHA256"), as described in the API Request Signing
 * Guide (support.huaweicloud.com devg-apisign/api-sign-algorithm-002…005) and implemented by
 * `AKSKSigner` in huaweicloud-sdk-nodejs-v3. Unlike AWS SigV4 there is no derived key: the
 * signature is HMAC-SHA256(SK, StringToSign).
 *
 * The hashing is `@cancel/core`'s SHA-256 / HMAC-SHA-256 (`node:crypto` on Node, WebCrypto
 * elsewhere), the SK is prepared once per signer and the hash of an empty body is a constant.
 * No `node:` imports: it runs in any runtime.
 */
import { HmacKey, sha256Hex as coreSha256Hex } from "@cancel/core";

export const SIGNING_ALGORITHM = "SDK-HMAC-SHA256";
/** SHA-256 of the empty string: the payload hash of a request without a body. */
export const EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
/** Header that carries a caller-supplied payload hash (e.g. `UNSIGNED-PAYLOAD`). */
export const CONTENT_SHA256_HEADER = "x-sdk-content-sha256";

const encoder = new TextEncoder();

/** Lower-case hex SHA-256 of a string (UTF-8) or bytes. */
export function sha256Hex(data: string | Uint8Array): Promise<string> {
  return coreSha256Hex(data);
}

let lastSecond = Number.NaN;
let lastSdkDate = "";

/**
 * `X-Sdk-Date` value: UTC `YYYYMMDDTHHMMSSZ`, e.g. `20191115T033655Z` (the last one is
 * remembered for its second).
 */
export function formatSdkDate(date: Date): string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError("the signing clock returned an invalid date");
  const second = Math.floor(ms / 1000);
  if (second !== lastSecond) {
    lastSdkDate = new Date(second * 1000)
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z")
      .replace(/[-:]/g, "");
    lastSecond = second;
  }
  return lastSdkDate;
}

/** Parses an `X-Sdk-Date` value; undefined when it is not `YYYYMMDDTHHMMSSZ`. */
export function parseSdkDate(value: string): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  return formatSdkDate(date) === value ? date : undefined;
}

/** RFC 3986 encoding: every byte except `A–Z a–z 0–9 - _ . ~` as `%XX` (upper-case hex). */
export function rfc3986Encode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const PLAIN_PATH = /^[A-Za-z0-9\-._~/]*$/;

/**
 * Canonical URI: each path segment URI-encoded and a trailing `/` added, although the request
 * itself is sent without it (`/v1/{project_id}/vpcs` → `/v1/…/vpcs/`). The path of a `URL` is
 * already percent-encoded, so segments are decoded first and encoded once, as API Gateway does.
 */
export function canonicalUri(pathname: string): string {
  // Only unreserved characters: every segment encodes to itself.
  if (PLAIN_PATH.test(pathname)) return pathname.endsWith("/") ? pathname : `${pathname}/`;
  const path = pathname
    .split("/")
    .map((segment) => rfc3986Encode(decodeSegment(segment)))
    .join("/");
  return path.endsWith("/") ? path : `${path}/`;
}

/** Canonical query string: keys sorted, values of a repeated key sorted, `k=v` joined with `&`. */
export function canonicalQueryString(params: URLSearchParams): string {
  const byKey = new Map<string, string[]>();
  for (const [key, value] of params) {
    const values = byKey.get(key);
    if (values) values.push(value);
    else byKey.set(key, [value]);
  }
  const parts: string[] = [];
  for (const key of [...byKey.keys()].sort()) {
    for (const value of byKey.get(key)!.sort()) {
      parts.push(`${rfc3986Encode(key)}=${rfc3986Encode(value)}`);
    }
  }
  return parts.join("&");
}

/** A request as the signer sees it. `headers` must already hold `X-Sdk-Date`. */
export interface SignableRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The request body bytes (undefined or empty for none). */
  body?: Uint8Array | undefined;
}

/**
 * The headers a request is signed over: every header it carries except `Authorization`, plus
 * `host` (from the URL unless set), lower-cased and sorted, as the official SDK does.
 */
export function headersToSign(request: SignableRequest): string[] {
  return canonicalHeadersOf(request).signedHeaders;
}

/**
 * The signed header names and the canonical header lines, in one walk over the headers: a
 * `Headers` iterates lower-case names in sorted order with repeated fields combined, which is
 * the canonical order; `host` comes from the URL unless the request sets it.
 */
function canonicalHeadersOf(request: SignableRequest): {
  signedHeaders: string[];
  canonicalHeaders: string;
} {
  const signedHeaders: string[] = [];
  let canonicalHeaders = "";
  let hostDone = false;
  let last = "";
  for (const [name, value] of request.headers) {
    // set-cookie is the one name a Headers repeats; its fields are signed combined.
    if (name === "authorization" || name === last) continue;
    last = name;
    if (!hostDone && name >= "host") {
      if (name !== "host") {
        signedHeaders.push("host");
        canonicalHeaders += `host:${request.url.host.trim()}\n`;
      }
      hostDone = true;
    }
    signedHeaders.push(name);
    const combined = name === "set-cookie" ? (request.headers.get(name) ?? "") : value;
    canonicalHeaders += `${name}:${combined.trim()}\n`;
  }
  if (!hostDone) {
    signedHeaders.push("host");
    canonicalHeaders += `host:${request.url.host.trim()}\n`;
  }
  return { signedHeaders, canonicalHeaders };
}

function headerValue(request: SignableRequest, name: string): string {
  if (name === "host") return request.headers.get("host") ?? request.url.host;
  return request.headers.get(name) ?? "";
}

/** The canonical request over the given (lower-case, sorted) signed header names. */
export function buildCanonicalRequest(
  request: SignableRequest,
  signedHeaders: readonly string[],
): Promise<string> {
  const canonicalHeaders = signedHeaders
    .map((name) => `${name}:${headerValue(request, name).trim()}\n`)
    .join("");
  return assembleCanonicalRequest(request, canonicalHeaders, signedHeaders.join(";"));
}

async function assembleCanonicalRequest(
  request: SignableRequest,
  canonicalHeaders: string,
  signedHeaders: string,
): Promise<string> {
  const declaredHash = request.headers.get(CONTENT_SHA256_HEADER);
  const payloadHash =
    declaredHash ??
    (request.body && request.body.byteLength > 0
      ? await sha256Hex(request.body)
      : EMPTY_BODY_SHA256);
  const { url } = request;
  // A URL makes its searchParams object on first use: not for an empty query.
  const query = url.search === "" ? "" : canonicalQueryString(url.searchParams);
  return `${request.method.toUpperCase()}\n${canonicalUri(url.pathname)}\n${query}\n${canonicalHeaders}\n${signedHeaders}\n${payloadHash}`;
}

/** `SDK-HMAC-SHA256\n<X-Sdk-Date>\n<hex SHA-256 of the canonical request>`. */
export async function buildStringToSign(
  sdkDate: string,
  canonicalRequest: string,
): Promise<string> {
  return `${SIGNING_ALGORITHM}\n${sdkDate}\n${await sha256Hex(canonicalRequest)}`;
}

/** `SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<a;b>, Signature=<hex>` */
export function formatAuthorization(
  accessKey: string,
  signedHeaders: readonly string[],
  signature: string,
): string {
  return `${SIGNING_ALGORITHM} Access=${accessKey}, SignedHeaders=${signedHeaders.join(";")}, Signature=${signature}`;
}

/** Everything one signature was computed from, for tests and debugging (holds no secret). */
export interface SignatureParts {
  canonicalRequest: string;
  stringToSign: string;
  signedHeaders: string[];
  signature: string;
  /** The `Authorization` header value. */
  authorization: string;
}

/**
 * Absorbs a secret into an HMAC-SHA256 key state once and signs strings with it (lower-case hex).
 * Neither the secret nor its UTF-8 bytes (zeroed after use) are kept: only the prepared key, in
 * the private fields of an {@link HmacKey}, so the returned function prints and serialises without it.
 */
export function createHmacSigner(secret: string): (message: string) => Promise<string> {
  const bytes = encoder.encode(secret);
  const key = new HmacKey(bytes);
  bytes.fill(0);
  return (message) => key.signHex(message);
}

/** Signs requests with one AK/SK pair. */
export interface AkSkSigner {
  readonly accessKey: string;
  /** Computes the signature of a request whose headers already hold `X-Sdk-Date`. */
  sign(request: SignableRequest): Promise<SignatureParts>;
}

export function createAkSkSigner(accessKey: string, secretKey: string): AkSkSigner {
  const hmac = createHmacSigner(secretKey);
  return {
    accessKey,
    async sign(request) {
      const sdkDate = request.headers.get("x-sdk-date");
      if (!sdkDate) throw new Error("the request has no X-Sdk-Date header to sign");
      const { signedHeaders, canonicalHeaders } = canonicalHeadersOf(request);
      const canonicalRequest = await assembleCanonicalRequest(
        request,
        canonicalHeaders,
        signedHeaders.join(";"),
      );
      const stringToSign = await buildStringToSign(sdkDate, canonicalRequest);
      const signature = await hmac(stringToSign);
      return {
        canonicalRequest,
        stringToSign,
        signedHeaders,
        signature,
        authorization: formatAuthorization(accessKey, signedHeaders, signature),
      };
    },
  };
}
