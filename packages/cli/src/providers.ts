import {
  type CancelTarget,
  PROVIDERS,
  type ProviderId,
  TARGET_FIELD_TYPES,
  TARGET_FIELDS,
} from "@cancel/sdk";

/**
 * A provider-specific flag: the `createClient` option or the target field it sets. Everything
 * the CLI does with a flag (single mode, bulk mode, help, error wording) derives from this.
 */
export interface FlagSpec {
  /** For `--help`. */
  description: string;
  /** The provider's `createClient` option the flag sets (config flags). */
  option?: string;
  /** The target field the flag sets (target flags: in bulk mode it fills targets without it). */
  field?: string;
  /** Environment variable the CLI reads for the option when the flag is absent (Fabric's). */
  env?: string;
  /** Turns the flag's text into the option's or field's value; throws a UsageError. */
  parse?: (text: string) => unknown;
  /** Flags that may not be given with this one (they set the same thing). */
  excludes?: readonly string[];
}

/**
 * What the CLI knows about one provider. Its id, positional ids (the target's required fields)
 * and target-field flags derive from the vendor registry of `@cancel/sdk` (generated from the
 * specs); its auth flags, environment and example are written by hand in {@link PROVIDER_CLI}.
 */
export interface ProviderSpec {
  id: ProviderId;
  /** Whose names `--region` takes: one value means the same to every provider of one cloud. */
  cloud: string;
  summary: string;
  /** Positional ids, in order. */
  ids: readonly string[];
  /** Provider-specific flags by name (without `--`). */
  flags: Readonly<Record<string, FlagSpec>>;
  /** Environment variables the provider package (or, for Fabric, the CLI) reads. */
  env: readonly string[];
  example: string;
  /** Builds the target from positional ids (flags' fields are added by `withFlagFields`). */
  target(ids: string[]): CancelTarget;
}

/** What no spec says about a provider on the command line: its auth flags, environment, example. */
export type ProviderCli = Pick<ProviderSpec, "cloud" | "summary" | "flags" | "env" | "example">;

export class UsageError extends Error {
  override name = "UsageError";
}

/** Flags every provider takes, and the `createClient` option each sets. */
export const COMMON_CONFIG_FLAGS: Readonly<Record<string, FlagSpec>> = {
  "base-url": {
    description: "the provider's endpoint (a proxy or a local simulator)",
    option: "baseUrl",
  },
  "insecure-loopback": {
    description: "allow plain http to 127.0.0.1 / localhost (local simulators)",
    option: "allowInsecureLoopback",
  },
};

function integer(value: string, what: string): number {
  if (!/^\d+$/.test(value))
    throw new UsageError(`${what} must be a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

const AWS_REGION_FLAG: FlagSpec = { description: "AWS region, e.g. eu-west-1", option: "region" };
const HUAWEI_REGION_FLAG: FlagSpec = { description: "region, e.g. cn-north-4", option: "region" };
const HUAWEI_ENV = [
  "HUAWEICLOUD_SDK_AK",
  "HUAWEICLOUD_SDK_SK",
  "HUAWEICLOUD_SDK_SECURITY_TOKEN",
  "HUAWEICLOUD_SDK_PROJECT_ID",
];

export const PROVIDER_CLI: { readonly [P in ProviderId]?: ProviderCli } = {
  databricks: {
    cloud: "databricks",
    summary: "Databricks Jobs: cancel a job run (POST /api/2.2/jobs/runs/cancel)",
    flags: {
      host: {
        description: "workspace host, e.g. dbc-a1b2345c-d6e7.cloud.databricks.com",
        option: "host",
        excludes: ["base-url"],
      },
      token: { description: "personal access token", option: "token" },
    },
    env: [
      "DATABRICKS_HOST",
      "DATABRICKS_TOKEN",
      "DATABRICKS_CLIENT_ID",
      "DATABRICKS_CLIENT_SECRET",
    ],
    example: "cancel-job databricks 455644833 --wait",
  },
  "emr-serverless": {
    cloud: "aws",
    summary: "AWS EMR Serverless: cancel a job run (CancelJobRun)",
    flags: {
      region: AWS_REGION_FLAG,
      "grace-period": {
        description: "shutdown grace period in seconds (0 or 15-1800)",
        field: "shutdownGracePeriodInSeconds",
        parse: (text) => integer(text, "--grace-period"),
      },
    },
    env: [
      "AWS_ACCESS_KEY_ID",
      "AWS_SECRET_ACCESS_KEY",
      "AWS_SESSION_TOKEN",
      "AWS_REGION",
      "AWS_DEFAULT_REGION",
      "AWS_ENDPOINT_URL_EMR_SERVERLESS",
      "AWS_ENDPOINT_URL",
      "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
    ],
    example: "cancel-job emr-serverless 00f1r6ss7gs9ue09 00f1s0tqg1gkas09 --region eu-west-1",
  },
  "huawei-mrs": {
    cloud: "huawei",
    summary: "Huawei Cloud MRS: stop a job (v2 kill with --cluster-id; legacy v1.1 cancel without)",
    flags: {
      "cluster-id": { description: "cluster id (MRS 3.x, v2 API)", field: "clusterId" },
      region: HUAWEI_REGION_FLAG,
    },
    env: HUAWEI_ENV,
    example:
      "cancel-job huawei-mrs 37caa80116e1403ab603e5eeb48a2f74 2de74673-1a78-48af-a95b-e1fec4a4ae9c --cluster-id ef7b54f2-3d92-49b2-a6d7-94607e1ea7df --region cn-north-4",
  },
  "huawei-dli": {
    cloud: "huawei",
    summary: "Huawei Cloud DLI: cancel a job (DELETE /v1.0/{project_id}/jobs/{job_id})",
    flags: { region: HUAWEI_REGION_FLAG },
    env: HUAWEI_ENV,
    example:
      "cancel-job huawei-dli 37caa80116e1403ab603e5eeb48a2f74 6d2146a0-c2d5-41bd-8ca0-ca9694ada992 --region cn-north-4",
  },
  "fabric-workload": {
    cloud: "fabric",
    summary: "Microsoft Fabric workload: cancel an item job instance (as Fabric calls a workload)",
    // The library reads no environment for Fabric; these variables are the CLI's own.
    flags: {
      "tenant-id": {
        description: "tenant of the calling client (x-ms-client-tenant-id)",
        option: "tenantId",
        env: "FABRIC_TENANT_ID",
      },
      "app-token": {
        description: "app (S2S) token",
        option: "appToken",
        env: "FABRIC_APP_TOKEN",
      },
      "subject-token": {
        description: "delegated user token (optional)",
        option: "subjectToken",
        env: "FABRIC_SUBJECT_TOKEN",
      },
    },
    env: ["FABRIC_APP_TOKEN", "FABRIC_SUBJECT_TOKEN", "FABRIC_TENANT_ID"],
    example:
      "cancel-job fabric-workload e5ef604d-e14f-4a59-9133-75d5a0cb9334 Contoso.FinanceAnalytics.Forecast b14cb7e7-d346-4751-9cfd-8c2767d53111 calculateForecast 63f77191-432d-4ee6-9c5f-31a1a6987072 --base-url https://workload.contoso.com/api",
  },
};

/** `jobExecutionId` → `job-execution-id`. */
const kebab = (field: string) => field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Turns a positional id or a flag's text into a target field's value, by the field's type. */
function parseField(type: string, text: string, what: string): unknown {
  if (type === "integer") return integer(text, what);
  if (type === "number") {
    const value = Number(text);
    if (text.trim() === "" || !Number.isFinite(value))
      throw new UsageError(`${what} must be a number, got ${JSON.stringify(text)}`);
    return value;
  }
  if (type === "boolean") {
    if (text !== "true" && text !== "false")
      throw new UsageError(`${what} must be true or false, got ${JSON.stringify(text)}`);
    return text === "true";
  }
  return text;
}

/** One provider's spec: the registry's fields and the hand-written part, if any. */
function specOf(id: ProviderId): ProviderSpec {
  const cli: ProviderCli = PROVIDER_CLI[id] ?? {
    cloud: id,
    summary: `${id}: cancel a run`,
    flags: {},
    env: [],
    example: "",
  };
  const types = TARGET_FIELD_TYPES[id] as Readonly<Record<string, string>>;
  const fields = TARGET_FIELDS[id] as readonly string[];
  const required = fields.filter((f) => !f.endsWith("?"));
  const optional = fields.filter((f) => f.endsWith("?")).map((f) => f.slice(0, -1));
  const flags: Record<string, FlagSpec> = {};
  // An optional target field is a flag of its own name, unless a hand-written flag sets it.
  for (const field of optional) {
    const name = kebab(field);
    const taken = Object.entries(cli.flags).some(([n, f]) => f.field === field || n === name);
    if (taken) continue;
    flags[name] = {
      description: `the target's ${field}`,
      field,
      parse: (text) => parseField(types[field] ?? "string", text, `--${name}`),
    };
  }
  return {
    id,
    ...cli,
    flags: { ...cli.flags, ...flags },
    ids: required.map(kebab),
    target: (ids) =>
      Object.fromEntries([
        ["provider", id],
        ...required.map((field, i) => [
          field,
          parseField(types[field] ?? "string", ids[i]!, kebab(field)),
        ]),
      ]) as CancelTarget,
  };
}

/** Every provider the CLI speaks, in the registry's order. */
export const PROVIDER_SPECS: readonly ProviderSpec[] = PROVIDERS.map(specOf);

export function providerSpec(id: string): ProviderSpec | undefined {
  return PROVIDER_SPECS.find((p) => p.id === id);
}

/** Every flag a provider takes: its own and the common configuration flags. */
export function configFlagsOf(spec: ProviderSpec): [string, FlagSpec][] {
  return [...Object.entries(COMMON_CONFIG_FLAGS), ...Object.entries(spec.flags)].filter(
    ([, flag]) => flag.option !== undefined,
  );
}

/**
 * The flag that sets a provider's option (`endpoint` is EMR Serverless' name for `baseUrl`), or
 * undefined when no flag does.
 */
export function flagForOption(spec: ProviderSpec, option: string): [string, FlagSpec] | undefined {
  const wanted = option === "endpoint" ? "baseUrl" : option;
  return configFlagsOf(spec).find(([, flag]) => flag.option === wanted);
}
