// The proxy and ca options' rules without a network: which proxy the environment names for a
// URL (NO_PROXY's grammar), how bad values are refused, what the fetch runtime does with them,
// and which CAs the Node runtime trusts when given `ca`.
import { describe, expect, it } from "vitest";
import { createProviderClient } from "../src/client.js";
import { ConfigurationError } from "../src/errors.js";
import type { NetworkOptions } from "../src/network.js";
import { defaultSender as webSender } from "../src/platform/web.js";
import { noProxyMatches, proxyFor } from "../src/platform/node/proxy-env.js";
import { defaultCertificates } from "../src/platform/node/trust.js";
import { createCertificateAuthority } from "./support/certificates.js";

const PEM = createCertificateAuthority().cert;
const DAMAGED = PEM.replace(/\n[A-Za-z0-9+/]{64}\n/, "\nAAAA\n");

describe("NO_PROXY", () => {
  // Go's httpproxy rules (golang.org/x/net/http/httpproxy), loopback included.
  it.each([
    ["*", "https://vendor.example.com", true],
    ["example.com", "https://example.com", true],
    ["example.com", "https://api.example.com", true],
    ["example.com", "https://badexample.com", false],
    [".example.com", "https://api.example.com", true],
    [".example.com", "https://example.com", false],
    ["*.example.com", "https://a.b.example.com", true],
    ["*.example.com", "https://example.com", false],
    [" Example.COM ", "https://API.example.com", true],
    ["example.com:8443", "https://example.com:8443", true],
    ["example.com:8443", "https://example.com", false],
    ["example.com:443", "https://example.com", true],
    ["example.com:80", "http://example.com", true],
    ["127.0.0.1", "http://127.0.0.1:8080", true],
    ["127.0.0.1:8080", "http://127.0.0.1:8080", true],
    ["127.0.0.1:9090", "http://127.0.0.1:8080", false],
    ["localhost", "http://127.0.0.1:8080", false],
    ["localhost", "http://localhost:8080", true],
    ["127.0.0.0/8", "http://127.5.6.7", true],
    ["10.0.0.0/8", "http://127.0.0.1", false],
    ["192.168.0.0/23", "https://192.168.1.200", true],
    ["192.168.0.0/23", "https://192.168.2.1", false],
    ["::1", "http://[::1]:8080", true],
    ["[::1]:8080", "http://[::1]:8080", true],
    ["[::1]:9090", "http://[::1]:8080", false],
    ["fd00::/8", "https://[fd12:3456::1]", true],
    ["fd00::/8", "https://[fe80::1]", false],
    ["0:0:0:0:0:0:0:1", "http://[::1]", true],
    ["127.0.0.1", "http://[::1]", false],
    ["1.2.3.4", "https://1.2.3.4.example.com", false],
    ["foo.com,,  ,bar.com", "https://x.bar.com", true],
    ["", "https://example.com", false],
  ])("%j for %s: %s", (list, url, direct) => {
    expect(noProxyMatches(list, new URL(url))).toBe(direct);
  });
});

describe("the proxy a client takes", () => {
  const https = new URL("https://vendor.example.com/api");
  const http = new URL("http://127.0.0.1:8080");

  it("follows the target's scheme, lower case first, empty as unset", () => {
    const env = {
      https_proxy: "http://lower:1",
      HTTPS_PROXY: "http://upper:1",
      HTTP_PROXY: "http://plain:1",
    };
    expect(proxyFor(https, undefined, "t", env)).toMatchObject({
      from: "https_proxy",
      origin: "http://lower:1",
    });
    expect(proxyFor(https, undefined, "t", { ...env, https_proxy: " " })?.from).toBe("HTTPS_PROXY");
    expect(proxyFor(http, undefined, "t", env)?.from).toBe("HTTP_PROXY");
    expect(proxyFor(https, undefined, "t", { HTTP_PROXY: "http://plain:1" })).toBeUndefined();
  });

  it("no_proxy wins over NO_PROXY", () => {
    const env = { HTTPS_PROXY: "http://p:1", no_proxy: "other.com", NO_PROXY: "example.com" };
    expect(proxyFor(https, undefined, "t", env)).toBeDefined();
    expect(proxyFor(https, undefined, "t", { ...env, no_proxy: "" })).toBeUndefined();
  });

  it("an option wins over the environment; false ignores it", () => {
    const env = { HTTPS_PROXY: "http://env:1", NO_PROXY: "*" };
    expect(proxyFor(https, "proxy.corp:3128", "t", env)).toMatchObject({
      from: "proxy",
      origin: "http://proxy.corp:3128",
    });
    expect(proxyFor(https, false, "t", { HTTPS_PROXY: "http://env:1" })).toBeUndefined();
  });

  it("keeps an https: proxy's scheme, adds http:// where there is none, never keeps credentials in the origin", () => {
    expect(proxyFor(https, "https://u:p@tls-proxy:8443", "t", {})?.origin).toBe(
      "https://tls-proxy:8443",
    );
    expect(proxyFor(https, "//proxy:3128", "t", {})?.origin).toBe("http://proxy:3128");
  });
});

describe("bad proxy and ca values", () => {
  const make = (options: Record<string, unknown>) => () =>
    createProviderClient(
      { provider: "test", errors: { code: [], message: [], requestId: [] } },
      { baseUrl: "https://vendor.example.com", ...options },
    );
  const fetch = globalThis.fetch;

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    [
      "a socks proxy",
      { proxy: "socks5://user:hunter2@proxy:1080" },
      "proxy",
      /^proxy uses socks5:, which is not supported/,
    ],
    [
      "a proxy that is no URL",
      { proxy: "http://user:hunter2@[bad" },
      "proxy",
      /^proxy is not a proxy URL/,
    ],
    ["an empty proxy", { proxy: "" }, "proxy", /^proxy must be a proxy URL or false$/],
    [
      "a password that is not percent-encoded",
      { proxy: "http://user:hunter2%zz@proxy:3128" },
      "proxy",
      /^proxy has a user name or password that is not valid percent-encoding$/,
    ],
    ["proxy: true", { proxy: true }, "proxy", /^proxy must be a proxy URL or false$/],
    ["a ca that is no PEM", { ca: "not a certificate" }, "ca", /^ca holds no PEM certificate/],
    [
      "a ca list holding a number",
      { ca: [PEM, 42] },
      "ca[1]",
      /^ca\[1\] must be PEM text or its bytes$/,
    ],
    ["an empty ca list", { ca: [] }, "ca", /^ca is an empty list/],
    [
      "a damaged certificate",
      { ca: [PEM, DAMAGED] },
      "ca[1]",
      /^ca\[1\] holds a PEM certificate that does not parse$/,
    ],
    [
      "proxy with a fetch",
      { proxy: "http://proxy:3128", fetch },
      "proxy",
      /^proxy applies to the Node runtime's own sender only, not to fetch$/,
    ],
    [
      "proxy: false with a fetch",
      { proxy: false, fetch },
      "proxy",
      /^proxy applies to the Node runtime's own sender only/,
    ],
    [
      "ca with a fetch",
      { ca: PEM, fetch },
      "ca",
      /^ca applies to the Node runtime's own sender only/,
    ],
  ])(
    "%s is a ConfigurationError naming the option (never the password)",
    (_name, options, subject, message) => {
      let thrown: unknown;
      try {
        make(options)();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ConfigurationError);
      expect(thrown).toMatchObject({ subject, provider: "test" });
      expect((thrown as Error).message).toMatch(message);
      expect(JSON.stringify(thrown) + String(thrown)).not.toContain("hunter2");
    },
  );

  it("accepts a PEM string, its bytes, and lists of them", () => {
    expect(make({ ca: PEM })).not.toThrow();
    expect(make({ ca: [PEM, new TextEncoder().encode(PEM)] })).not.toThrow();
    expect(make({ proxy: false, fetch: undefined })).not.toThrow();
  });
});

describe("the fetch runtime", () => {
  it.each<[string, NetworkOptions, RegExp]>([
    [
      "a proxy",
      { proxy: "http://proxy:3128" },
      /^proxy applies to the Node runtime's own sender only, not to fetch$/,
    ],
    ["proxy: false", { proxy: false }, /^proxy applies to the Node runtime's own sender only/],
    ["a ca", { ca: PEM }, /^ca applies to the Node runtime's own sender only/],
    [
      "both",
      { proxy: "http://proxy:3128", ca: PEM },
      /^proxy applies to the Node runtime's own sender only/,
    ],
  ])("refuses %s with a ConfigurationError", (_name, options, message) => {
    expect(() => webSender({ ...options, provider: "test" })).toThrow(message);
    expect(() => webSender({ ...options, provider: "test" })).toThrow(ConfigurationError);
  });

  it("sends with the global fetch when neither is given", () => {
    expect(webSender({ provider: "test" })).toHaveProperty("send");
  });
});

describe("the CAs a ca option trusts besides its own", () => {
  const roots = ["ROOT-1", "ROOT-2"];

  it("Node's defaults as Node lists them, where it can (22.15+)", () => {
    const tls = { rootCertificates: roots, getCACertificates: () => ["DEFAULT-1", "EXTRA-1"] };
    expect(defaultCertificates(tls, {}, () => "")).toEqual(["DEFAULT-1", "EXTRA-1"]);
  });

  it("else the bundled roots and the NODE_EXTRA_CA_CERTS file, as Node 20 reads them", () => {
    const read: string[] = [];
    const file = (path: string) => {
      read.push(path);
      return PEM;
    };
    expect(
      defaultCertificates({ rootCertificates: roots }, { NODE_EXTRA_CA_CERTS: "/x.pem" }, file),
    ).toEqual([...roots, PEM]);
    expect(read).toEqual(["/x.pem"]);
    expect(defaultCertificates({ rootCertificates: roots }, {}, file)).toEqual(roots);
  });

  it("skips an unreadable NODE_EXTRA_CA_CERTS file, as Node does", () => {
    const missing = () => {
      throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
    };
    expect(
      defaultCertificates({ rootCertificates: roots }, { NODE_EXTRA_CA_CERTS: "/nope" }, missing),
    ).toEqual(roots);
  });
});
