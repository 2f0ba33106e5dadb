/**
 * Huawei Cloud AK/SK request signing ("SDK-HMAC-SHA256"), as described in the API Request Signing
 * Guide (support.huaweicloud.com devg-apisign/api-sign-algorithm-002…005) and implemented by
 * `AKSKSigner` in huaweicloud-sdk-nodejs-v3. Unlike AWS SigV4 there is no derived key: the
 * signature is HMAC-SHA256(SK, StringToSign).
 *
 * Synchronous: the hashing is `@cancel/core`'s SHA-256 / HMAC-SHA-256 (`node:crypto` on Node,
 * `@noble/hashes` elsewhere; WebCrypto's is asynchronous only), the SK is prepared once per
 * signer and the hash of an empty body is a constant. No `crypto.subtle` and no `node:` imports:
 * it runs in any runtime.
 */
import { HmacKey, sha256Hex as coreSha256Hex } from "@cancel/core";

export const SIGNING_ALGORITHM = "SDK-HMAC-SHA256";
/** SHA-256 of the empty string: the payload hash of a request without a body. */
export const EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
/** Header that carries a caller-supplied payload hash (e.g. `UNSIGNED-PAYLOAD`). */
export const CONTENT_SHA256_HEADER = "x-sdk-content-sha256";

const encoder = new TextEncoder();

/** Lower-case hex SHA-256 of a string (UTF-8) or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return coreSha256Hex(data);
}

/** `X-Sdk-Date` value: UTC `YYYYMMDDTHHMMSSZ`, e.g. `20191115T033655Z`. */
export function formatSdkDate(date: Date): string {
  if (Number.isNaN(date.getTime()))
    throw new RangeError("the signing clock returned an invalid date");
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
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

/**
 * Canonical URI: each path segment URI-encoded and a trailing `/` added, although the request
 * itself is sent without it (`/v1/{project_id}/vpcs` → `/v1/…/vpcs/`). The path of a `URL` is
 * already percent-encoded, so segments are decoded first and encoded once, as API Gateway does.
 */
export function canonicalUri(pathname: string): string {
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
  const names = new Set<string>(["host"]);
  for (const [name] of request.headers) {
    const lower = name.toLowerCase();
    if (lower !== "authorization") names.add(lower);
  }
  return [...names].sort();
}

function headerValue(request: SignableRequest, name: string): string {
  if (name === "host") return request.headers.get("host") ?? request.url.host;
  return request.headers.get(name) ?? "";
}

/** {@link buildCanonicalRequest}, synchronously. */
export function canonicalRequestOf(
  request: SignableRequest,
  signedHeaders: readonly string[],
): string {
  const canonicalHeaders = signedHeaders
    .map((name) => `${name}:${headerValue(request, name).trim()}\n`)
    .join("");
  const declaredHash = request.headers.get(CONTENT_SHA256_HEADER);
  const payloadHash =
    declaredHash ??
    (request.body && request.body.byteLength > 0 ? sha256Hex(request.body) : EMPTY_BODY_SHA256);
  return [
    request.method.toUpperCase(),
    canonicalUri(request.url.pathname),
    canonicalQueryString(request.url.searchParams),
    canonicalHeaders,
    signedHeaders.join(";"),
    payloadHash,
  ].join("\n");
}

/**
 * The canonical request over the given (lower-case, sorted) signed header names. Computed
 * synchronously; the promise is kept for compatibility.
 */
export async function buildCanonicalRequest(
  request: SignableRequest,
  signedHeaders: readonly string[],
): Promise<string> {
  return canonicalRequestOf(request, signedHeaders);
}

/** {@link buildStringToSign}, synchronously. */
export function stringToSignOf(sdkDate: string, canonicalRequest: string): string {
  return `${SIGNING_ALGORITHM}\n${sdkDate}\n${sha256Hex(canonicalRequest)}`;
}

/**
 * `SDK-HMAC-SHA256\n<X-Sdk-Date>\n<hex SHA-256 of the canonical request>`. Computed synchronously;
 * the promise is kept for compatibility.
 */
export async function buildStringToSign(
  sdkDate: string,
  canonicalRequest: string,
): Promise<string> {
  return stringToSignOf(sdkDate, canonicalRequest);
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
export function createHmacSigner(secret: string): (message: string) => string {
  const bytes = encoder.encode(secret);
  const key = new HmacKey(bytes);
  bytes.fill(0);
  return (message) => key.signHex(message);
}

/** Signs requests with one AK/SK pair. */
export interface AkSkSigner {
  readonly accessKey: string;
  /**
   * Computes the signature of a request whose headers already hold `X-Sdk-Date`. Computed
   * synchronously; the promise is kept for compatibility (a failure rejects it).
   */
  sign(request: SignableRequest): Promise<SignatureParts>;
}

export function createAkSkSigner(accessKey: string, secretKey: string): AkSkSigner {
  const hmac = createHmacSigner(secretKey);
  return {
    accessKey,
    async sign(request) {
      const sdkDate = request.headers.get("x-sdk-date");
      if (!sdkDate) throw new Error("the request has no X-Sdk-Date header to sign");
      const signedHeaders = headersToSign(request);
      const canonicalRequest = canonicalRequestOf(request, signedHeaders);
      const stringToSign = stringToSignOf(sdkDate, canonicalRequest);
      const signature = hmac(stringToSign);
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
