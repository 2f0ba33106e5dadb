export { type RecordedRequest, type MockServer, createMockServer } from "./mock-server.ts";
export { type SpecExample, type OperationExamples, specExamples } from "./spec-examples.ts";
export {
  type Fault,
  type FaultServer,
  refusedPort,
  type SeenRequest,
  startFaultServer,
} from "./fault-server.ts";
export { prng, toHexString, webCryptoHmac, webCryptoSha256 } from "./crypto.ts";
export { authenticateRequest, viaRequest } from "./via-request.ts";
export {
  assertNoSecrets,
  errorRenderings,
  type Rendering,
  renderError,
  sentCredentials,
} from "./secrets.ts";
export { ECHO_STATUS, ECHO_STYLES, type EchoStyle, echoAnswer } from "./echo.ts";
