/**
 * Answers that repeat the request back, as misbehaving vendors and proxies do: a JSON error whose
 * message lists every request header, the same with `/` escaped as `\/`, a proxy's HTML page, and
 * AWS's InvalidSignatureException that prints the canonical request (session token included).
 * Each also repeats the headers percent-encoded, as a query string.
 */

export const ECHO_STYLES = ["json", "json-escaped", "html", "aws-canonical"] as const;
export type EchoStyle = (typeof ECHO_STYLES)[number];

/** The status each style answers with (401 and 403 both covered). */
export const ECHO_STATUS: Record<EchoStyle, 401 | 403> = {
  json: 401,
  "json-escaped": 403,
  html: 401,
  "aws-canonical": 403,
};

const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** Credentials first, as a page complaining about them shows them (and a snippet keeps them). */
const isCredential = (name: string) => name === "authorization" || name.endsWith("-token");

/** What the echoing server repeats: headers as `name: value` lines and as a query string. */
function echoOf(request: Request): { lines: string; query: string } {
  const headers = [...request.headers].sort(
    ([a], [b]) => Number(isCredential(b)) - Number(isCredential(a)),
  );
  return {
    lines: headers.map(([name, value]) => `${name}: ${value}`).join("\n"),
    query: new URLSearchParams(headers).toString().replaceAll("+", "%20"),
  };
}

/** The canonical request and string to sign AWS prints when a signature does not match. */
function canonicalEcho(request: Request): string {
  const url = new URL(request.url);
  // The signed headers: every one but Authorization, which holds the signature.
  const headers = [...request.headers].filter(([name]) => name !== "authorization");
  if (!request.headers.has("host")) headers.push(["host", url.host]);
  headers.sort(([a], [b]) => (a < b ? -1 : 1));
  const date = request.headers.get("x-amz-date") ?? "20250101T000000Z";
  const canonical = [
    request.method,
    url.pathname,
    url.search.slice(1),
    ...headers.map(([name, value]) => `${name}:${value}`),
    "",
    headers.map(([name]) => name).join(";"),
    request.headers.get("x-amz-content-sha256") ?? EMPTY_SHA256,
  ].join("\n");
  return `The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'${canonical}'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n${date}\n${date.slice(0, 8)}/us-east-1/emr-serverless/aws4_request\n${EMPTY_SHA256}'\n`;
}

/**
 * An error answer (401 or 403, see {@link ECHO_STATUS}) repeating every header of `request`.
 * JSON answers put the echo in every field vendors keep their message in (`message`, `Message`,
 * `error_msg`, `error_description`) and the headers themselves under `headers`.
 */
export function echoAnswer(request: Request, style: EchoStyle): Response {
  const status = ECHO_STATUS[style];
  const { lines, query } = echoOf(request);
  if (style === "html") {
    const page = `<html><body><pre>${status} refused:\n${lines}\n${query}</pre></body></html>`;
    return new Response(page, { status, headers: { "content-type": "text/html" } });
  }
  const message =
    style === "aws-canonical"
      ? canonicalEcho(request)
      : `Request refused: ${query}\nIts headers:\n${lines}`;
  const body = JSON.stringify({
    error_code: "ECHO_DENIED",
    errorCode: "EchoDenied",
    code: "InvalidSignatureException",
    error: "invalid_client",
    message,
    Message: message,
    error_msg: message,
    error_description: message,
    headers: Object.fromEntries(request.headers),
  });
  return new Response(style === "json-escaped" ? body.replaceAll("/", "\\/") : body, {
    status,
    headers: {
      "content-type": "application/json",
      ...(style === "aws-canonical"
        ? { "x-amzn-errortype": "InvalidSignatureException:http://internal.amazon.com/coral/" }
        : {}),
    },
  });
}
