/**
 * The words a run selector (`@cancel/sdk`'s `RunSelector`) uses for itself, beside a vendor's list
 * scope. This file imports nothing, so the generator can load it from source: a spec's list scope
 * may not take one of these names (`x-cancel-list`).
 */
export const SELECTOR_FILTERS = [
  "states",
  "createdAfter",
  "createdBefore",
  "olderThanMs",
  "name",
  "maxRuns",
] as const;

/** Every word a selector takes for itself: `provider` and its filters. */
export const SELECTOR_WORDS = ["provider", ...SELECTOR_FILTERS] as const;
