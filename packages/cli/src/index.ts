export { EXIT, type Io, mainHelp, parseDuration, parseTargets, providerHelp, run } from "./cli.js";
export { PROVIDER_SPECS, type ProviderSpec, UsageError } from "./providers.js";
