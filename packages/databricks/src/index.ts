export * from "./generated/index.gen.js";
export { type DatabricksClientOptions, createClient } from "./client.js";
export { OAuthTokenError } from "./auth/oauth-common.js";
