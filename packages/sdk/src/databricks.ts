/**
 * `@cancel/sdk/databricks`: the Databricks adapter (Jobs API 2.2 `runs/cancel`, status from
 * `runs/get`). Everything but auth comes from `specs/databricks.yaml` through the package's
 * generated `profile`. Give it to `createCancelClient` from `@cancel/sdk/client`.
 */
import { createClient, profile } from "@cancel/databricks";
import { defineAdapter } from "./adapter.js";

export type { DatabricksTarget } from "@cancel/databricks";

/** The Databricks adapter: `createCancelClient({ providers: [databricks], databricks: {…} })`. */
export const databricks = defineAdapter<"databricks">(profile, {
  create: createClient,
  setupHint:
    "databricks: { host, token } (or databricks: {} to read DATABRICKS_HOST and DATABRICKS_TOKEN or DATABRICKS_CLIENT_ID/DATABRICKS_CLIENT_SECRET)",
});
