export {
  buildRequest,
  type ClientOptions,
  createProviderClient,
  invoke,
  invokeWithMetadata,
  type Operation,
  type ProviderClient,
  type ProviderDescriptor,
  serializePath,
} from "./client.js";
export {
  type ErrorEnvelope,
  type ErrorFieldSource,
  pickField,
  readPointer,
} from "./error-envelope.js";
export {
  AbortError,
  ApiError,
  type ApiErrorDetails,
  apiErrorFor,
  AuthenticationError,
  BadRequestError,
  CancelSdkError,
  ClientHttpError,
  type ConfigurationDetails,
  ConfigurationError,
  type ConfigurationFix,
  ConflictError,
  ConnectionError,
  CredentialsError,
  type ErrorContext,
  NotFoundError,
  PermissionDeniedError,
  ProxyError,
  RateLimitError,
  RedirectError,
  ResponseParseError,
  ServerError,
  TimeoutError,
  ValidationError,
  type ValidationIssue,
} from "./errors.js";
export { DEFAULT_MAX_RESPONSE_BYTES, parseJsonSafely } from "./response.js";
export { credentialSecrets, REDACTED, secretScrubber } from "./redact.js";
export {
  type FetchLike,
  type HttpSender,
  type SendRequest,
  type SendResult,
} from "./http-sender.js";
export {
  type AttemptAnswer,
  type AttemptEvent,
  type AuthContext,
  type Authenticator,
  type CallOptions,
  DEFAULT_ATTEMPT_TIMEOUT_MS,
  type HttpResult,
  normaliseBaseUrl,
  type OutgoingRequest,
  type PreparedRequest,
  type ResponseMetadata,
  type SuccessBody,
  Transport,
  type TransportOptions,
} from "./transport.js";
export {
  checkHeaderValue,
  checkPathSegment,
  checkValue,
  type FieldLocation,
  type FieldRule,
  validateInput,
  type ValueRule,
} from "./validate.js";
export {
  resolveServerUrl,
  type ServerDefinition,
  type ServerVariableDefinition,
} from "./server-url.js";
export { readEnv } from "./env.js";
export {
  attemptLog,
  createLog,
  LOG_LEVEL_ENV,
  LOG_LEVELS,
  type Log,
  type LogFields,
  type Logger,
  type LogLevel,
  type LogOptions,
} from "./logger.js";
export type {
  SpanAttributes,
  SpanAttributeValue,
  Tracer,
  TraceSpan,
  TraceSpanOptions,
} from "./tracing.js";
export type { NetworkOptions, PemInput } from "./network.js";
export { HmacKey, hmacSha256, sha256, sha256Hex } from "./hash.js";
export { runtime } from "./runtime.js";
export { type Clock, systemClock } from "./clock.js";
export {
  backoffDelay,
  classify,
  DEFAULTS,
  MAX_TIMER_MS,
  parseRetryAfter,
  RETRYABLE_STATUSES,
  RetryBudget,
  type RetryDecision,
  type RetryOptions,
  resolveRetryOptions,
  type VendorRetryCodes,
} from "./retry-policy.js";
export {
  type AnswerMatcher,
  firstMatch,
  matchesAnswer,
  type VendorAnswer,
} from "./answer-matcher.js";
export { CANCEL_ERROR_KINDS, type CancelErrorKind, type ErrorKindRule } from "./error-kinds.js";
export {
  readRunState,
  RUN_STATES,
  type RunState,
  type RunStateReading,
  type RunStateRule,
  type StateSource,
  type StateValues,
  TERMINAL_RUN_STATES,
} from "./run-state.js";
export {
  type AnyCancelRule,
  type CancelOutcome,
  type CancelRule,
  cancelConfirmed,
  type ConfirmedCancel,
  type ConfirmOptions,
  outcomeOf,
  type ProviderProfile,
  readStatus,
  type StatusRule,
  type TargetVariant,
  variantFor,
} from "./cancel-rule.js";
export {
  type AnyListRule,
  fromEpochMs,
  type ListedRun,
  type ListFilters,
  type ListRule,
  type ListRunsOptions,
  listRuns,
  onlyActive,
  type PageRule,
  type TimeUnit,
  toEpochMs,
  vendorStatesFor,
} from "./list-rule.js";
export { SELECTOR_FILTERS, SELECTOR_WORDS } from "./selector-words.js";
