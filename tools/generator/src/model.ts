/**
 * The model of one spec: what `parser/` reads and checks, and what the emitters write out. Types
 * only, so emitters depend on this file and never on how a spec is parsed. Shapes `@cancel/core`
 * already defines are core's own types, imported from its source by path (type-only imports are
 * erased, so the generator still runs before any package is built).
 */
import type { AnswerMatcher } from "../../../packages/core/src/answer-matcher.ts";
import type { ErrorEnvelope, ErrorFieldSource } from "../../../packages/core/src/error-envelope.ts";
import type { ErrorKindRule } from "../../../packages/core/src/error-kinds.ts";
import type { VendorRetryCodes } from "../../../packages/core/src/retry-policy.ts";
import type { RunState } from "../../../packages/core/src/run-state.ts";
import type { FieldLocation, FieldRule, ValueRule } from "../../../packages/core/src/validate.ts";

export type {
  AnswerMatcher,
  ErrorEnvelope,
  ErrorFieldSource,
  ErrorKindRule,
  FieldLocation,
  FieldRule,
  RunState,
  ValueRule,
  VendorRetryCodes,
};

/** How a field takes part in the umbrella's target (`x-cancel-target` on a parameter). */
export type TargetMode = "default" | "optional" | "omit";

/** One field of an operation's input object: core's `FieldRule`, plus what the emitters print. */
export interface FieldModel extends FieldRule {
  description: string | undefined;
  deprecated: boolean;
  /** The TypeScript type of the field in the input object. */
  tsType: string;
  /** How the field takes part in the umbrella's target (`x-cancel-target`). */
  target: TargetMode;
  /** The value is the request's own id, for correlation (`x-cancel-request-id: true`). */
  requestId: boolean;
  pointer: string;
}

/** A component schema of run states with its `x-cancel-states`. */
export interface StatesModel {
  /** The component's name, e.g. `JobRunState`. */
  name: string;
  /** Documented values in the spec's order, each with its run state (or null). */
  values: [string, RunState | null][];
  /** Whether values beyond the documented ones may come (an `anyOf` with a plain string). */
  open: boolean;
  description: string | undefined;
  pointer: string;
}

/** Where one state field is read: a JSON pointer into a 2xx body, landing on a states schema. */
export interface StateSourceModel {
  pointer: string;
  /** The property names along the pointer. */
  path: string[];
  /** The `StatesModel` name at its end. */
  states: string;
}

/** Where an operation's answer tells a run's state (`x-cancel-status`, a cancel's `answer`). */
export interface StatusRuleModel {
  state: StateSourceModel[];
  result: StateSourceModel[];
}

/** A cancel operation's `x-cancel-cancel`. */
export interface CancelModel {
  /** The operationId that reads the same run's state. */
  status: string | undefined;
  /** The run's state carried by the cancel's own success body. */
  answer: StatusRuleModel | undefined;
  ambiguous: AnswerMatcher[];
  /** The vendor accepts a cancel of an ended run like any other (`acceptsEnded`). */
  acceptsEnded: boolean;
  pointer: string;
}

export interface OperationModel {
  operationId: string;
  method: string;
  path: string;
  summary: string | undefined;
  description: string | undefined;
  deprecated: boolean;
  fields: FieldModel[];
  /** The operation takes a JSON request body (sent as `{}` when no body field is given). */
  jsonBody: boolean;
  /**
   * Success statuses; `json` when the spec gives a JSON body, `emptyOk` when that body is an object
   * with no required members (so an empty body means `{}`).
   */
  success: { status: string; json: boolean; emptyOk: boolean }[];
  /** Error statuses (including `default`) with a JSON body. */
  errorBodies: string[];
  /** Where the operation's answer tells a run's state (`x-cancel-status`). */
  status: StatusRuleModel | undefined;
  /** A cancel's outcomes (`x-cancel-cancel`). */
  cancel: CancelModel | undefined;
  /** Where its answer lists runs (`x-cancel-list`). */
  list: ListModel | undefined;
  pointer: string;
}

/** How a vendor writes a point in time (`@cancel/core`'s `TimeUnit`). */
export type TimeUnit = "epoch-seconds" | "epoch-millis" | "date-time";

export type ListPageModel =
  | { kind: "token"; input: string; next: string[]; more: string[] | undefined }
  | { kind: "offset"; input: string; total: string[] | undefined }
  | { kind: "number"; input: string; total: string[] | undefined; first: number };

/** An operation's `x-cancel-list`. */
export interface ListModel {
  /** The property path of the runs array in the success body. */
  itemsPath: string[];
  /** Each target field: from one listed run (a path into it) or from an input field. */
  target: Record<
    string,
    | { input: string; type: string | undefined }
    | { item: string[]; pointer: string; type: string | undefined }
  >;
  /** State sources relative to one run. */
  state: StatusRuleModel;
  createdAt: { path: string[]; unit: TimeUnit } | undefined;
  name: { path: string[] } | undefined;
  page: ListPageModel;
  size: { input: string; max: number } | undefined;
  filters: {
    states?: string;
    active?: string;
    createdAfter?: { input: string; unit: TimeUnit };
    createdBefore?: { input: string; unit: TimeUnit };
  };
  /** Inputs that are neither paging nor filters: the list's scope (and the vendor's own filters). */
  scope: { key: string; required: boolean }[];
  pointer: string;
}

export interface ServerVariableModel {
  default: string;
  enum: string[] | undefined;
  description: string | undefined;
}

export interface ServerModel {
  url: string;
  description: string | undefined;
  variables: Record<string, ServerVariableModel>;
}

/** A field of the umbrella's target of a provider. */
export interface TargetFieldModel {
  key: string;
  required: boolean;
  tsType: string;
  /** The JSON type of the value (`string`, `integer`, …), for callers that parse text (the CLI). */
  type: string;
  description: string | undefined;
}

/** One way to cancel a target: a cancel operation and the fields it needs. */
export interface VariantModel {
  cancel: OperationModel;
  status: OperationModel | undefined;
  /** Target fields this variant needs. */
  requires: string[];
  /** Cancel input fields taken from the target. */
  fields: FieldModel[];
}

export interface TargetModel {
  fields: TargetFieldModel[];
  /** Most specific first: the first whose required fields a target has is used. */
  variants: VariantModel[];
}

/** One callback of a server handler (`x-cancel-server`): its name and the operation it answers. */
export interface ServerHandlerModel {
  name: string;
  operation: OperationModel;
  /** The 2xx status answered with the callback's JSON body (the operation's first JSON success). */
  status: number;
}

/** The spec's `x-cancel-server`: the package also ships a handler for the API. */
export interface ServerExtensionModel {
  handlers: ServerHandlerModel[];
  pointer: string;
}

export interface SpecModel {
  /** Provider id, from the file name. */
  id: string;
  /** The spec's path relative to the repository root, e.g. `specs/databricks.yaml`. */
  file: string;
  title: string;
  version: string;
  description: string | undefined;
  /** The parsed document, refs unresolved, for openapi-typescript. */
  document: Record<string, unknown>;
  servers: ServerModel[];
  errors: ErrorEnvelope;
  retry: VendorRetryCodes;
  /** Vendor answers → `CancelError` kinds (`x-cancel-error-kinds`), first match wins. */
  errorKinds: ErrorKindRule[];
  /** Component schemas of run states (`x-cancel-states`), by name, in spec order. */
  states: StatesModel[];
  operations: OperationModel[];
  /** The umbrella's target of this vendor, derived from the `x-cancel-cancel` operations. */
  target: TargetModel | undefined;
  /** The handler the package ships for the API, when a customer implements it (`x-cancel-server`). */
  server: ServerExtensionModel | undefined;
}
