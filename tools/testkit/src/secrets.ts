import { inspect } from "node:util";

/** One way an error was shown, and what it showed. */
export interface Rendering {
  /** How it was rendered, e.g. `cause[1] JSON.stringify`. */
  via: string;
  text: string;
}

/**
 * Every way a caller may show or log an error: `String(err)`, `err.message`, `err.stack`,
 * `JSON.stringify(err)`, `util.inspect(err, { depth: Infinity })` (also with hidden properties and
 * getters), then the same for each cause down the chain (causes that are not errors included).
 */
export function renderError(error: unknown): Rendering[] {
  const out: Rendering[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth++) {
    const at = depth === 0 ? "" : `cause[${depth}] `;
    out.push({ via: `${at}String`, text: String(current) });
    try {
      out.push({ via: `${at}JSON.stringify`, text: JSON.stringify(current) ?? "" });
    } catch {
      // A value JSON cannot serialise cannot leak through JSON either.
    }
    out.push({ via: `${at}inspect`, text: inspect(current, { depth: Number.POSITIVE_INFINITY }) });
    out.push({
      via: `${at}inspect (hidden, getters)`,
      text: inspect(current, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
    });
    if (!(current instanceof Error)) break;
    out.push({ via: `${at}message`, text: current.message });
    out.push({ via: `${at}stack`, text: current.stack ?? "" });
    current = current.cause;
  }
  return out;
}

/** The rendered texts only (see {@link renderError}). */
export function errorRenderings(error: unknown): string[] {
  return renderError(error).map((rendering) => rendering.text);
}

/** A secret as sent, JSON-escaped (`/` as `\/`) and percent-encoded (URI component, form value). */
function leakedForms(secret: string): Set<string> {
  return new Set([
    secret,
    secret.replaceAll("/", "\\/"),
    encodeURIComponent(secret),
    new URLSearchParams([["", secret]]).toString().slice(1),
  ]);
}

/**
 * Throws when any rendering of `error` (see {@link renderError}), or any of the `also` texts (log
 * lines, attempt events), contains any of `secrets`, as sent, JSON-escaped or percent-encoded.
 * Empty secrets are ignored. The failure names the rendering and shows the text around the leak.
 */
export function assertNoSecrets(
  error: unknown,
  secrets: readonly string[],
  also: readonly string[] = [],
): void {
  const renderings = [
    ...renderError(error),
    ...also.map((text, index) => ({ via: `also[${index}]`, text })),
  ];
  for (const secret of new Set(secrets.flatMap((s) => (s === "" ? [] : [...leakedForms(s)])))) {
    for (const { via, text } of renderings) {
      const at = text.indexOf(secret);
      if (at < 0) continue;
      const around = text.slice(Math.max(0, at - 60), at + secret.length + 60);
      throw new Error(
        `a secret (${secret.slice(0, 6)}…, ${secret.length} chars) leaked through ${via}: …${around}…`,
      );
    }
  }
}

/** Credential headers by name, as a test collects what went out. */
const CREDENTIAL_HEADERS = [
  "authorization",
  "x-amz-security-token",
  "x-security-token",
  "x-auth-token",
];

/**
 * The credentials in the headers of a request as it reached the server: each credential header
 * whole, and the secret parts of an Authorization value (the token after `Bearer `/`Basic `, a
 * `Signature=`, quoted `subjectToken`/`appToken` values).
 */
export function sentCredentials(headers: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const name of CREDENTIAL_HEADERS) {
    const value = headers[name];
    if (value) out.push(value);
  }
  const authorization = headers["authorization"] ?? "";
  for (const pattern of [
    /^(?:Bearer|Basic) (\S+)$/,
    /Signature=([0-9a-f]+)/,
    /subjectToken="([^"]+)"/,
    /appToken="([^"]+)"/,
  ]) {
    const part = pattern.exec(authorization)?.[1];
    if (part) out.push(part);
  }
  return out;
}
