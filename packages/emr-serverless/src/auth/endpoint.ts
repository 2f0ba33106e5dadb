/** Region and endpoint resolution, as the AWS SDKs do it for `emr-serverless`. */
import { ConfigurationError, normaliseBaseUrl, readEnv } from "@cancel/core";
import { provider, type ServerVariables, serverUrl } from "../generated/client.gen.js";

export const SIGNING_NAME = "emr-serverless";

// us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1, us-isob-east-1, local emulators' names.
const REGION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ENDPOINT_HOST =
  /^emr-serverless(?:-fips)?\.([a-z0-9-]+)\.(?:amazonaws\.com|amazonaws\.com\.cn|api\.aws|api\.amazonwebservices\.com\.cn)$/;

export function checkRegion(region: string, where: string): string {
  if (region.length > 64 || !REGION.test(region)) {
    const problem = `is not an AWS Region name like eu-west-1: ${JSON.stringify(region.slice(0, 64))}`;
    throw new ConfigurationError(`${where} ${problem}`, { provider, subject: where, problem });
  }
  return region;
}

/**
 * The region: the `region` option, else `server.region`, else `AWS_REGION`, else
 * `AWS_DEFAULT_REGION`, else (for an explicit endpoint) the region in an AWS endpoint's host name.
 */
export function resolveRegion(options: {
  region?: string | undefined;
  server?: ServerVariables | undefined;
  endpoint?: string | undefined;
  /** Read AWS_REGION / AWS_DEFAULT_REGION. Default true. */
  useEnv?: boolean | undefined;
}): string | undefined {
  const { region, server } = options;
  if (region !== undefined && server?.region !== undefined && region !== server.region) {
    throw new ConfigurationError(
      `region ${JSON.stringify(region)} and server.region ${JSON.stringify(server.region)} disagree: pass one`,
      { provider },
    );
  }
  if (region !== undefined) return checkRegion(region, "region");
  if (server?.region !== undefined) return checkRegion(server.region, "server.region");
  if (options.useEnv === false) return undefined;
  const fromEnv = readEnv("AWS_REGION");
  if (fromEnv !== undefined) return checkRegion(fromEnv, "AWS_REGION");
  const fromDefault = readEnv("AWS_DEFAULT_REGION");
  if (fromDefault !== undefined) return checkRegion(fromDefault, "AWS_DEFAULT_REGION");
  if (options.endpoint !== undefined) {
    try {
      const match = ENDPOINT_HOST.exec(new URL(options.endpoint).hostname);
      if (match) return match[1];
    } catch {
      // An invalid endpoint is reported when the client checks its base URL.
    }
  }
  return undefined;
}

/** The endpoint variables of the AWS SDKs and CLI, for the service id `EMR Serverless`. */
export const ENDPOINT_ENV = {
  service: "AWS_ENDPOINT_URL_EMR_SERVERLESS",
  global: "AWS_ENDPOINT_URL",
  ignore: "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
} as const;

/**
 * The endpoint configured in the environment, read as the AWS SDKs read it:
 * `AWS_ENDPOINT_URL_EMR_SERVERLESS`, else `AWS_ENDPOINT_URL`; neither when
 * `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` is `true`. `from` names the variable, for errors.
 */
export function configuredEndpoint(): { url: string; from: string } | undefined {
  if (readEnv(ENDPOINT_ENV.ignore)?.trim().toLowerCase() === "true") return undefined;
  for (const name of [ENDPOINT_ENV.service, ENDPOINT_ENV.global]) {
    const url = readEnv(name);
    if (url !== undefined) return { url, from: name };
  }
  return undefined;
}

/**
 * Checks an endpoint read from the environment as the transport will check it, so that a bad
 * one is reported under the variable's name (the transport would call it `baseUrl`).
 */
export function checkConfiguredEndpoint(
  found: { url: string; from: string },
  allowInsecureLoopback: boolean | undefined,
): string {
  try {
    normaliseBaseUrl(found.url, { allowInsecureLoopback, provider });
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    throw new ConfigurationError(`${found.from}: ${error.message}`, {
      provider,
      problem: `${found.from}: ${error.problem}`,
      fix: error.fixes,
      cause: error,
    });
  }
  return found.url;
}

/**
 * The regional endpoint: `https://emr-serverless.{region}.amazonaws.com`, `.amazonaws.com.cn`
 * for China Regions (`cn-*`), or `https://emr-serverless-fips.{region}.amazonaws.com`.
 */
export function regionalEndpoint(
  region: string,
  options: { useFipsEndpoint?: boolean | undefined; dnsSuffix?: ServerVariables["dnsSuffix"] },
): string {
  const china = region.startsWith("cn-");
  if (options.useFipsEndpoint) {
    if (china || (options.dnsSuffix !== undefined && options.dnsSuffix !== "amazonaws.com")) {
      throw new ConfigurationError(
        `EMR Serverless has no FIPS endpoint for ${china ? `the China Region ${region}` : `the DNS suffix ${options.dnsSuffix}`}: pass endpoint explicitly`,
        { provider },
      );
    }
    return serverUrl({ region }, 1);
  }
  return serverUrl(
    { region, dnsSuffix: options.dnsSuffix ?? (china ? "amazonaws.com.cn" : "amazonaws.com") },
    0,
  );
}
