/**
 * The typed openapi-fetch client of a provider client, for endpoints the generated functions do
 * not wrap. A separate entry (`@cancel/core/openapi`) so that applications that never use it do
 * not load or bundle openapi-fetch.
 */
import createOpenApiClient, { type Client } from "openapi-fetch";
import { type ProviderClient, serializePath } from "./client.js";

export type { Client as OpenApiClient } from "openapi-fetch";

const clients = new WeakMap<object, Client<{}>>();

/**
 * An openapi-fetch client typed from the provider's spec. Its requests go through the provider
 * client's transport (auth, retries, timeouts, limits, typed errors: a vendor error rejects with
 * `ApiError` rather than resolving `{ error }`) but skip the generated input checks; path
 * parameters are still encoded as single segments.
 */
export function openapiClient<Paths extends {}>(client: ProviderClient<Paths>): Client<Paths> {
  let api = clients.get(client);
  if (!api) {
    const { transport } = client;
    api = createOpenApiClient<{}>({
      baseUrl: transport.baseHref,
      pathSerializer: serializePath,
      fetch: async (request: Request) => {
        const headers: Record<string, string> = {};
        request.headers.forEach((value, name) => {
          headers[name] = value;
        });
        const result = await transport.send(
          {
            method: request.method,
            url: new URL(request.url),
            headers,
            body: request.body ? new Uint8Array(await request.arrayBuffer()) : undefined,
          },
          { operation: "request", options: {} },
        );
        const empty = result.status === 204 || result.status === 205;
        return new Response(empty ? null : result.text, {
          status: result.status,
          headers: result.headers,
        });
      },
    });
    clients.set(client, api);
  }
  return api as unknown as Client<Paths>;
}
