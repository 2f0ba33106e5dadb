import type { ErrorMappingRule } from "./errors.js";

/** The Huawei Cloud API gateway's answers, the same in front of MRS and DLI. */
export const HUAWEI_GATEWAY: readonly ErrorMappingRule[] = [
  {
    codes: ["APIGW.0301"],
    kind: "unauthenticated",
    note: "API gateway: incorrect IAM authentication information (AK/SK signature, token)",
  },
  {
    codes: ["APIGW.0302"],
    kind: "forbidden",
    note: "API gateway: the IAM user is not authorized to access the API",
  },
  {
    codes: ["APIGW.0101"],
    kind: "invalid-request",
    note: "API gateway: the API does not exist (wrong endpoint or region), not a missing job",
  },
];
