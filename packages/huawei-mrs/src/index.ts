export * from "./generated/index.gen.js";
export { type HuaweiMrsClientOptions, createClient } from "./client.js";
