/**
 * Scrubbing the credentials an attempt sent out of what the server answered. A vendor or a proxy
 * may repeat the request in its error (AWS prints its canonical request with the session token, a
 * proxy page prints the Authorization header); that text becomes an error's message, body and
 * snippet, so it is scrubbed before anything is parsed or kept. Only error answers are scrubbed.
 */

/** What a scrubbed credential is replaced with. */
export const REDACTED = "[REDACTED]";

/** Shorter fragments are never scrubbed: no credential is that short, and ordinary words are. */
const MIN_SECRET_LENGTH = 8;

/** Credential headers by name: secret even when set without an auth hook. */
const CREDENTIAL_HEADERS = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "x-auth-token",
  "x-amz-security-token",
  "x-security-token",
]);

/**
 * Headers an auth hook sets whose values are public by protocol: signature dates, the payload
 * hash and Huawei's project id. Scrubbing them would hide the clock skew an expired-signature
 * message reports, or the project a 403 names.
 */
const PUBLIC_HEADERS = new Set([
  "date",
  "x-amz-date",
  "x-sdk-date",
  "x-amz-content-sha256",
  "x-project-id",
]);

/** Auth-params that name rather than prove: SigV4's credential scope, Huawei's AK, the header list. */
const PUBLIC_PARAMS = new Set(["credential", "access", "signedheaders"]);

const TOKEN_CHARS = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
/** `Scheme rest`: the scheme of an Authorization-style value and what follows it. */
const SCHEME = new RegExp(`^(${TOKEN_CHARS}) +(\\S[^]*)$`);
/** RFC 7235 token68: `Bearer <token>`, `Basic <base64>`. */
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;
/** One auth-param, `name=value` or `name="quoted value"`. */
const AUTH_PARAM = new RegExp(`(${TOKEN_CHARS})\\s*=\\s*("(?:[^"\\\\]|\\\\.)*"|[^\\s,]*)`, "g");

/**
 * The secret strings in one credential header value: the whole value and its credential parts
 * (the token after `Bearer `/`Basic `, Basic's decoded password, quoted `subjectToken`/`appToken`
 * values, a `Signature=`), never the parts that only name the caller (`Credential=`, `Access=`).
 */
export function credentialSecrets(value: string): string[] {
  const whole = value.trim();
  const secrets = [whole];
  const match = SCHEME.exec(whole);
  if (!match) return secrets;
  const scheme = match[1]!.toLowerCase();
  const rest = match[2]!.trim();
  if (TOKEN68.test(rest)) {
    secrets.push(rest);
    if (scheme === "basic") secrets.push(...basicSecrets(rest));
    return secrets;
  }
  for (const [, name, raw] of rest.matchAll(AUTH_PARAM)) {
    if (PUBLIC_PARAMS.has(name!.toLowerCase())) continue;
    const quoted = raw!.startsWith('"');
    secrets.push(quoted ? raw!.slice(1, -1).replace(/\\(.)/g, "$1") : raw!);
  }
  return secrets;
}

/** Basic's `id:password`, the password, and the password form-decoded (RFC 6749 §2.3.1). */
function basicSecrets(encoded: string): string[] {
  let decoded: string;
  try {
    decoded = atob(encoded);
  } catch {
    return [];
  }
  const colon = decoded.indexOf(":");
  if (colon < 0) return [decoded];
  const password = decoded.slice(colon + 1);
  const out = [decoded, password];
  try {
    out.push(decodeURIComponent(password.replace(/\+/g, " ")));
  } catch {
    // Not form-encoded: the password as sent is already listed.
  }
  return out;
}

const lowerHex = (text: string) => text.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase());
/** What application/x-www-form-urlencoded escapes beyond encodeURIComponent. */
const FORM_ONLY = /[!'()~]/;

/**
 * The ways a server may repeat a secret: as is, JSON-escaped (`/` as `\/` too), percent-encoded
 * as a URI component or as a form value (space as `+` or `%20`, hex digits in either case).
 */
function encodedForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const forms = [secret, json, json.replaceAll("/", "\\/")];
  const uri = encodeURIComponent(secret);
  // Most tokens (hex, base64url) read the same percent-encoded: nothing more to list.
  if (uri === secret && !FORM_ONLY.test(secret)) return forms;
  const form = uri
    .replace(/[!'()~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replaceAll("%20", "+");
  for (const encoded of [uri, form, form.replaceAll("+", "%20")]) {
    forms.push(encoded, lowerHex(encoded));
  }
  return forms;
}

/**
 * A function that replaces every secret (and its JSON-escaped and percent-encoded forms) in a
 * text with `[REDACTED]`. Secrets shorter than 8 characters are left alone.
 */
export function secretScrubber(secrets: Iterable<string>): (text: string) => string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of encodedForms(secret)) forms.add(form);
  }
  // Longest first: a whole header value goes before the token inside it.
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const form of ordered) if (out.includes(form)) out = out.split(form).join(REDACTED);
    return out;
  };
}

/**
 * The scrubber of one attempt: every header the auth hook added or changed (compared with the
 * headers it was given) is a credential, as is any credential header by name. Built on first use,
 * so an attempt that succeeds pays nothing.
 */
export function attemptScrubber(
  sent: Headers,
  given: Readonly<Record<string, string>>,
): (text: string) => string {
  let scrub: ((text: string) => string) | undefined;
  return (text) => {
    if (!scrub) {
      const secrets: string[] = [];
      for (const [name, value] of sent) {
        if (PUBLIC_HEADERS.has(name)) continue;
        const changed = !(Object.hasOwn(given, name) && given[name] === value);
        if (changed || CREDENTIAL_HEADERS.has(name)) secrets.push(...credentialSecrets(value));
      }
      scrub = secretScrubber(secrets);
    }
    return scrub(text);
  };
}
