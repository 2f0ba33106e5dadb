// generated from specs/*.yaml by tools/generator, regenerate with `pnpm generate`
import { databricks } from "../databricks.js";
import { emrServerless } from "../emr-serverless.js";
import { fabricWorkload } from "../fabric-workload.js";
import { huaweiDli } from "../huawei-dli.js";
import { huaweiMrs } from "../huawei-mrs.js";

/**
 * Every provider's adapter, by provider id (the vendor's `src/<id>.ts`).
 */
export const ADAPTERS = {
  databricks: databricks,
  "emr-serverless": emrServerless,
  "fabric-workload": fabricWorkload,
  "huawei-dli": huaweiDli,
  "huawei-mrs": huaweiMrs,
} as const;
