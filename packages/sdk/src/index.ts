/**
 * `@cancel/sdk`: the umbrella client over all five providers, and the provider packages. An
 * application that uses fewer providers can import `@cancel/sdk/client` and the adapters it needs
 * (`@cancel/sdk/emr-serverless`, …) instead, and bundle no other vendor's code.
 */
import {
  type CancelErrorContext,
  type Classification,
  classifyAnswer,
  type ErrorKindRule,
  toCancelError as toCancelErrorWith,
  type VendorAnswer,
} from "./errors.js";
import type { CancelClientConfig } from "./config.js";
import { ADAPTERS } from "./generated/adapters.gen.js";
import { PROVIDERS, type ProviderId } from "./types.js";
import { type CancelClient, createCancelClient as createClientOf } from "./umbrella.js";

// The provider packages, namespaced so that nothing collides.
export * as core from "@cancel/core";
export * as databricks from "@cancel/databricks";
export * as emrServerless from "@cancel/emr-serverless";
export * as fabricWorkload from "@cancel/fabric-workload";
export * as huaweiDli from "@cancel/huawei-dli";
export * as huaweiMrs from "@cancel/huawei-mrs";

// Everything the lean entry exports; `createCancelClient` and `toCancelError` below (all
// providers) take the place of its own.
export * from "./client.js";

export { ADAPTERS };

const ALL = PROVIDERS.map((p) => ADAPTERS[p]);

/**
 * Creates the umbrella client of every provider from one configuration object. Nothing is created
 * or read from the environment until a provider is first used.
 */
export function createCancelClient(config: CancelClientConfig = {}): CancelClient {
  return createClientOf({ ...config, providers: ALL });
}

/**
 * Each vendor's error table (its spec's `x-cancel-error-kinds`), first match wins; a vendor answer
 * no row matches falls back to `statusMapping`.
 */
export const errorMappings: Readonly<Record<ProviderId, readonly ErrorKindRule[]>> =
  Object.fromEntries(PROVIDERS.map((p) => [p, ADAPTERS[p].profile.errorKinds])) as Record<
    ProviderId,
    readonly ErrorKindRule[]
  >;

/** Classifies one vendor answer of a cancel or status call: the table row and its kind. */
export function classifyVendorError(
  provider: ProviderId,
  answer: VendorAnswer,
  call: "cancel" | "status" | "list",
): Classification {
  return classifyAnswer(errorMappings[provider], answer, call);
}

/**
 * Turns anything a provider call threw into a CancelError (a CancelError passes through), by the
 * provider's rows of {@link errorMappings} unless `context.rules` gives others.
 */
export function toCancelError(error: unknown, context: CancelErrorContext) {
  return toCancelErrorWith(error, {
    ...context,
    rules: context.rules ?? (context.provider ? errorMappings[context.provider] : undefined),
  });
}
