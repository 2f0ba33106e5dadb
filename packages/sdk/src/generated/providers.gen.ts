// generated from specs/*.yaml by tools/generator, regenerate with `pnpm generate`
import type {
  DatabricksClient,
  DatabricksClientOptions,
  DatabricksListScope,
  DatabricksTarget,
} from "@cancel/databricks";
import type {
  EmrServerlessClient,
  EmrServerlessClientOptions,
  EmrServerlessListScope,
  EmrServerlessTarget,
} from "@cancel/emr-serverless";
import type {
  FabricWorkloadClient,
  FabricWorkloadClientOptions,
  FabricWorkloadTarget,
} from "@cancel/fabric-workload";
import type {
  HuaweiDliClient,
  HuaweiDliClientOptions,
  HuaweiDliListScope,
  HuaweiDliTarget,
} from "@cancel/huawei-dli";
import type {
  HuaweiMrsClient,
  HuaweiMrsClientOptions,
  HuaweiMrsListScope,
  HuaweiMrsTarget,
} from "@cancel/huawei-mrs";

/**
 * The providers `@cancel/sdk` speaks to: one per spec, by the id their packages use in errors.
 */
export const PROVIDERS = [
  "databricks",
  "emr-serverless",
  "fabric-workload",
  "huawei-dli",
  "huawei-mrs",
] as const;

export type ProviderId = (typeof PROVIDERS)[number];

export type {
  DatabricksTarget,
  EmrServerlessTarget,
  FabricWorkloadTarget,
  HuaweiDliTarget,
  HuaweiMrsTarget,
};

/**
 * Where each provider's options live in the umbrella's configuration; also the name its adapter is exported under.
 */
export const CONFIG_KEYS = {
  databricks: "databricks",
  "emr-serverless": "emrServerless",
  "fabric-workload": "fabricWorkload",
  "huawei-dli": "huaweiDli",
  "huawei-mrs": "huaweiMrs",
} as const;

export type ConfigKeys = typeof CONFIG_KEYS;

/**
 * Each provider's target (generated from its spec's cancel operations).
 */
export interface TargetByProvider {
  databricks: DatabricksTarget;
  "emr-serverless": EmrServerlessTarget;
  "fabric-workload": FabricWorkloadTarget;
  "huawei-dli": HuaweiDliTarget;
  "huawei-mrs": HuaweiMrsTarget;
}

/**
 * The providers whose spec has a list operation (`x-cancel-list`): those a selector can find runs on.
 */
export const LISTABLE = ["databricks", "emr-serverless", "huawei-dli", "huawei-mrs"] as const;

export type ListableProvider = (typeof LISTABLE)[number];

/**
 * What a selector names on each listable provider: its list operation's scope and the vendor's own filters.
 */
export interface ListScopeByProvider {
  databricks: DatabricksListScope;
  "emr-serverless": EmrServerlessListScope;
  "huawei-dli": HuaweiDliListScope;
  "huawei-mrs": HuaweiMrsListScope;
}

/**
 * Each provider package's `createClient` options.
 */
export interface ProviderOptions {
  databricks: DatabricksClientOptions;
  "emr-serverless": EmrServerlessClientOptions;
  "fabric-workload": FabricWorkloadClientOptions;
  "huawei-dli": HuaweiDliClientOptions;
  "huawei-mrs": HuaweiMrsClientOptions;
}

/**
 * Each provider package's client.
 */
export interface ProviderClients {
  databricks: DatabricksClient;
  "emr-serverless": EmrServerlessClient;
  "fabric-workload": FabricWorkloadClient;
  "huawei-dli": HuaweiDliClient;
  "huawei-mrs": HuaweiMrsClient;
}

/**
 * Each provider's target fields (besides `provider`); `?` marks an optional one. Every client knows all of them, so that a target carrying another vendor's field is refused even when that vendor's adapter is not loaded.
 */
export const TARGET_FIELDS = {
  databricks: ["runId"],
  "emr-serverless": ["applicationId", "jobRunId", "shutdownGracePeriodInSeconds?"],
  "fabric-workload": ["workspaceId", "itemType", "itemId", "jobType", "jobInstanceId", "tenantId?"],
  "huawei-dli": ["projectId", "jobId"],
  "huawei-mrs": ["projectId", "clusterId?", "jobExecutionId"],
} as const satisfies { readonly [P in ProviderId]: readonly string[] };

/**
 * The JSON type of each target field, for callers that build targets from text (the CLI).
 */
export const TARGET_FIELD_TYPES = {
  databricks: { runId: "integer" },
  "emr-serverless": {
    applicationId: "string",
    jobRunId: "string",
    shutdownGracePeriodInSeconds: "integer",
  },
  "fabric-workload": {
    workspaceId: "string",
    itemType: "string",
    itemId: "string",
    jobType: "string",
    jobInstanceId: "string",
    tenantId: "string",
  },
  "huawei-dli": { projectId: "string", jobId: "string" },
  "huawei-mrs": { projectId: "string", clusterId: "string", jobExecutionId: "string" },
} as const satisfies { readonly [P in ProviderId]: Readonly<Record<string, string>> };
