export * from "./generated/index.gen.js";
export { type HuaweiDliClientOptions, createClient } from "./client.js";
