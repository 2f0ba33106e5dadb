/**
 * A server-side AWS Signature Version 4 check (WebCrypto, no dependencies): recomputes the
 * signature of a received request from the headers it says it signed, and answers the way AWS
 * services do.
 */

export interface AwsKey {
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials: requests must carry this `X-Amz-Security-Token`. */
  sessionToken?: string | undefined;
}

export interface SigV4VerifyOptions {
  /** Known keys; undefined = accept any well-formed signature without checking it. */
  keys?: readonly AwsKey[] | undefined;
  service: string;
  /** Required region of the credential scope; undefined = any. */
  region?: string | undefined;
  /** Verifier clock (epoch ms). */
  now: number;
  /** Allowed clock skew, ms. Default 5 minutes. */
  maxSkewMs?: number | undefined;
}

export type SigV4Verdict =
  | { ok: true; accessKeyId: string; region: string }
  | { ok: false; status: 400 | 403; code: string; message: string };

const AUTH =
  /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;._-]+), ?Signature=([0-9a-f]{64})$/;

const MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

const encoder = new TextEncoder();

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  return hex(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
}

async function hmac(key: Uint8Array | ArrayBuffer, data: string): Promise<ArrayBuffer> {
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    key as Uint8Array<ArrayBuffer>,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return crypto.subtle.sign("HMAC", cryptoKey, encoder.encode(data));
}

/** RFC 3986 encoding as SigV4 wants it (unreserved characters kept). */
function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function canonicalQuery(search: string): string {
  const pairs: [string, string][] = [];
  for (const part of search.replace(/^\?/, "").split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? "" : part.slice(eq + 1);
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, " "));
      } catch {
        return s;
      }
    };
    pairs.push([uriEncode(decode(rawKey)), uriEncode(decode(rawValue))]);
  }
  pairs.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join("&");
}

function parseAmzDate(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

/** Verifies a SigV4-signed request (non-S3 rules: each path segment encoded again). */
export async function verifySigV4(
  request: Request,
  body: Uint8Array,
  options: SigV4VerifyOptions,
): Promise<SigV4Verdict> {
  const deny = (code: string, message: string, status: 400 | 403 = 403): SigV4Verdict => ({
    ok: false,
    status,
    code,
    message,
  });
  const authorization = request.headers.get("authorization");
  if (!authorization)
    return deny("MissingAuthenticationTokenException", "Missing Authentication Token");
  const m = AUTH.exec(authorization);
  if (!m)
    return deny(
      "IncompleteSignatureException",
      "Authorization header requires 'Credential', 'Signature', 'SignedHeaders' parameters.",
    );
  const [, accessKeyId, shortDate, region, service, signedList, signature] =
    m as unknown as string[] as [string, string, string, string, string, string, string];
  const amzDate = request.headers.get("x-amz-date") ?? "";
  const signedAt = parseAmzDate(amzDate);
  if (signedAt === undefined || amzDate.slice(0, 8) !== shortDate) {
    return deny("IncompleteSignatureException", "Date must be in ISO-8601 'basic format'.");
  }
  if (service !== options.service) {
    return deny(
      "InvalidSignatureException",
      `Credential should be scoped to correct service: '${options.service}'.`,
    );
  }
  if (options.region !== undefined && region !== options.region) {
    return deny("InvalidSignatureException", `Credential should be scoped to a valid region. `);
  }
  if (options.keys === undefined) return { ok: true, accessKeyId, region };
  const key = options.keys.find((k) => k.accessKeyId === accessKeyId);
  const token = request.headers.get("x-amz-security-token") ?? undefined;
  if (!key || key.sessionToken !== token) {
    return deny(
      "UnrecognizedClientException",
      "The security token included in the request is invalid.",
    );
  }
  if (Math.abs(options.now - signedAt) > (options.maxSkewMs ?? 5 * 60 * 1000)) {
    return deny(
      "InvalidSignatureException",
      `Signature expired: ${amzDate} is now earlier than ${new Date(options.now - 5 * 60 * 1000).toISOString().replace(/[-:]|\.\d{3}/g, "")} (${new Date(options.now).toISOString().replace(/[-:]|\.\d{3}/g, "")} - 5 min.)`,
    );
  }
  const signedHeaders = signedList.split(";");
  if (!signedHeaders.includes("host")) {
    return deny(
      "InvalidSignatureException",
      "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    );
  }
  const url = new URL(request.url);
  const lines: string[] = [];
  for (const name of signedHeaders) {
    const value =
      name === "host" ? (request.headers.get("host") ?? url.host) : request.headers.get(name);
    if (value === null) return deny("InvalidSignatureException", MISMATCH);
    lines.push(`${name}:${value.trim().replace(/\s+/g, " ")}\n`);
  }
  const rawPath = url.pathname || "/";
  const path = rawPath
    .split("/")
    .map((segment) => uriEncode(segment))
    .join("/");
  // A declared payload hash is used as declared (UNSIGNED-PAYLOAD included) but must be true.
  const declared = request.headers.get("x-amz-content-sha256");
  const actual = await sha256Hex(body);
  if (declared !== null && declared !== "UNSIGNED-PAYLOAD" && declared !== actual) {
    return deny("InvalidSignatureException", MISMATCH);
  }
  const payload = declared ?? actual;
  const canonical = [
    request.method.toUpperCase(),
    path,
    canonicalQuery(url.search),
    lines.join(""),
    signedList,
    payload,
  ].join("\n");
  const scope = `${shortDate}/${region}/${service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, await sha256Hex(canonical)].join("\n");
  let signingKey: ArrayBuffer = await hmac(encoder.encode(`AWS4${key.secretAccessKey}`), shortDate);
  for (const part of [region, service, "aws4_request"]) signingKey = await hmac(signingKey, part);
  const expected = hex(await hmac(signingKey, stringToSign));
  if (expected !== signature) return deny("InvalidSignatureException", MISMATCH);
  return { ok: true, accessKeyId, region };
}
