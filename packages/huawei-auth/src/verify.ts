import {
  buildCanonicalRequest,
  buildStringToSign,
  createHmacSigner,
  parseSdkDate,
  SIGNING_ALGORITHM,
} from "./signer.js";

/** How far `X-Sdk-Date` may be from the verifier's clock: API Gateway allows 15 minutes. */
export const MAX_CLOCK_SKEW_MS = 900_000; // 15 minutes

/** API Gateway's code for every IAM (AK/SK or token) authentication failure, sent with 401. */
export const IAM_AUTH_ERROR_CODE = "APIGW.0301";

export interface VerifyOptions {
  /** The secret key of an access key, or undefined when the AK is unknown. */
  secretFor(accessKey: string): string | undefined;
  /** The verifier's clock. Defaults to the system clock. */
  now?: Date | undefined;
  /** Largest accepted distance between `X-Sdk-Date` and `now`. Default 15 minutes. */
  maxSkewMs?: number | undefined;
}

export type VerifyResult =
  | { ok: true; accessKey: string; signedHeaders: string[] }
  | {
      ok: false;
      /** `APIGW.0301`, as API Gateway answers (with HTTP 401). */
      code: typeof IAM_AUTH_ERROR_CODE;
      /** API Gateway style message, e.g. `Incorrect IAM authentication information: verify aksk signature fail`. */
      message: string;
    };

// A literal (SIGNING_ALGORITHM spelled out), so that a bundle that never verifies drops it.
const AUTHORIZATION =
  /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([a-z0-9!#$%&'*+.^_`|~;-]+), Signature=([0-9a-f]{64})$/;

function failure(detail: string): VerifyResult {
  return {
    ok: false,
    code: IAM_AUTH_ERROR_CODE,
    message: `Incorrect IAM authentication information: ${detail}`,
  };
}

function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return diff === 0;
}

/**
 * Verifies an `SDK-HMAC-SHA256` signed request the way Huawei's API Gateway does: parses the
 * `Authorization` header, requires `x-sdk-date` among the signed headers and within the allowed
 * clock skew, rebuilds the canonical request from the received method, path, query, the values
 * of the signed headers and the body, and compares the HMAC under the AK's secret. For local
 * simulators and tests; a client never needs it.
 */
export async function verifySignature(
  request: Request,
  options: VerifyOptions,
  body?: Uint8Array,
): Promise<VerifyResult> {
  const header = request.headers.get("authorization");
  if (!header) return failure("no Authorization header");
  const match = AUTHORIZATION.exec(header);
  if (!match)
    return failure(
      "Authorization header is not SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…",
    );
  const [, accessKey, signedList, signature] = match as unknown as [string, string, string, string];
  const signedHeaders = signedList.split(";");
  if (!signedHeaders.includes("x-sdk-date")) return failure("x-sdk-date is not a signed header");
  const sdkDate = request.headers.get("x-sdk-date") ?? "";
  const date = parseSdkDate(sdkDate);
  if (!date) return failure("x-sdk-date is not of the form YYYYMMDDTHHMMSSZ");
  const now = options.now ?? new Date();
  if (Math.abs(now.getTime() - date.getTime()) > (options.maxSkewMs ?? MAX_CLOCK_SKEW_MS)) {
    return failure("signature expired");
  }
  const secret = options.secretFor(accessKey);
  if (secret === undefined) return failure("access key not found");

  const bytes =
    body ?? (request.body ? new Uint8Array(await request.clone().arrayBuffer()) : undefined);
  const canonicalRequest = await buildCanonicalRequest(
    { method: request.method, url: new URL(request.url), headers: request.headers, body: bytes },
    signedHeaders,
  );
  const expected = await createHmacSigner(secret)(
    await buildStringToSign(sdkDate, canonicalRequest),
  );
  if (!sameText(expected, signature)) return failure("verify aksk signature fail");
  return { ok: true, accessKey, signedHeaders };
}

export interface GatewayOptions extends Omit<VerifyOptions, "secretFor"> {
  /** The secret key of an access key, or undefined when the AK is unknown (AK/SK requests). */
  secretFor?: ((accessKey: string) => string | undefined) | undefined;
  /** Whether an IAM token (`X-Auth-Token`) is valid (token requests). */
  acceptToken?: ((token: string) => boolean) | undefined;
  /** Request id sent back in the body and `X-Request-Id`. Default: a random one. */
  requestId?: string | undefined;
}

function newRequestId(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, "");
}

/**
 * The authentication step of a simulated Huawei API Gateway: undefined when the request is
 * authenticated (a valid `SDK-HMAC-SHA256` signature, or a valid `X-Auth-Token` without an
 * `Authorization` header), otherwise the 401 `APIGW.0301` answer the gateway gives. For local
 * simulators and tests (e.g. inside an msw handler).
 */
export async function checkGatewayAuth(
  request: Request,
  options: GatewayOptions,
): Promise<Response | undefined> {
  let message: string | undefined;
  const token = request.headers.get("x-auth-token");
  if (token !== null && !request.headers.has("authorization")) {
    if (!options.acceptToken?.(token))
      message = "Incorrect IAM authentication information: decrypt token fail";
  } else {
    const { secretFor } = options;
    const result = await verifySignature(request, {
      ...options,
      secretFor: (accessKey) => secretFor?.(accessKey),
    });
    if (!result.ok) message = result.message;
  }
  if (message === undefined) return undefined;
  const requestId = options.requestId ?? newRequestId();
  return new Response(
    JSON.stringify({ error_msg: message, error_code: IAM_AUTH_ERROR_CODE, request_id: requestId }),
    {
      status: 401,
      headers: { "Content-Type": "application/json", "X-Request-Id": requestId },
    },
  );
}
