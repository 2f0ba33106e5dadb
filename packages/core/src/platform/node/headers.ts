/**
 * A `Headers` for the Node runtime. Node's global `Headers` is undici's, and its first use loads
 * all of undici (15-30 ms), which a client on `node:http` otherwise never needs: this class has
 * the same methods and semantics (names case-insensitive, values trimmed, invalid ones refused
 * with a TypeError, iteration sorted by name with repeated fields combined, `set-cookie` apart).
 * Only `instanceof Headers` tells them apart; `new Headers(ours)` copies it.
 */

// RFC 9110 token characters.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// RFC 9110 field values hold no NUL, CR or LF, and fetch's are byte strings (nothing past U+00FF).
const FORBIDDEN_IN_VALUE = /[\0\r\n\u0100-\uffff]/;
// Leading and trailing HTTP whitespace, which fetch strips.
const EDGE_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

function checkedName(name: string): string {
  const text = String(name);
  if (!TOKEN.test(text)) throw new TypeError(`Headers: "${text}" is an invalid header name.`);
  return text.toLowerCase();
}

function checkedValue(value: string): string {
  let text = String(value);
  const last = text.length - 1;
  if (last >= 0 && (text.charCodeAt(0) <= 0x20 || text.charCodeAt(last) <= 0x20)) {
    text = text.replace(EDGE_WHITESPACE, "");
  }
  if (FORBIDDEN_IN_VALUE.test(text)) {
    throw new TypeError(
      "Headers: a header value must not contain NUL, CR, LF or a character past U+00FF.",
    );
  }
  return text;
}

export class NodeHeaders implements Headers {
  // Lower-case name -> values in the order they were added.
  readonly #fields = new Map<string, string[]>();

  constructor(init?: HeadersInit) {
    if (init === undefined || init === null) return;
    if (typeof (init as Iterable<unknown>)[Symbol.iterator] === "function") {
      for (const pair of init as Iterable<readonly string[]>) {
        if (pair.length !== 2)
          throw new TypeError("Headers: each header must be a [name, value] pair.");
        this.append(pair[0]!, pair[1]!);
      }
      return;
    }
    const record = init as Record<string, string>;
    for (const name of Object.keys(record)) this.append(name, record[name]!);
  }

  append(name: string, value: string): void {
    const key = checkedName(name);
    const text = checkedValue(value);
    const values = this.#fields.get(key);
    if (values) values.push(text);
    else this.#fields.set(key, [text]);
  }

  set(name: string, value: string): void {
    this.#fields.set(checkedName(name), [checkedValue(value)]);
  }

  get(name: string): string | null {
    const values = this.#fields.get(checkedName(name));
    if (values === undefined) return null;
    return values.length === 1 ? values[0]! : values.join(", ");
  }

  has(name: string): boolean {
    return this.#fields.has(checkedName(name));
  }

  delete(name: string): void {
    this.#fields.delete(checkedName(name));
  }

  /**
   * Appends what Node's HTTP parser has already checked (names are tokens, values hold no CR, LF
   * or NUL, and are trimmed): an answer's raw header list, without checking it twice.
   */
  appendParsed(name: string, value: string): void {
    const key = name.toLowerCase();
    const values = this.#fields.get(key);
    if (values) values.push(value);
    else this.#fields.set(key, [value]);
  }

  /** Each name with its value (repeated fields combined), in no particular order. */
  record(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, values] of this.#fields) {
      out[name] = values.length === 1 ? values[0]! : values.join(", ");
    }
    return out;
  }

  getSetCookie(): string[] {
    return [...(this.#fields.get("set-cookie") ?? [])];
  }

  forEach(
    callback: (value: string, key: string, parent: Headers) => void,
    thisArg?: unknown,
  ): void {
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  *entries(): HeadersIterator<[string, string]> {
    const names = [...this.#fields.keys()];
    if (names.length > 1) names.sort();
    for (const name of names) {
      const values = this.#fields.get(name);
      if (values === undefined) continue;
      if (name === "set-cookie") for (const value of values) yield [name, value];
      else yield [name, values.length === 1 ? values[0]! : values.join(", ")];
    }
  }

  *keys(): HeadersIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): HeadersIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): HeadersIterator<[string, string]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return "Headers";
  }
}
