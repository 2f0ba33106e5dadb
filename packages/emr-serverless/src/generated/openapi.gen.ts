// generated from specs/emr-serverless.yaml by tools/generator, regenerate with `pnpm generate`
import { type OpenApiClient, openapiClient as coreOpenapiClient } from "@cancel/core/openapi";
import type { EmrServerlessClient } from "./client.gen.js";
import type { paths } from "./schema.gen.js";

export type { OpenApiClient } from "@cancel/core/openapi";

/**
 * The openapi-fetch client of a Amazon EMR Serverless API — cancel a job run client, typed from the spec, for endpoints
 * the generated functions do not wrap. Its requests go through the client's transport (auth,
 * retries, timeouts, limits; vendor errors reject with `ApiError`) but skip the generated input
 * checks. A separate entry, so applications that never use it do not load openapi-fetch.
 */
export function openapiClient(client: EmrServerlessClient): OpenApiClient<paths> {
  return coreOpenapiClient(client);
}
