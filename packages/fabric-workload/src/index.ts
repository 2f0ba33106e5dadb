export * from "./generated/index.gen.js";
export { type FabricWorkloadClientOptions, createClient } from "./client.js";
