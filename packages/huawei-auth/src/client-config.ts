import { type Authenticator, ConfigurationError } from "@cancel/core";
import { createHuaweiAuthenticator } from "./authenticator.js";
import type { HuaweiAuthOptions } from "./credentials.js";

const REGION_ID = /^[a-z0-9]+(-[a-z0-9]+)+$/;

/**
 * The server variables of a Huawei region: the region and its domain suffix, which is
 * `fallback` (`myhuaweicloud.com`) except where the service's own table says otherwise.
 */
export function huaweiServerVariables<Suffix extends string>(
  region: string,
  suffixes: Readonly<Record<string, Suffix>>,
  fallback: Suffix,
  provider: string,
): { region: string; domainSuffix: Suffix } {
  if (!REGION_ID.test(region)) {
    const problem = `must look like cn-north-4 (lower-case words and digits joined by '-'), got ${JSON.stringify(region)}`;
    throw new ConfigurationError(`region ${problem}`, { provider, subject: "region", problem });
  }
  return { region, domainSuffix: suffixes[region] ?? fallback };
}

/** Base URL of a Huawei client: `baseUrl`, else the region's endpoint, else the spec's default. */
export function resolveHuaweiBaseUrl<Variables extends { region?: string | undefined }>(
  options: {
    baseUrl?: string | undefined;
    region?: string | undefined;
    server?: Variables | undefined;
  },
  variablesFor: (region: string) => Variables,
  serverUrl: (variables?: Variables) => string,
  provider: string,
): string {
  const { baseUrl, region, server } = options;
  if (baseUrl !== undefined) return baseUrl;
  if (region === undefined) return serverUrl(server);
  if (server?.region !== undefined && server.region !== region) {
    throw new ConfigurationError(
      `region ${JSON.stringify(region)} and server.region ${JSON.stringify(server.region)} disagree: pass one`,
      { provider },
    );
  }
  return serverUrl({ ...variablesFor(region), ...server, region });
}

/**
 * The `authenticate` hook of a Huawei client: the caller's own hook when given (then
 * `credentials` and `projectId` must not be), else AK/SK or IAM-token auth from options and
 * environment (see {@link createHuaweiAuthenticator}).
 */
export function resolveHuaweiAuthenticate(
  options: HuaweiAuthOptions & { authenticate?: Authenticator | undefined },
  provider: string,
): Authenticator {
  const { authenticate, ...auth } = options;
  if (
    authenticate !== undefined &&
    (auth.credentials !== undefined || auth.projectId !== undefined)
  ) {
    throw new ConfigurationError(
      "pass either an authenticate hook or credentials/projectId, not both",
      {
        provider,
      },
    );
  }
  return authenticate ?? createHuaweiAuthenticator(auth, provider);
}
