export { describeHuaweiAuth } from "./auth-suite.ts";
export { describeHuaweiEcho } from "./echo-suite.ts";
export { describeHuaweiOperationContract } from "./operation-contract-suite.ts";
export {
  type ReferenceInput,
  referenceAuthorization,
  referenceAuthorizationOf,
  referenceHeaders,
} from "./reference-sdk.ts";
export { describeHuaweiSecrets } from "./secrets-suite.ts";
export {
  type ErrorClass,
  type GeneratedOperation,
  type HuaweiClient,
  type HuaweiClientOptions,
  type HuaweiOperation,
  type HuaweiSubject,
  pathOf,
} from "./subject.ts";
