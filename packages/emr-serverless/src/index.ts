export * from "./generated/index.gen.js";
export { type EmrServerlessClientOptions, createClient } from "./client.js";
