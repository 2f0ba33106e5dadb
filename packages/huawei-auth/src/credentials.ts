import {
  type ConfigurationDetails,
  ConfigurationError,
  checkHeaderValue,
  readEnv,
} from "@cancel/core";

/** A permanent or temporary AK/SK pair (temporary ones come with a security token). */
export interface AkSkCredentials {
  /** Access key id (AK). Sent in the `Authorization` header. */
  ak: string;
  /** Secret access key (SK). Only ever used as the HMAC key; never sent. */
  sk: string;
  /** Security token of temporary credentials; sent as `X-Security-Token`. */
  securityToken?: string | undefined;
}

/** An IAM token (the `X-Subject-Token` of `POST /v3/auth/tokens`); sent as `X-Auth-Token`. */
export interface TokenCredentials {
  token: string;
}

export type HuaweiCredentials = AkSkCredentials | TokenCredentials;

/** The auth options the Huawei clients accept. */
export interface HuaweiAuthOptions {
  /**
   * AK/SK (`{ ak, sk, securityToken? }`) or an IAM token (`{ token }`). When absent, read from
   * `HUAWEICLOUD_SDK_AK`, `HUAWEICLOUD_SDK_SK` and `HUAWEICLOUD_SDK_SECURITY_TOKEN`.
   */
  credentials?: HuaweiCredentials | undefined;
  /**
   * Project id sent as `X-Project-Id` with AK/SK signing. When absent, read from
   * `HUAWEICLOUD_SDK_PROJECT_ID`. The operations still take `projectId` in their input (it is
   * part of the URL path).
   */
  projectId?: string | undefined;
  /** Clock for `X-Sdk-Date` (tests). Defaults to the client's `clock`, else the system clock. */
  now?: (() => Date) | undefined;
}

/** Environment variables read, the same names the official Huawei Cloud SDKs read. */
export const HUAWEI_ENV = {
  ak: "HUAWEICLOUD_SDK_AK",
  sk: "HUAWEICLOUD_SDK_SK",
  securityToken: "HUAWEICLOUD_SDK_SECURITY_TOKEN",
  projectId: "HUAWEICLOUD_SDK_PROJECT_ID",
} as const;

/** Credentials resolved from options and environment, checked and ready to use. */
export type ResolvedHuaweiAuth =
  | {
      mode: "aksk";
      ak: string;
      sk: string;
      securityToken: string | undefined;
      projectId: string | undefined;
      /** Where the credentials came from, for messages: `options` or `environment`. */
      source: "options" | "environment";
    }
  | { mode: "token"; token: string; projectId: string | undefined; source: "options" };

// An AK goes inside the structured Authorization value, so it may not hold separators either.
const ACCESS_KEY_SHAPE = /^[\x21-\x7e]+$/;
const ACCESS_KEY_SEPARATORS = /[,;=]/;

// Value errors name their field in the message only: the no-credentials error's fixes already
// fill this package's size budget (tools/release/size-budgets.json).
function fail(
  message: string,
  provider: string | undefined,
  details?: ConfigurationDetails,
): never {
  throw new ConfigurationError(message, { ...details, provider });
}

/** Checks a value that will be sent in a header; the message names the field, never the value. */
function checkHeaderField(name: string, value: unknown, provider: string | undefined): string {
  if (typeof value !== "string" || value === "")
    fail(`${name} must be a non-empty string`, provider);
  const problem = checkHeaderValue(value);
  if (problem) fail(`${name} ${problem}; nothing was sent`, provider);
  return value;
}

function checkAccessKey(name: string, value: unknown, provider: string | undefined): string {
  const ak = checkHeaderField(name, value, provider);
  if (!ACCESS_KEY_SHAPE.test(ak) || ACCESS_KEY_SEPARATORS.test(ak)) {
    fail(
      `${name} must be printable ASCII without spaces, commas, semicolons or '='; nothing was sent`,
      provider,
    );
  }
  return ak;
}

function checkSecret(name: string, value: unknown, provider: string | undefined): string {
  if (typeof value !== "string" || value === "")
    fail(`${name} must be a non-empty string`, provider);
  return value;
}

/**
 * Resolves Huawei credentials. Options win over the environment: when `credentials` is given the
 * environment's AK/SK/security token are not read at all (so a key pair is never half from one
 * and half from the other); `projectId` falls back to `HUAWEICLOUD_SDK_PROJECT_ID` on its own.
 * Throws ConfigurationError naming the problem (never a secret) when nothing usable is found.
 */
export function resolveHuaweiAuth(
  options: HuaweiAuthOptions,
  provider?: string,
): ResolvedHuaweiAuth {
  const projectIdRaw = options.projectId ?? readEnv(HUAWEI_ENV.projectId);
  const projectIdName = options.projectId !== undefined ? "projectId" : HUAWEI_ENV.projectId;
  const projectId =
    projectIdRaw === undefined
      ? undefined
      : checkHeaderField(projectIdName, projectIdRaw, provider);

  const credentials = options.credentials as Record<string, unknown> | undefined;
  if (credentials !== undefined) {
    if (credentials === null || typeof credentials !== "object") {
      fail("credentials must be { ak, sk, securityToken? } or { token }", provider);
    }
    const hasToken = credentials["token"] !== undefined;
    const hasKeys = credentials["ak"] !== undefined || credentials["sk"] !== undefined;
    if (hasToken && hasKeys) {
      fail(
        "credentials has both an AK/SK pair (ak, sk) and an IAM token (token): configure one of them",
        provider,
      );
    }
    if (hasToken) {
      if (credentials["securityToken"] !== undefined) {
        fail(
          "credentials.securityToken belongs to temporary AK/SK credentials, not to an IAM token",
          provider,
        );
      }
      return {
        mode: "token",
        token: checkHeaderField("credentials.token", credentials["token"], provider),
        projectId,
        source: "options",
      };
    }
    if (credentials["ak"] === undefined)
      fail("credentials.ak is missing (credentials.sk is set)", provider);
    if (credentials["sk"] === undefined)
      fail("credentials.sk is missing (credentials.ak is set)", provider);
    const securityToken = credentials["securityToken"];
    return {
      mode: "aksk",
      ak: checkAccessKey("credentials.ak", credentials["ak"], provider),
      sk: checkSecret("credentials.sk", credentials["sk"], provider),
      securityToken:
        securityToken === undefined
          ? undefined
          : checkHeaderField("credentials.securityToken", securityToken, provider),
      projectId,
      source: "options",
    };
  }

  const ak = readEnv(HUAWEI_ENV.ak);
  const sk = readEnv(HUAWEI_ENV.sk);
  const securityToken = readEnv(HUAWEI_ENV.securityToken);
  if (ak === undefined && sk === undefined) {
    fail(
      `no Huawei Cloud credentials: pass credentials: { ak, sk } or { token }, set ${HUAWEI_ENV.ak} and ${HUAWEI_ENV.sk}, or pass an authenticate hook`,
      provider,
      { problem: "no Huawei Cloud credentials", fix: { env: [HUAWEI_ENV.ak, HUAWEI_ENV.sk] } },
    );
  }
  if (ak === undefined) fail(`${HUAWEI_ENV.ak} is not set (${HUAWEI_ENV.sk} is)`, provider);
  if (sk === undefined) fail(`${HUAWEI_ENV.sk} is not set (${HUAWEI_ENV.ak} is)`, provider);
  return {
    mode: "aksk",
    ak: checkAccessKey(HUAWEI_ENV.ak, ak, provider),
    sk: checkSecret(HUAWEI_ENV.sk, sk, provider),
    securityToken:
      securityToken === undefined
        ? undefined
        : checkHeaderField(HUAWEI_ENV.securityToken, securityToken, provider),
    projectId,
    source: "environment",
  };
}
