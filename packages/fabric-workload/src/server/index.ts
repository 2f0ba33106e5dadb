/**
 * `@cancel/fabric-workload/server`: the workload's side of the Fabric jobs API, generated from the
 * same spec as the client. `createJobsHandler` returns a Fetch API handler; Node's `http` server
 * takes it through `@cancel/fabric-workload/server/node`.
 */
export {
  type ParsedSubjectAndAppToken,
  parseSubjectAndAppToken,
  type SubjectAndAppTokens,
  subjectAndAppTokenHeader,
} from "../auth/index.js";
export type { ItemJobInstanceState, JobInstanceStatus } from "./types.js";
export type {
  CancelItemJobInstanceAnswer,
  CancelItemJobInstanceHeaders,
  CancelItemJobInstanceIds,
  GetItemJobInstanceStateAnswer,
  GetItemJobInstanceStateHeaders,
  GetItemJobInstanceStateIds,
  ServerOperations,
} from "../generated/server.gen.js";
export {
  ENTRA_ID_JWKS_URL,
  type EntraIdIdentity,
  type EntraIdOptions,
  entraIdAuthenticator,
  FABRIC_APP_IDS,
  TokenValidationError,
} from "./entra-id.js";
export {
  type ErrorBodyForm,
  type ErrorExtendedInformation,
  type ErrorResponse,
  type ErrorSource,
  type SampleErrorResponse,
  WorkloadError,
  type WorkloadErrorInit,
  workloadErrorResponse,
} from "./errors.js";
export {
  type Authenticate,
  type AuthenticateInput,
  createJobsHandler,
  type JobsCallbacks,
  type JobsContext,
  type JobsErrorInfo,
  type JobsHandler,
  type JobsHandlerAuthenticateOptions,
  type JobsHandlerCommonOptions,
  type JobsHandlerEntraIdOptions,
} from "./handler.js";
export {
  type JobsOperationName,
  type JobsRouteLookup,
  type JobsRouteMatch,
  matchJobsRoute,
} from "./routes.js";
