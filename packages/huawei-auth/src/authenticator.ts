import { type Authenticator, CredentialsError } from "@cancel/core";
import { type HuaweiAuthOptions, resolveHuaweiAuth } from "./credentials.js";
import { createAkSkSigner, formatSdkDate } from "./signer.js";

/**
 * Builds the `authenticate` hook of a Huawei client from options and environment (see
 * {@link resolveHuaweiAuth}). Credentials are resolved and checked here, once, so a bad
 * configuration fails when the client is created and nothing is ever sent.
 *
 * - AK/SK: every attempt gets a fresh `X-Sdk-Date`, `X-Project-Id` (when a project id is
 *   configured), `X-Security-Token` (temporary credentials) and an `Authorization:
 *   SDK-HMAC-SHA256 …` signature over all of its headers.
 * - IAM token: every attempt gets `X-Auth-Token` and no `Authorization`.
 */
export function createHuaweiAuthenticator(
  options: HuaweiAuthOptions = {},
  provider?: string,
): Authenticator {
  const resolved = resolveHuaweiAuth(options, provider);

  if (resolved.mode === "token") {
    const { token } = resolved;
    return (request) => {
      request.headers.delete("authorization");
      request.headers.set("X-Auth-Token", token);
    };
  }

  const { projectId, securityToken } = resolved;
  const signer = createAkSkSigner(resolved.ak, resolved.sk);
  const now = options.now ?? (() => new Date());
  return async (request, context) => {
    const { headers } = request;
    headers.delete("authorization");
    try {
      headers.set("X-Sdk-Date", formatSdkDate(now()));
      if (projectId !== undefined) headers.set("X-Project-Id", projectId);
      if (securityToken !== undefined) headers.set("X-Security-Token", securityToken);
      const { authorization } = await signer.sign({
        method: request.method,
        url: request.url,
        headers,
        body: context.body,
      });
      headers.set("Authorization", authorization);
    } catch (error) {
      // Only the message of our own failures (e.g. the clock) is kept: never the error object,
      // whose properties could hold key material.
      const reason = error instanceof Error ? error.message : "unknown error";
      throw new CredentialsError(`could not sign the request with the AK/SK: ${reason}`, {
        provider: context.provider,
        operation: context.operation,
        attempts: context.attempt - 1,
      });
    }
  };
}
