export * from "./generated/index.gen.js";
export {
  createClient,
  type HuaweiDliClientOptions,
  dliEndpoint,
  dliServerVariables,
} from "./client.js";
export type {
  AkSkCredentials,
  HuaweiAuthOptions,
  HuaweiCredentials,
  TokenCredentials,
} from "@cancel/huawei-auth";
export {
  ApiError,
  AuthenticationError,
  CancelSdkError,
  ConfigurationError,
  CredentialsError,
  PermissionDeniedError,
  ValidationError,
} from "@cancel/core";
