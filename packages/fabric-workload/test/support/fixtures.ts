// The values the tests of this package share: the README's job (the ids of Microsoft's
// Fabric workload sample), its customer tenant, and the publisher app of the Entra ID tokens.

/** The customer's tenant (x-ms-client-tenant-id). */
export const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
/** The workload publisher's tenant. */
export const PUBLISHER = "12345678-77f3-4fcc-bdaa-487b920cb7ee";
/** The workload's Entra ID app (the tokens' audience app). */
export const CLIENT_ID = "00001111-aaaa-2222-bbbb-3333cccc4444";

/** The README's job instance. */
export const IDS = {
  workspaceId: "e5ef604d-e14f-4a59-9133-75d5a0cb9334",
  itemType: "Contoso.FinanceAnalytics.Forecast",
  itemId: "b14cb7e7-d346-4751-9cfd-8c2767d53111",
  jobType: "calculateForecast",
  jobInstanceId: "63f77191-432d-4ee6-9c5f-31a1a6987072",
};
