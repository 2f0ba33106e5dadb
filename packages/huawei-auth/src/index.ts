export { createHuaweiAuthenticator } from "./authenticator.js";
export {
  type AkSkCredentials,
  HUAWEI_ENV,
  type HuaweiAuthOptions,
  type HuaweiCredentials,
  type TokenCredentials,
} from "./credentials.js";
export {
  type AkSkSigner,
  buildCanonicalRequest,
  buildStringToSign,
  canonicalQueryString,
  canonicalUri,
  createAkSkSigner,
  EMPTY_BODY_SHA256,
  formatAuthorization,
  formatSdkDate,
  headersToSign,
  parseSdkDate,
  SIGNING_ALGORITHM,
  type SignableRequest,
  type SignatureParts,
} from "./signer.js";
export {
  IAM_AUTH_ERROR_CODE,
  MAX_CLOCK_SKEW_MS,
  checkGatewayAuth,
  type GatewayOptions,
  type VerifyOptions,
  type VerifyResult,
  verifySignature,
} from "./verify.js";
export {
  huaweiServerVariables,
  resolveHuaweiAuthenticate,
  resolveHuaweiBaseUrl,
} from "./client-config.js";
