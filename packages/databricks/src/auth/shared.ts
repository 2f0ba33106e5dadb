/**
 * Small helpers of the Databricks auth adapter. Nothing here imports from `node:`: the adapter runs
 * wherever `fetch` and WebCrypto do.
 */

/**
 * RFC 6750 `b64token`: the only characters a bearer token may have. Anything else (whitespace,
 * quotes, commas, CR/LF, non-ASCII) could split or inject a header, or is a copy-paste mistake.
 */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/** What is wrong with a bearer token, or undefined when it can be sent. Never quotes the value. */
export function checkBearerToken(value: unknown): string | undefined {
  if (typeof value !== "string") return `must be a string, got ${typeof value}`;
  if (value === "") return "is empty";
  if (!B64TOKEN.test(value)) {
    return "must contain only the characters a bearer token may have (A-Z a-z 0-9 - . _ ~ + / and trailing =); it has others (whitespace, quotes, CR/LF, …)";
  }
  return undefined;
}

/** Whether any string reachable from an error (message, stack, cause chain) contains a secret. */
export function mentionsSecret(error: unknown, secrets: readonly string[]): boolean {
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const texts: string[] = [];
    if (current instanceof Error) {
      texts.push(current.message, current.stack ?? "");
    } else if (typeof current === "object") {
      try {
        texts.push(JSON.stringify(current));
      } catch {
        texts.push("");
      }
    }
    texts.push(String(current));
    if (texts.some((text) => secrets.some((s) => s.length >= 4 && text.includes(s)))) return true;
    current = current instanceof Error ? current.cause : undefined;
  }
  return false;
}

/** A short, single-line description of an error's cause chain. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code;
      parts.push(typeof code === "string" ? `${current.message} (${code})` : current.message);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return (
    parts
      .join(": ")
      .replace(/[\r\n]+/g, " ")
      .slice(0, 300) || "unknown error"
  );
}

/**
 * Waits for `promise`, but rejects with the signal's reason as soon as `signal` aborts (the
 * attempt's timeout or the caller's AbortSignal), so a slow token request never outlives its call.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/** Reads at most `limit` bytes of a body as text (the rest is cancelled). */
export async function readLimited(response: Response, limit: number): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    if (size >= limit) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
  const bytes = new Uint8Array(Math.min(size, limit));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - offset);
    bytes.set(part, offset);
    offset += part.length;
  }
  return new TextDecoder().decode(bytes);
}
