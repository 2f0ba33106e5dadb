/**
 * Which proxy a client's requests take: the `proxy` option, else the environment, as the vendors'
 * CLIs read it.
 *
 * - The variable follows the target's scheme: `https_proxy`/`HTTPS_PROXY` for `https:`,
 *   `http_proxy`/`HTTP_PROXY` for `http:` (no fallback from one to the other), as botocore
 *   (urllib's `getproxies_environment`) and Go's `golang.org/x/net/http/httpproxy` (Databricks CLI)
 *   do. Where both spellings are set, the lower-case one wins, as in urllib and curl (Go checks
 *   the upper-case first: set one spelling only). An empty value counts as unset.
 * - Under CGI (`REQUEST_METHOD` set) upper-case `HTTP_PROXY` is ignored: a client's `Proxy:`
 *   header would set it (httpoxy), as urllib does.
 * - `no_proxy`/`NO_PROXY` (lower-case first) follows Go's httpproxy grammar, a superset of
 *   urllib's: a comma list of `*` (no proxy at all), IPs (`10.1.2.3`, `::1`), CIDR ranges
 *   (`10.0.0.0/8`), host names that match themselves and their subdomains (`example.com`), and
 *   `.example.com` or `*.example.com` for subdomains only; an IP or name may carry `:port`.
 * - Unlike Go, loopback hosts get no exception: `localhost` and `127.0.0.1` take the proxy unless
 *   `NO_PROXY` lists them, as in botocore and curl.
 *
 * The `proxy` option applies to every request, whatever `NO_PROXY` says (a client talks to one
 * host: leave the option out to go direct), as an explicit proxy does in botocore and Go.
 */
import { ConfigurationError } from "../../errors.js";

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** A proxy by its origin alone: never its user name or password. */
export function proxyOrigin(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/**
 * A proxy setting as a URL. A value without a scheme is an `http:` proxy, as curl, Go's
 * `httpproxy` and botocore read one; only `http:` and `https:` proxies are supported. Errors name
 * the setting (`subject`), never its value, which may hold a password.
 */
export function parseProxyUrl(raw: string, subject: string, provider?: string): URL {
  const fail = (problem: string) =>
    new ConfigurationError(`${subject} ${problem}`, {
      provider,
      subject,
      problem,
      fix: { example: "http://proxy.example.com:3128" },
    });
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(SCHEME.test(text) ? text : `http://${text.replace(/^\/\//, "")}`);
  } catch {
    throw fail("is not a proxy URL (expected e.g. http://proxy.example.com:3128)");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw fail(`uses ${url.protocol}, which is not supported: use an http:// or https:// proxy`);
  }
  if (url.hostname === "") throw fail("has no host");
  try {
    decodeURIComponent(url.username + url.password);
  } catch {
    throw fail("has a user name or password that is not valid percent-encoding");
  }
  return url;
}

/** The proxy a client's requests go through, and which setting named it (for its errors). */
export interface ProxyChoice {
  url: URL;
  /** `proxy` or the variable it was read from, e.g. `HTTPS_PROXY`. */
  from: string;
  /** The proxy's origin, without credentials. */
  origin: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const processEnv = (): Env => (globalThis as { process?: { env?: Env } }).process?.env ?? {};

/** The first of these variables that is set and not empty, with its name. */
function firstSet(env: Env, names: readonly string[]): [string, string] | undefined {
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value.trim() !== "") return [name, value];
  }
  return undefined;
}

/** The proxy for requests to `target`, or undefined to connect directly. */
export function proxyFor(
  target: URL,
  option: string | false | undefined,
  provider?: string,
  env: Env = processEnv(),
): ProxyChoice | undefined {
  if (option === false) return undefined;
  if (option !== undefined && (typeof option !== "string" || option.trim() === "")) {
    const problem = "must be a proxy URL or false";
    throw new ConfigurationError(`proxy ${problem}`, { provider, subject: "proxy", problem });
  }
  if (typeof option === "string") {
    const url = parseProxyUrl(option, "proxy", provider);
    return { url, from: "proxy", origin: proxyOrigin(url) };
  }
  const names =
    target.protocol === "https:"
      ? ["https_proxy", "HTTPS_PROXY"]
      : firstSet(env, ["REQUEST_METHOD"]) !== undefined
        ? ["http_proxy"]
        : ["http_proxy", "HTTP_PROXY"];
  const found = firstSet(env, names);
  if (found === undefined) return undefined;
  const noProxy = firstSet(env, ["no_proxy", "NO_PROXY"]);
  if (noProxy !== undefined && noProxyMatches(noProxy[1], target)) return undefined;
  const [from, value] = found;
  const url = parseProxyUrl(value, from, provider);
  return { url, from, origin: proxyOrigin(url) };
}

const DEFAULT_PORTS: Record<string, string> = { "http:": "80", "https:": "443" };

/** An IPv4 or IPv6 address as bytes, or undefined for anything else. */
function ipBytes(text: string): number[] | undefined {
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(text)) {
    const parts = text.split(".").map(Number);
    return parts.every((part) => part <= 255) ? parts : undefined;
  }
  if (!text.includes(":")) return undefined;
  let host: string;
  try {
    // The URL parser validates and canonicalises IPv6 (with an embedded IPv4 tail too).
    host = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  } catch {
    return undefined;
  }
  const [head = "", tail] = host.split("::");
  const groups = (part: string) => (part === "" ? [] : part.split(":"));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const words = [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return words.flatMap((word) => {
    const value = Number.parseInt(word, 16);
    return [value >> 8, value & 0xff];
  });
}

/** Whether `bytes` lie in the range of `prefix` bytes of which the first `bits` count. */
function inRange(bytes: number[], prefix: number[], bits: number): boolean {
  if (bytes.length !== prefix.length || bits > bytes.length * 8) return false;
  for (let bit = 0; bit < bits; bit += 8) {
    const mask = bits - bit >= 8 ? 0xff : (0xff << (8 - (bits - bit))) & 0xff;
    const index = bit / 8;
    if ((bytes[index]! & mask) !== (prefix[index]! & mask)) return false;
  }
  return true;
}

/** One `NO_PROXY` entry as a host and an optional port (`[::1]:80`, `1.2.3.4:80`, `a.com:80`). */
function splitEntry(entry: string): { host: string; port: string | undefined } {
  const bracketed = /^\[([^\]]*)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { host: bracketed[1]!, port: bracketed[2] };
  const colon = entry.indexOf(":");
  // More than one colon and no brackets: a bare IPv6 address.
  if (colon < 0 || entry.indexOf(":", colon + 1) >= 0) return { host: entry, port: undefined };
  return { host: entry.slice(0, colon), port: entry.slice(colon + 1) };
}

/** Whether a `NO_PROXY` list sends requests to `target` directly (see the rules above). */
export function noProxyMatches(list: string, target: URL): boolean {
  const host = target.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = target.port || DEFAULT_PORTS[target.protocol] || "";
  const targetIp = ipBytes(host);
  for (const raw of list.split(",")) {
    const entry = raw.trim().toLowerCase();
    if (entry === "") continue;
    if (entry === "*") return true;
    const cidr = /^(.+)\/(\d{1,3})$/.exec(entry);
    if (cidr) {
      const prefix = ipBytes(cidr[1]!);
      if (prefix && targetIp && inRange(targetIp, prefix, Number(cidr[2]))) return true;
      continue;
    }
    const { host: name, port: entryPort } = splitEntry(entry);
    if (name === "" || (entryPort !== undefined && entryPort !== port)) continue;
    const entryIp = ipBytes(name);
    if (entryIp) {
      if (targetIp && inRange(targetIp, entryIp, entryIp.length * 8)) return true;
      continue;
    }
    // Host names never match an IP target.
    if (targetIp) continue;
    const suffix = name.startsWith("*.") ? name.slice(1) : name;
    if (suffix.startsWith(".")) {
      if (host.endsWith(suffix)) return true;
    } else if (host === suffix || host.endsWith(`.${suffix}`)) {
      return true;
    }
  }
  return false;
}
