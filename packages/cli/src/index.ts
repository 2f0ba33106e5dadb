export { EXIT, type Io, mainHelp, parseDuration, parseTargets, providerHelp, run } from "./cli.js";
export type { Flags } from "./config.js";
export { GUARD_DEFAULTS, guardHelp, type StopSignal } from "./guard.js";
export { cliMessage, type Origins } from "./messages.js";
export { type FlagSpec, PROVIDER_SPECS, type ProviderSpec, UsageError } from "./providers.js";
