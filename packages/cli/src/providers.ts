import type { CancelClientConfig, CancelTarget, ProviderId } from "@cancel/sdk";

/** What the CLI knows about one provider: its ids, flags, env vars and an example. */
export interface ProviderSpec {
  id: ProviderId;
  summary: string;
  /** Positional ids, in order. */
  ids: readonly string[];
  /** Provider-specific flags: name → description. */
  flags: Readonly<Record<string, string>>;
  env: readonly string[];
  example: string;
  /** Builds the target from positional ids and flags; throws a UsageError on bad input. */
  target(ids: string[], flags: Flags): CancelTarget;
  /** The provider's slice of the umbrella configuration, from flags (flags win over env). */
  config(flags: Flags): CancelClientConfig;
}

export type Flags = Readonly<Record<string, string | boolean | undefined>>;

export class UsageError extends Error {
  override name = "UsageError";
}

const str = (flags: Flags, name: string): string | undefined => {
  const value = flags[name];
  return typeof value === "string" ? value : undefined;
};

function integer(value: string, what: string): number {
  if (!/^\d+$/.test(value))
    throw new UsageError(`${what} must be a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

const common = (flags: Flags) => ({
  ...(str(flags, "base-url") ? { baseUrl: str(flags, "base-url") } : {}),
  ...(flags["insecure-loopback"] ? { allowInsecureLoopback: true } : {}),
});

export const PROVIDER_SPECS: readonly ProviderSpec[] = [
  {
    id: "databricks",
    summary: "Databricks Jobs: cancel a job run (POST /api/2.2/jobs/runs/cancel)",
    ids: ["run-id"],
    flags: {
      host: "workspace host, e.g. dbc-a1b2345c-d6e7.cloud.databricks.com",
      token: "personal access token",
    },
    env: [
      "DATABRICKS_HOST",
      "DATABRICKS_TOKEN",
      "DATABRICKS_CLIENT_ID",
      "DATABRICKS_CLIENT_SECRET",
    ],
    example: "cancel-job databricks 455644833 --wait",
    target: ([runId]) => ({ provider: "databricks", runId: integer(runId!, "run-id") }),
    config: (flags) => ({
      databricks: {
        ...common(flags),
        ...(str(flags, "host") ? { host: str(flags, "host") } : {}),
        ...(str(flags, "token") ? { token: str(flags, "token") } : {}),
      },
    }),
  },
  {
    id: "emr-serverless",
    summary: "AWS EMR Serverless: cancel a job run (CancelJobRun)",
    ids: ["application-id", "job-run-id"],
    flags: {
      region: "AWS region, e.g. eu-west-1",
      "grace-period": "shutdown grace period in seconds (0 or 15-1800)",
    },
    env: ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_REGION"],
    example: "cancel-job emr-serverless 00f1r6ss7gs9ue09 00f1s0tqg1gkas09 --region eu-west-1",
    target: ([applicationId, jobRunId], flags) => {
      const grace = str(flags, "grace-period");
      return {
        provider: "emr-serverless",
        applicationId: applicationId!,
        jobRunId: jobRunId!,
        ...(grace !== undefined
          ? { shutdownGracePeriodInSeconds: integer(grace, "--grace-period") }
          : {}),
      };
    },
    config: (flags) => ({
      emrServerless: {
        ...common(flags),
        ...(str(flags, "region") ? { region: str(flags, "region") } : {}),
      },
    }),
  },
  {
    id: "huawei-mrs",
    summary: "Huawei Cloud MRS: stop a job (v2 kill with --cluster-id; legacy v1.1 cancel without)",
    ids: ["project-id", "job-execution-id"],
    flags: { "cluster-id": "cluster id (MRS 3.x, v2 API)", region: "region, e.g. cn-north-4" },
    env: [
      "HUAWEICLOUD_SDK_AK",
      "HUAWEICLOUD_SDK_SK",
      "HUAWEICLOUD_SDK_SECURITY_TOKEN",
      "HUAWEICLOUD_SDK_PROJECT_ID",
    ],
    example:
      "cancel-job huawei-mrs 37caa80116e1403ab603e5eeb48a2f74 2de74673-1a78-48af-a95b-e1fec4a4ae9c --cluster-id ef7b54f2-3d92-49b2-a6d7-94607e1ea7df --region cn-north-4",
    target: ([projectId, jobExecutionId], flags) => {
      const clusterId = str(flags, "cluster-id");
      return {
        provider: "huawei-mrs",
        projectId: projectId!,
        jobExecutionId: jobExecutionId!,
        ...(clusterId ? { clusterId } : {}),
      };
    },
    config: (flags) => ({
      huaweiMrs: {
        ...common(flags),
        ...(str(flags, "region") ? { region: str(flags, "region") } : {}),
      },
    }),
  },
  {
    id: "huawei-dli",
    summary: "Huawei Cloud DLI: cancel a job (DELETE /v1.0/{project_id}/jobs/{job_id})",
    ids: ["project-id", "job-id"],
    flags: { region: "region, e.g. cn-north-4" },
    env: [
      "HUAWEICLOUD_SDK_AK",
      "HUAWEICLOUD_SDK_SK",
      "HUAWEICLOUD_SDK_SECURITY_TOKEN",
      "HUAWEICLOUD_SDK_PROJECT_ID",
    ],
    example:
      "cancel-job huawei-dli 37caa80116e1403ab603e5eeb48a2f74 6d2146a0-c2d5-41bd-8ca0-ca9694ada992 --region cn-north-4",
    target: ([projectId, jobId]) => ({
      provider: "huawei-dli",
      projectId: projectId!,
      jobId: jobId!,
    }),
    config: (flags) => ({
      huaweiDli: {
        ...common(flags),
        ...(str(flags, "region") ? { region: str(flags, "region") } : {}),
      },
    }),
  },
  {
    id: "fabric-workload",
    summary: "Microsoft Fabric workload: cancel an item job instance (as Fabric calls a workload)",
    ids: ["workspace-id", "item-type", "item-id", "job-type", "job-instance-id"],
    flags: {
      "tenant-id": "tenant of the calling client (x-ms-client-tenant-id)",
      "app-token": "app (S2S) token",
      "subject-token": "delegated user token (optional)",
    },
    env: ["FABRIC_APP_TOKEN", "FABRIC_SUBJECT_TOKEN", "FABRIC_TENANT_ID"],
    example:
      "cancel-job fabric-workload e5ef604d-e14f-4a59-9133-75d5a0cb9334 Contoso.FinanceAnalytics.Forecast b14cb7e7-d346-4751-9cfd-8c2767d53111 calculateForecast 63f77191-432d-4ee6-9c5f-31a1a6987072 --base-url https://workload.contoso.com/api",
    target: ([workspaceId, itemType, itemId, jobType, jobInstanceId]) => ({
      provider: "fabric-workload",
      workspaceId: workspaceId!,
      itemType: itemType!,
      itemId: itemId!,
      jobType: jobType!,
      jobInstanceId: jobInstanceId!,
    }),
    config: (flags) => {
      const env =
        (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ??
        {};
      const appToken = str(flags, "app-token") ?? env.FABRIC_APP_TOKEN;
      const subjectToken = str(flags, "subject-token") ?? env.FABRIC_SUBJECT_TOKEN;
      const tenantId = str(flags, "tenant-id") ?? env.FABRIC_TENANT_ID;
      return {
        fabricWorkload: {
          ...common(flags),
          ...(appToken ? { appToken } : {}),
          ...(subjectToken ? { subjectToken } : {}),
          ...(tenantId ? { tenantId } : {}),
        },
      };
    },
  },
];

export function providerSpec(id: string): ProviderSpec | undefined {
  return PROVIDER_SPECS.find((p) => p.id === id);
}
