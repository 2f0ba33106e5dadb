/**
 * `@cancel/sdk/huawei-mrs`: the Huawei MRS adapter (v2 `stopJob` with `clusterId`, else the legacy
 * v1.1 `cancelJobExecution`). Everything but auth comes from `specs/huawei-mrs.yaml` through the
 * package's generated `profile`. Give it to `createCancelClient` from `@cancel/sdk/client`.
 */
import { createClient, profile } from "@cancel/huawei-mrs";
import { defineAdapter } from "./adapter.js";

export type { HuaweiMrsTarget } from "@cancel/huawei-mrs";

/** The Huawei MRS adapter: `createCancelClient({ providers: [huaweiMrs], huaweiMrs: {…} })`. */
export const huaweiMrs = defineAdapter<"huawei-mrs">(profile, {
  create: createClient,
  setupHint:
    "huaweiMrs: { region, credentials: { ak, sk }, projectId } (or huaweiMrs: { region } to read HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_PROJECT_ID)",
});
