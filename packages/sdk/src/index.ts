/**
 * `@cancel/sdk`: the umbrella client over all five providers, and the provider packages. An
 * application that uses fewer providers can import `@cancel/sdk/client` and the adapters it needs
 * (`@cancel/sdk/emr-serverless`, …) instead, and bundle no other vendor's code.
 */
import type { ProviderAdapter } from "./adapter.js";
import { databricks as databricksAdapter } from "./databricks.js";
import { emrServerless as emrServerlessAdapter } from "./emr-serverless.js";
import {
  type Classification,
  classifyAnswer,
  type ErrorContext,
  type ErrorMappingRule,
  toCancelError as toCancelErrorWith,
  type VendorAnswer,
} from "./errors.js";
import { fabricWorkload as fabricWorkloadAdapter } from "./fabric-workload.js";
import { huaweiDli as huaweiDliAdapter } from "./huawei-dli.js";
import { huaweiMrs as huaweiMrsAdapter } from "./huawei-mrs.js";
import type { ProviderId } from "./types.js";
import {
  type CancelClient,
  type CancelClientConfig,
  createCancelClient as createClientOf,
} from "./umbrella.js";

// The provider packages, namespaced so that nothing collides.
export * as core from "@cancel/core";
export * as databricks from "@cancel/databricks";
export * as emrServerless from "@cancel/emr-serverless";
export * as fabricWorkload from "@cancel/fabric-workload";
export * as huaweiDli from "@cancel/huawei-dli";
export * as huaweiMrs from "@cancel/huawei-mrs";

// Everything the lean entry exports; `createCancelClient` and `toCancelError` below (all five
// providers) take the place of its own.
export * from "./client.js";

/** All five adapters, in `PROVIDERS` order. */
const ALL = [
  databricksAdapter,
  emrServerlessAdapter,
  huaweiMrsAdapter,
  huaweiDliAdapter,
  fabricWorkloadAdapter,
] as const;

/** Where each provider's options live in {@link CancelClientConfig}. */
export const CONFIG_KEYS = {
  databricks: "databricks",
  "emr-serverless": "emrServerless",
  "huawei-mrs": "huaweiMrs",
  "huawei-dli": "huaweiDli",
  "fabric-workload": "fabricWorkload",
} as const satisfies Record<ProviderId, keyof CancelClientConfig>;

/**
 * Creates the umbrella client of all five providers from one configuration object. Nothing is
 * created or read from the environment until a provider is first used.
 */
export function createCancelClient(config: CancelClientConfig = {}): CancelClient {
  return createClientOf({ ...config, providers: ALL });
}

/**
 * The mapping of each vendor's error answers (its adapter's `errors`), first match wins; a vendor
 * answer no row matches falls back to {@link statusMapping}. Core already resolves the
 * `already-terminal` rows of the cancel calls as results, and the rows are here so the table is
 * complete.
 */
export const errorMappings: Readonly<Record<ProviderId, readonly ErrorMappingRule[]>> = {
  databricks: databricksAdapter.errors,
  "emr-serverless": emrServerlessAdapter.errors,
  "huawei-mrs": huaweiMrsAdapter.errors,
  "huawei-dli": huaweiDliAdapter.errors,
  "fabric-workload": fabricWorkloadAdapter.errors,
} satisfies { [P in ProviderId]: ProviderAdapter<P>["errors"] };

/** Classifies one vendor answer of a cancel or status call: the table row and its kind. */
export function classifyVendorError(
  provider: ProviderId,
  answer: VendorAnswer,
  call: "cancel" | "status",
): Classification {
  return classifyAnswer(errorMappings[provider], answer, call);
}

/**
 * Turns anything a provider call threw into a CancelError (a CancelError passes through), by the
 * provider's rows of {@link errorMappings} unless `context.rules` gives others.
 */
export function toCancelError(error: unknown, context: ErrorContext) {
  return toCancelErrorWith(error, {
    ...context,
    rules: context.rules ?? (context.provider ? errorMappings[context.provider] : undefined),
  });
}
