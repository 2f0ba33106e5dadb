/**
 * `@cancel/sdk/fabric-workload`: the Microsoft Fabric workload adapter (WDK workload API
 * `cancelItemJobInstance`, status from `getItemJobInstanceState`). Everything but auth comes from
 * `specs/fabric-workload.yaml` through the package's generated `profile`. Give it to
 * `createCancelClient` from `@cancel/sdk/client`.
 */
import { createClient, profile } from "@cancel/fabric-workload";
import { defineAdapter } from "./adapter.js";

export type { FabricWorkloadTarget } from "@cancel/fabric-workload";

/**
 * The Fabric workload adapter:
 * `createCancelClient({ providers: [fabricWorkload], fabricWorkload: {…} })`.
 */
export const fabricWorkload = defineAdapter<"fabric-workload">(profile, {
  create: createClient,
  setupHint:
    "fabricWorkload: { baseUrl, appToken, tenantId } (the workload's URL, a function returning the Entra ID app token, the caller's tenant)",
});
