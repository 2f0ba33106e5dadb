import type { components } from "../generated/schema.gen.js";

/** A job instance's state, what `cancel` and `getState` return (the spec's `ItemJobInstanceState`). */
export type ItemJobInstanceState = components["schemas"]["ItemJobInstanceState"];
/** A documented job instance status (`Cancelled` with a double L). */
export type JobInstanceStatus = components["schemas"]["JobInstanceStatus"];
