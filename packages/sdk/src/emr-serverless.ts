/**
 * `@cancel/sdk/emr-serverless`: the EMR Serverless adapter (`CancelJobRun`, status from
 * `GetJobRun`). Everything but auth comes from `specs/emr-serverless.yaml` through the package's
 * generated `profile`. Give it to `createCancelClient` from `@cancel/sdk/client`.
 */
import { createClient, profile } from "@cancel/emr-serverless";
import { defineAdapter } from "./adapter.js";

export type { EmrServerlessTarget } from "@cancel/emr-serverless";

/** The EMR Serverless adapter: `createCancelClient({ providers: [emrServerless], emrServerless: {…} })`. */
export const emrServerless = defineAdapter<"emr-serverless">(profile, {
  create: createClient,
  setupHint:
    "emrServerless: { region, credentials } (or emrServerless: {} to read AWS_REGION and AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)",
});
