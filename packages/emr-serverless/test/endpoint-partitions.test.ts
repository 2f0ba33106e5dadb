// The endpoint of every partition, FIPS and dual-stack included, checked against the official
// AWS SDK's own resolver (`@aws-sdk/client-emr-serverless`: the service's endpoint rule set and
// the SDK's partitions table, written by AWS, not here).
import { EMRServerlessClient } from "@aws-sdk/client-emr-serverless";
import { describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";

const credentials = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7" };

// Regions of each partition, its `<id>-global` pseudo-Region, and names no partition claims.
const REGIONS = [
  ["aws", "us-east-1", "eu-central-2", "ap-southeast-7", "mx-central-1", "aws-global"],
  ["aws-cn", "cn-north-1", "cn-northwest-1", "aws-cn-global"],
  ["aws-us-gov", "us-gov-west-1", "us-gov-east-1", "aws-us-gov-global"],
  ["aws-iso", "us-iso-east-1", "us-iso-west-1", "aws-iso-global"],
  ["aws-iso-b", "us-isob-east-1", "aws-iso-b-global"],
  ["aws-iso-e", "eu-isoe-west-1", "aws-iso-e-global"],
  ["aws-iso-f", "us-isof-south-1", "us-isof-east-1", "aws-iso-f-global"],
  ["aws-eusc", "eusc-de-east-1", "eusc-de-south-9"],
  ["unknown (aws)", "local", "xx-future-1", "cn-1", "us-gov-1"],
].flatMap(([, ...regions]) => regions);

const VARIANTS = [
  { useFipsEndpoint: false, useDualstackEndpoint: false },
  { useFipsEndpoint: true, useDualstackEndpoint: false },
  { useFipsEndpoint: false, useDualstackEndpoint: true },
  { useFipsEndpoint: true, useDualstackEndpoint: true },
];

async function officialEndpoint(region: string, variant: (typeof VARIANTS)[number]) {
  const sdk = new EMRServerlessClient({ region, credentials, ...variant });
  const endpoint = await sdk.config.endpointProvider({
    Region: region,
    UseFIPS: variant.useFipsEndpoint,
    UseDualStack: variant.useDualstackEndpoint,
  });
  sdk.destroy();
  return endpoint.url.href;
}

describe("the region's endpoint is the one the AWS SDK resolves", () => {
  it.each(REGIONS.flatMap((region) => VARIANTS.map((variant) => ({ region, ...variant }))))(
    "$region fips=$useFipsEndpoint dualstack=$useDualstackEndpoint",
    async ({ region, ...variant }) => {
      const ours = createClient({ region, credentials, ...variant }).transport.baseUrl.href;
      expect(ours).toBe(await officialEndpoint(region, variant));
    },
  );

  it("covers a host of every suffix the spec declares", async () => {
    const { servers } = await import("../src/generated/client.gen.js");
    const declared = servers[0]!.variables["dnsSuffix"]!.enum!;
    const hosts = new Set(
      REGIONS.flatMap((region) =>
        VARIANTS.map((variant) => createClient({ region, credentials, ...variant })),
      ).map((client) => client.transport.baseUrl.hostname.replace(/^[^.]+\.[^.]+\./, "")),
    );
    expect([...hosts].sort()).toEqual([...declared].sort());
  });
});
