/// <reference types="node" />
/**
 * The agent of a proxied client: every request (https: and http: alike) goes through a CONNECT
 * tunnel, so the proxy sees the vendor's host and port and never the request (its credentials
 * included). The tunnelling is `https-proxy-agent` (TooTallNate/proxy-agents, the most used proxy
 * agent for Node), loaded on the first proxied request only, so an import of a client, and any
 * client without a proxy, never pays for it. Node 20 has no proxy support of its own for
 * `node:http` (Node 24's `NODE_USE_ENV_PROXY` covers the global agents only, not a client's own).
 */
import type * as Http from "node:http";
import type * as Net from "node:net";
import type * as Tls from "node:tls";
import type { HttpsProxyAgent as ProxyAgent, HttpsProxyAgentOptions } from "https-proxy-agent";
import { ProxyError } from "../../errors.js";
import { builtin } from "./builtin.js";
import type { ProxyChoice } from "./proxy-env.js";

type ConnectOptions = Parameters<ProxyAgent<string>["connect"]>[1];

/** How the proxy answered CONNECT, as https-proxy-agent reports it (`proxyConnect`). */
interface ConnectAnswer {
  statusCode: number;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && !error.message.includes(code)
    ? `${error.message} (${code})`
    : error.message;
}

/**
 * A keep-alive agent that tunnels through `proxy`, trusting `secureContext`'s CAs (when given)
 * for the vendor and an https: proxy. Resolves once https-proxy-agent is loaded.
 */
export async function createProxyAgent(
  proxy: ProxyChoice,
  options: { keepAliveMs: number; secureContext: Tls.SecureContext | undefined },
): Promise<Http.Agent> {
  const { HttpsProxyAgent } = await import("https-proxy-agent");
  const { url, origin, from } = proxy;
  const where = `proxy ${origin} (from ${from})`;
  const headers: Record<string, string> = {};
  if (url.username || url.password) {
    // Sent by us, not from the URL: https-proxy-agent logs its proxy URL under DEBUG, and the URL
    // it gets holds no credentials.
    const pair = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    headers["Proxy-Authorization"] = `Basic ${Buffer.from(pair).toString("base64")}`;
  }
  const { secureContext } = options;
  const agentOptions: HttpsProxyAgentOptions<string> = {
    keepAlive: true,
    timeout: options.keepAliveMs,
    headers,
    ...(secureContext ? { secureContext } : {}),
  };

  class TunnelAgent extends HttpsProxyAgent<string> {
    override async connect(req: Http.ClientRequest, opts: ConnectOptions): Promise<Net.Socket> {
      let answer: ConnectAnswer | undefined;
      const onAnswer = (connect: ConnectAnswer) => {
        answer = connect;
      };
      req.once("proxyConnect", onAnswer);
      let socket: Net.Socket;
      try {
        // The vendor's TLS (over the tunnel) trusts the `ca` option too.
        socket = await super.connect(
          req,
          opts.secureEndpoint && secureContext ? { ...opts, secureContext } : opts,
        );
      } catch (error) {
        throw new ProxyError(`${where} failed: ${describe(error)}`, {
          proxy: origin,
          cause: error,
        });
      } finally {
        req.off("proxyConnect", onAnswer);
      }
      if (answer !== undefined && answer.statusCode !== 200) {
        // https-proxy-agent would hand back the proxy's answer as if the vendor had sent it.
        socket.destroy();
        const status = answer.statusCode;
        const reason = builtin<typeof Http>("node:http").STATUS_CODES[status] ?? "";
        const hint =
          status === 407
            ? proxy.url.username
              ? ": check the user name and password in the proxy URL"
              : ": put its user name and password in the proxy URL (http://user:password@host:port)"
            : "";
        throw new ProxyError(
          `${where} refused the tunnel to ${opts.host}:${opts.port}: HTTP ${status}${reason ? ` ${reason}` : ""}${hint}`,
          // Refused credentials or a forbidden destination stay so on a retry; an overloaded
          // or failing proxy may not.
          { proxy: origin, proxyStatus: status, retryable: status >= 500 || status === 429 },
        );
      }
      return socket;
    }
  }

  const agent = new TunnelAgent(`${url.protocol}//${url.host}`, agentOptions);
  // https-proxy-agent resets the agent's options: without a timeout there, node:http would keep an
  // idle tunnel open until the server closes it (and a request could take it as it closes).
  Object.assign(agent.options, { timeout: options.keepAliveMs });
  return agent;
}
