export * from "./generated/index.gen.js";
export { type EmrServerlessClientOptions, createClient } from "./client.js";
export { createSigV4Authenticator, type SigV4AuthenticatorOptions } from "./auth/authenticator.js";
export {
  type AwsCredentials,
  type AwsCredentialsProvider,
  REFRESH_BEFORE_EXPIRY_MS,
} from "./auth/credentials.js";
export { SIGNING_NAME } from "./auth/endpoint.js";
