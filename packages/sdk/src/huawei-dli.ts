/**
 * `@cancel/sdk/huawei-dli`: the Huawei DLI adapter (`cancelSqlJob`, status from `showSqlJobStatus`).
 * Everything but auth comes from `specs/huawei-dli.yaml` through the package's generated
 * `profile`. Give it to `createCancelClient` from `@cancel/sdk/client`.
 */
import { createClient, profile } from "@cancel/huawei-dli";
import { defineAdapter } from "./adapter.js";

export type { HuaweiDliTarget } from "@cancel/huawei-dli";

/** The Huawei DLI adapter: `createCancelClient({ providers: [huaweiDli], huaweiDli: {…} })`. */
export const huaweiDli = defineAdapter<"huawei-dli">(profile, {
  create: createClient,
  setupHint:
    "huaweiDli: { region, credentials: { ak, sk }, projectId } (or huaweiDli: { region } to read HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_PROJECT_ID)",
});
