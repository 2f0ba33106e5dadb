/** Region and endpoint resolution, as the AWS SDKs do it for `emr-serverless`. */
import { ConfigurationError, normaliseBaseUrl, readEnv } from "@cancel/core";
import { provider, type ServerVariables, servers, serverUrl } from "../generated/client.gen.js";

export const SIGNING_NAME = "emr-serverless";

// us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1, us-isob-east-1, local emulators' names.
const REGION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type DnsSuffix = NonNullable<ServerVariables["dnsSuffix"]>;

/** An AWS partition as botocore's `data/partitions.json` (version 1.1) describes it. */
export interface Partition {
  readonly id: string;
  readonly regionRegex: RegExp;
  readonly dnsSuffix: DnsSuffix;
  readonly dualStackDnsSuffix: DnsSuffix;
}

const partition = (
  id: string,
  regionRegex: RegExp,
  dnsSuffix: DnsSuffix,
  dualStackDnsSuffix: DnsSuffix,
): Partition => ({ id, regionRegex, dnsSuffix, dualStackDnsSuffix });

/** Every partition; all of them support FIPS and dual-stack. `aws` also takes unknown Regions. */
export const PARTITIONS: readonly Partition[] = [
  partition("aws", /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/, "amazonaws.com", "api.aws"),
  partition("aws-cn", /^cn-\w+-\d+$/, "amazonaws.com.cn", "api.amazonwebservices.com.cn"),
  partition("aws-eusc", /^eusc-(de)-\w+-\d+$/, "amazonaws.eu", "api.amazonwebservices.eu"),
  partition("aws-iso", /^us-iso-\w+-\d+$/, "c2s.ic.gov", "api.aws.ic.gov"),
  partition("aws-iso-b", /^us-isob-\w+-\d+$/, "sc2s.sgov.gov", "api.aws.scloud"),
  partition("aws-iso-e", /^eu-isoe-\w+-\d+$/, "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk"),
  partition("aws-iso-f", /^us-isof-\w+-\d+$/, "csp.hci.ic.gov", "api.aws.hci.ic.gov"),
  partition("aws-us-gov", /^us-gov-\w+-\d+$/, "amazonaws.com", "api.aws"),
];

/**
 * The partition of a Region, as the SDKs' `aws.partition` finds it: the one whose Region
 * pattern matches (or whose `<id>-global` pseudo-Region it is), else `aws`.
 */
export function partitionOf(region: string): Partition {
  return (
    PARTITIONS.find((p) => p.regionRegex.test(region) || region === `${p.id}-global`) ??
    PARTITIONS[0]!
  );
}

// The spec's hosts: every partition's DNS and dual-stack suffixes.
const ENDPOINT_HOST = new RegExp(
  `^emr-serverless(?:-fips)?\\.([a-z0-9-]+)\\.(?:${servers[0]!.variables["dnsSuffix"]!.enum!.map(
    (suffix) => suffix.replaceAll(".", "\\."),
  ).join("|")})$`,
);

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
 * The endpoint of a Region, built as the service's endpoint rule set builds it:
 * `https://emr-serverless[-fips].{region}.{suffix}`, the suffix being the DNS suffix of the
 * Region's partition, or its dual-stack one. A `dnsSuffix` given as a server variable must be
 * the one those options pick.
 */
export function regionalEndpoint(
  region: string,
  options: {
    useFipsEndpoint?: boolean | undefined;
    useDualstackEndpoint?: boolean | undefined;
    dnsSuffix?: DnsSuffix | undefined;
  },
): string {
  const { dnsSuffix } = options;
  const found = partitionOf(region);
  // A dual-stack suffix given as a server variable asks for dual-stack, as the option does.
  const dualStack = options.useDualstackEndpoint ?? dnsSuffix === found.dualStackDnsSuffix;
  const suffix = dualStack ? found.dualStackDnsSuffix : found.dnsSuffix;
  if (dnsSuffix !== undefined && dnsSuffix !== suffix) {
    const problem = `server.dnsSuffix ${dnsSuffix} is not the ${dualStack ? "dual-stack " : ""}DNS suffix of the ${found.id} partition of ${region} (${suffix})`;
    throw new ConfigurationError(problem, { provider, subject: "server.dnsSuffix", problem });
  }
  return serverUrl({ region, dnsSuffix: suffix }, options.useFipsEndpoint ? 1 : 0);
}
