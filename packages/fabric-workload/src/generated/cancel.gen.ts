// generated from specs/fabric-workload.yaml by tools/generator, regenerate with `pnpm generate`
import {
  type CallOptions,
  cancelConfirmed,
  type CancelRule,
  type ConfirmedCancel,
  type ErrorKindRule,
  type ProviderClient,
  type ProviderProfile,
  type RunStateRule,
  type StateValues,
} from "@cancel/core";
import {
  type CancelItemJobInstanceInput,
  type CancelItemJobInstanceOutput,
  type GetItemJobInstanceStateInput,
  type GetItemJobInstanceStateOutput,
  cancelItemJobInstanceOperation,
  getItemJobInstanceStateOperation,
} from "./operations.gen.js";
import type { paths } from "./schema.gen.js";

/**
 * The documented values of `JobInstanceStatus` and the run state each means (`x-cancel-states`).
 *
 * The status of an item job instance. The vendor defines exactly these values; note
 * `Cancelled` with a double L. Terminal values: `Completed`, `Failed`, `Cancelled`.
 *
 * Forward compatibility: this enum stays closed (it's the documented set and the source of
 * the known-value type). `ItemJobInstanceState.status` is `anyOf` this enum or any string,
 * so a response with a new value still validates. The risk is real: the public Fabric Job
 * Scheduler documents "Additional statuses may be added over time" and already has
 * `Deduped`. The Fabric front-end client enum has more values (NotFound, Duplicate,
 * OwnerUserMissing, DeadLettered, Unknown), and the sibling `JobInvokeType` enum of
 * the same Swagger has an `UnknownFutureValue` member.
 */
export const jobInstanceStatusValues = {
  NotStarted: "pending",
  InProgress: "running",
  Completed: "succeeded",
  Failed: "failed",
  Cancelled: "cancelled",
} as const satisfies StateValues;

/** A `JobInstanceStatus` value the spec documents. */
export type JobInstanceStatus = "NotStarted" | "InProgress" | "Completed" | "Failed" | "Cancelled";

/**
 * Where {@link getItemJobInstanceState}'s answer tells the run's state (`x-cancel-status`).
 */
export const getItemJobInstanceStateState: RunStateRule<GetItemJobInstanceStateOutput> = {
  state: [
    {
      pointer: "/status",
      read: (body: GetItemJobInstanceStateOutput) => body?.status,
      values: jobInstanceStatusValues,
    },
  ],
};

/**
 * How {@link cancelItemJobInstance} ends (`x-cancel-cancel`).
 */
export const cancelItemJobInstanceRule: CancelRule<
  CancelItemJobInstanceInput,
  CancelItemJobInstanceOutput,
  GetItemJobInstanceStateInput,
  GetItemJobInstanceStateOutput
> = {
  operation: cancelItemJobInstanceOperation,
  status: {
    operation: getItemJobInstanceStateOperation,
    input: (input) =>
      ({
        workspaceId: input.workspaceId,
        itemType: input.itemType,
        itemId: input.itemId,
        jobType: input.jobType,
        jobInstanceId: input.jobInstanceId,
        tenantId: input.tenantId,
      }) satisfies Omit<
        GetItemJobInstanceStateInput,
        "activityId" | "requestId"
      > as GetItemJobInstanceStateInput,
    state: getItemJobInstanceStateState,
  },
  answer: {
    state: [
      {
        pointer: "/status",
        read: (body: CancelItemJobInstanceOutput) => body?.status,
        values: jobInstanceStatusValues,
      },
    ],
  },
  ambiguous: [{ codes: ["JobAlreadyCompleted"] }],
};

/**
 * Cancel an item job instance (called by Microsoft Fabric), with the outcome the vendor confirms: `cancel-requested`, `cancelled` or `already-terminal`.
 *
 * An answer the spec calls ambiguous (JobAlreadyCompleted) is settled by one {@link getItemJobInstanceState} read: a run that had already ended is `already-terminal`, otherwise the refusal is thrown.
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor refuses and the refusal stands.
 */
export function cancelItemJobInstanceConfirmed(
  client: ProviderClient<paths>,
  input: CancelItemJobInstanceInput,
  options?: CallOptions,
): Promise<ConfirmedCancel<CancelItemJobInstanceOutput, GetItemJobInstanceStateOutput>> {
  return cancelConfirmed(client, cancelItemJobInstanceRule, input, options);
}

/**
 * The vendor's error answers and the kind of failure each is (`x-cancel-error-kinds`), first match wins.
 */
export const errorKinds: readonly ErrorKindRule[] = [
  {
    codes: ["ItemMetadataNotFound", "JobInstanceNotFound", "ItemNotFound"],
    kind: "not-found",
    note: "the workload does not know the item or job instance",
  },
  { codes: ["AuthError"], kind: "unauthenticated", note: "token validation failed" },
  { codes: ["AccessDenied", "InsufficientPrivileges"], kind: "forbidden", note: "access denied" },
  { codes: ["TooManyRequests"], kind: "throttled", note: "throttled" },
  {
    codes: ["ServiceUnavailable"],
    kind: "unavailable",
    note: "the workload is temporarily unavailable",
  },
];

/**
 * A run on this vendor, named by the vendor's own identifiers: what `@cancel/sdk` cancels (the fields of {@link cancelItemJobInstance}).
 */
export interface FabricWorkloadTarget {
  provider: "fabric-workload";
  /**
   * The workspace ID.
   */
  workspaceId: string;
  /**
   * The item type: the workload's item type name, qualified by the workload name
   * (e.g. `Contoso.FinanceAnalytics.Forecast`).
   */
  itemType: string;
  /**
   * The item ID.
   */
  itemId: string;
  /**
   * The job type, as declared for the item type in the workload manifest.
   */
  jobType: string;
  /**
   * The job instance ID (assigned by Fabric when it created the job instance).
   */
  jobInstanceId: string;
  /**
   * The tenant ID of the client making the request (the Entra ID tenant of the caller).
   * Input field `tenantId`. One WDK docs sample spells the header `ms-client-tenant-id`. The
   * Swagger, the API reference pages and the sample backend (`HttpHeaders.XmsClientTenantId`)
   * use `x-ms-client-tenant-id`, which this file follows. The Swagger types it as a plain
   * string, as does this file; the reference workload parses it as a GUID and answers 401
   * `AuthError` ("Missing or invalid x-ms-client-tenant-id header") when it is missing or is
   * not one (`AuthenticationService.AuthenticateControlPlaneCall`).
   */
  tenantId?: string;
}

/**
 * Everything the spec says about cancelling this vendor's runs, for `@cancel/sdk`.
 */
export const profile: ProviderProfile<FabricWorkloadTarget> = {
  provider: "fabric-workload",
  targetFields: {
    workspaceId: true,
    itemType: true,
    itemId: true,
    jobType: true,
    jobInstanceId: true,
    tenantId: false,
  },
  variants: [
    {
      requires: ["workspaceId", "itemType", "itemId", "jobType", "jobInstanceId"],
      rule: cancelItemJobInstanceRule,
      input: (target: FabricWorkloadTarget): CancelItemJobInstanceInput =>
        ({
          workspaceId: target.workspaceId,
          itemType: target.itemType,
          itemId: target.itemId,
          jobType: target.jobType,
          jobInstanceId: target.jobInstanceId,
          tenantId: target.tenantId,
        }) satisfies Omit<CancelItemJobInstanceInput, "activityId" | "requestId" | "tenantId"> &
          Partial<Pick<CancelItemJobInstanceInput, "tenantId">> as CancelItemJobInstanceInput,
    },
  ],
  errorKinds,
};
