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

/** Credential headers by name (Authorization, Cookie, X-Auth-Token, X-Amz-Security-Token, …). */
const CREDENTIAL_HEADER = /^(proxy-)?authorization$|^cookie$|-token$/;

/**
 * Headers an auth hook sets whose values are public by protocol: signature dates, the payload
 * hash and Huawei's project id. Scrubbing them would hide the clock skew an expired-signature
 * message reports, or the project a 403 names.
 */
const PUBLIC_HEADER = /(^|-)date$|-sha256$|^x-project-id$/;

/** Auth-params that name rather than prove: SigV4's credential scope, Huawei's AK, the header list. */
const PUBLIC_PARAM = /^(credential|access|signedheaders)$/i;

/** RFC 7235 token68: `Bearer <token>`, `Basic <base64>`. */
const TOKEN68 = /^[\w.~+/-]+=*$/;

/**
 * The secret strings in one credential header value: the whole value and its credential parts
 * (the token after `Bearer `/`Basic `, quoted `subjectToken`/`appToken` values, a `Signature=`),
 * never the parts that only name the caller (`Credential=`, `Access=`).
 */
export function credentialSecrets(value: string): string[] {
  const whole = value.trim();
  const secrets = [whole];
  const space = whole.indexOf(" ");
  if (space < 0) return secrets;
  const rest = whole.slice(space + 1).trim();
  if (TOKEN68.test(rest)) {
    secrets.push(rest);
    return secrets;
  }
  // `name=value, name="value"`: the tokens these schemes quote never hold a comma.
  for (const param of rest.split(",")) {
    const equals = param.indexOf("=");
    if (equals > 0 && !PUBLIC_PARAM.test(param.slice(0, equals).trim())) {
      secrets.push(
        param
          .slice(equals + 1)
          .trim()
          .replace(/^"|"$/g, ""),
      );
    }
  }
  return secrets;
}

/**
 * The ways a server may repeat a secret: as is, JSON-escaped (`/` as `\/` too), percent-encoded
 * as a URI component or as a form value (Java's URLEncoder, URLSearchParams: `!'()~` escaped too).
 */
function encodedForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const uri = encodeURIComponent(secret);
  return [secret, json, json.replaceAll("/", "\\/"), uri, uri.replace(/[!'()~]/g, escape)];
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
  return (text) => {
    let out = text;
    for (const form of ordered) out = out.replaceAll(form, REDACTED);
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
        if (PUBLIC_HEADER.test(name)) continue;
        // (A name like `constructor` reads the prototype: counted as changed, so scrubbed.)
        if (given[name] !== value || CREDENTIAL_HEADER.test(name)) {
          secrets.push(...credentialSecrets(value));
        }
      }
      scrub = secretScrubber(secrets);
    }
    return scrub(text);
  };
}
