/**
 * The default `authenticate` of the jobs handler: verifies the SubjectAndAppToken's Entra ID
 * tokens with `jose`, making the checks Microsoft's reference workload makes
 * (`Backend/src/Services/AuthenticationService.cs` of microsoft/Microsoft-Fabric-workload-development-sample,
 * snapshot 37ab397: `Authenticate`, `ValidateAadTokenCommon`, `ValidateAppOnly`,
 * `CreateIssuerValidator`, `CreateAudienceValidator`), as Microsoft Learn describes them
 * ("Backend authentication and authorization overview", fabric/workload-development-kit/back-end-authentication;
 * "Authenticate remote endpoints", fabric/extensibility-toolkit/authentication-remote).
 */
import { ConfigurationError } from "@cancel/core";
import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";
import type { Authenticate } from "./handler.js";

/** Fabric's apps whose app-only tokens a workload accepts (`EnvironmentConstants.cs` of the sample). */
export const FABRIC_APP_IDS = {
  /** `FabricBackendAppId`: the Fabric backend, the caller of the workload API. */
  fabricBackend: "00000009-0000-0000-c000-000000000000",
  /** `FabricClientForWorkloadsAppId`. */
  fabricClientForWorkloads: "d2450708-699c-41e3-8077-b0c8341509aa",
} as const;

/**
 * Entra ID's signing keys, the same for every tenant (Microsoft identity platform, "Access
 * tokens: validate tokens"; the sample reads them through `/common/.well-known/openid-configuration`).
 * A single-tenant setup may use `https://login.microsoftonline.com/<tenant>/discovery/v2.0/keys`.
 */
export const ENTRA_ID_JWKS_URL = "https://login.microsoftonline.com/common/discovery/v2.0/keys";

/** The scope a delegated subject token must carry (`WorkloadScopes.FabricWorkloadControl`). */
const FABRIC_WORKLOAD_CONTROL = "FabricWorkloadControl";

export interface EntraIdOptions {
  /** The workload publisher's tenant: an app token's `tid` must be it (the sample's `PublisherTenantId`). */
  publisherTenantId: string;
  /** The workload app's client (application) id: the `aud` of v2.0 tokens (the sample's `ClientId`). */
  clientId: string;
  /**
   * The workload app's audience for v1.0 tokens, its Application ID URI, e.g.
   * `api://localdevinstance/<tenant>/Fabric.WorkloadSample/123` (the sample's `Audience`).
   */
  audience: string;
  /**
   * The signing keys: a jose key resolver (`createLocalJWKSet`, `createRemoteJWKSet`) or a JWKS
   * URL. Default {@link ENTRA_ID_JWKS_URL}.
   */
  jwks?: JWTVerifyGetKey | URL | string | undefined;
  /**
   * Refuse a request without a subject token. Default false: Fabric sends `subjectToken=""` for
   * calls without a user (service principals, scheduled and automated jobs; Microsoft Learn,
   * "Authenticate remote endpoints"). The sample requires one (`requireSubjectToken = true`).
   */
  requireSubjectToken?: boolean | undefined;
  /** The apps whose app tokens are accepted. Default both of {@link FABRIC_APP_IDS}. */
  fabricAppIds?: readonly string[] | undefined;
  /** A subject token must carry one of these scopes (`scp`). Default `["FabricWorkloadControl"]`. */
  scopes?: readonly string[] | undefined;
  /** Clock skew allowed on `exp` and `nbf`, in seconds. Default 60, the sample's `ClockSkew`. */
  clockToleranceSeconds?: number | undefined;
}

/** What the default `authenticate` hands to the callbacks as `context.auth`. */
export interface EntraIdIdentity {
  /** The caller's tenant (`x-ms-client-tenant-id`, as a lowercase GUID). */
  tenantId: string;
  /** The verified claims of the app token (Fabric's app-only token). */
  app: JWTPayload;
  /** The verified claims of the subject token; undefined when the call has no user. */
  subject: JWTPayload | undefined;
  /**
   * The subject token itself, for an on-behalf-of exchange (the sample keeps it as
   * `OriginalSubjectToken`). A function, so that no rendering of the identity (`JSON.stringify`,
   * `console.log`, `util.inspect`) shows the token.
   */
  subjectToken(): string | undefined;
}

type TokenName = "appToken" | "subjectToken";

/** A token the default `authenticate` refused; the message names the token and the claim. */
export class TokenValidationError extends Error {
  override name = "TokenValidationError";
  readonly token: TokenName;
  /** The claim that failed (`exp`, `aud`, `iss`, `tid`, …), or undefined (signature, keys, format). */
  readonly claim: string | undefined;

  constructor(token: TokenName, claim: string | undefined, problem: string) {
    super(`${token}: ${claim === undefined ? "" : `claim "${claim}" `}${problem}`);
    this.token = token;
    this.claim = claim;
  }
}

function required(options: EntraIdOptions, name: "publisherTenantId" | "clientId" | "audience") {
  const value = options[name];
  if (typeof value !== "string" || value.trim() === "") {
    throw new ConfigurationError(`entraId.${name} is required: a non-empty string`, {
      provider: "fabric-workload",
      subject: `entraId.${name}`,
      problem: "is required",
    });
  }
  return value;
}

const claimText = (payload: JWTPayload, claim: string): string | undefined =>
  typeof payload[claim] === "string" ? (payload[claim] as string) : undefined;

/** jose's failures, as the claim (or part) that failed; never the token. */
function joseFailure(token: TokenName, error: unknown): TokenValidationError {
  if (error instanceof errors.JWTExpired)
    return new TokenValidationError(token, "exp", "has passed: the token has expired");
  if (error instanceof errors.JWTClaimValidationFailed) {
    const problem =
      error.claim === "nbf"
        ? "is in the future: the token is not valid yet"
        : error.reason === "missing"
          ? "is missing"
          : "failed validation";
    return new TokenValidationError(token, error.claim, problem);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return new TokenValidationError(
      token,
      undefined,
      "signature does not verify with the signing keys",
    );
  if (error instanceof errors.JWKSNoMatchingKey)
    return new TokenValidationError(
      token,
      undefined,
      'no signing key matches the token header\'s "kid"',
    );
  if (error instanceof errors.JOSEAlgNotAllowed)
    return new TokenValidationError(token, undefined, 'is not signed with RS256 (header "alg")');
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid)
    return new TokenValidationError(token, undefined, "is not a well-formed signed JWT");
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
    return new TokenValidationError(
      token,
      undefined,
      "could not be checked: the signing keys could not be fetched",
    );
  return new TokenValidationError(token, undefined, "could not be verified");
}

/**
 * The default `authenticate`: checks both tokens of the SubjectAndAppToken header as the
 * reference workload does and resolves to the verified claims. Each failure throws a
 * {@link TokenValidationError} naming the claim (the handler answers it 401 `AuthError`).
 *
 * Every token: RS256 signature by Entra ID's keys, `exp`/`nbf` (60 s skew), `ver` 1.0 or 2.0,
 * `iss` the Entra ID issuer of its own `tid` (`https://sts.windows.net/<tid>/` for v1.0,
 * `https://login.microsoftonline.com/<tid>/v2.0` for v2.0), `aud` the workload (`audience` for
 * v1.0, `clientId` for v2.0), an app id claim (`appid` for v1.0, `azp` for v2.0).
 * The app token: app-only (`idtyp` `app`, an `oid`, no `scp`), from a Fabric app
 * ({@link FABRIC_APP_IDS}), `tid` the publisher's tenant.
 * The subject token, when there is one: delegated (no `idtyp`, a `scp`), of the same app as the
 * app token, `tid` the `x-ms-client-tenant-id` tenant, a `FabricWorkloadControl` scope.
 */
export function entraIdAuthenticator(options: EntraIdOptions): Authenticate<EntraIdIdentity> {
  if (options === null || typeof options !== "object") {
    throw new ConfigurationError("entraId must be an object", { provider: "fabric-workload" });
  }
  const publisherTenantId = required(options, "publisherTenantId").toLowerCase();
  const clientId = required(options, "clientId");
  const audience = required(options, "audience");
  const appIds = options.fabricAppIds ?? Object.values(FABRIC_APP_IDS);
  const scopes = options.scopes ?? [FABRIC_WORKLOAD_CONTROL];
  const clockTolerance = options.clockToleranceSeconds ?? 60;
  const source = options.jwks ?? ENTRA_ID_JWKS_URL;
  // A remote key set caches the keys and refetches on an unknown `kid` (jose's createRemoteJWKSet).
  const keys: JWTVerifyGetKey =
    typeof source === "function" ? source : createRemoteJWKSet(new URL(source));

  /** `ValidateAadTokenCommon` + `ValidateAppOnly`: the checks every token gets. */
  async function verify(token: string, name: TokenName, appOnly: boolean) {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: ["RS256"],
        clockTolerance,
        requiredClaims: ["exp"],
      }));
    } catch (error) {
      throw joseFailure(name, error);
    }
    const fail = (claim: string, problem: string) => new TokenValidationError(name, claim, problem);
    const version = claimText(payload, "ver");
    if (version !== "1.0" && version !== "2.0") throw fail("ver", 'must be "1.0" or "2.0"');
    const tid = claimText(payload, "tid");
    if (tid === undefined) throw fail("tid", "is missing");
    const issuer =
      version === "1.0"
        ? `https://sts.windows.net/${tid}/`
        : `https://login.microsoftonline.com/${tid}/v2.0`;
    if (payload.iss !== issuer)
      throw fail("iss", `is not the Entra ID issuer of the token's tenant (v${version})`);
    const expected = version === "1.0" ? audience : clientId;
    const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if (!audiences.includes(expected)) {
      throw fail(
        "aud",
        `is not the workload's ${version === "1.0" ? "audience (v1.0 tokens)" : "clientId (v2.0 tokens)"}`,
      );
    }
    const appIdClaim = version === "1.0" ? "appid" : "azp";
    const appId = claimText(payload, appIdClaim);
    if (appId === undefined) throw fail(appIdClaim, "is missing");
    if (appOnly) {
      if (payload.idtyp !== "app") throw fail("idtyp", 'must be "app" in an app-only token');
      if (claimText(payload, "oid") === undefined) throw fail("oid", "is missing");
      if (payload.scp !== undefined) throw fail("scp", "must be absent in an app-only token");
    } else {
      if (payload.idtyp !== undefined) throw fail("idtyp", "must be absent in a delegated token");
      if (claimText(payload, "scp") === undefined) throw fail("scp", "is missing");
    }
    return { payload, tid: tid.toLowerCase(), appIdClaim, appId };
  }

  return async ({ appToken, subjectToken, tenantId }) => {
    const app = await verify(appToken, "appToken", true);
    if (!appIds.includes(app.appId)) {
      throw new TokenValidationError("appToken", app.appIdClaim, "is not a Fabric application");
    }
    if (app.tid !== publisherTenantId) {
      throw new TokenValidationError("appToken", "tid", "is not the workload publisher's tenant");
    }
    const identity: EntraIdIdentity = {
      tenantId,
      app: app.payload,
      subject: undefined,
      subjectToken: () => undefined,
    };
    if (subjectToken === undefined) {
      if (options.requireSubjectToken) {
        throw new TokenValidationError(
          "subjectToken",
          undefined,
          "is required but the header has none",
        );
      }
      return identity;
    }
    const subject = await verify(subjectToken, "subjectToken", false);
    if (subject.appId !== app.appId) {
      throw new TokenValidationError(
        "subjectToken",
        subject.appIdClaim,
        "is not the app token's application",
      );
    }
    if (subject.tid !== tenantId) {
      throw new TokenValidationError(
        "subjectToken",
        "tid",
        "is not the x-ms-client-tenant-id tenant",
      );
    }
    const granted = (claimText(subject.payload, "scp") ?? "").split(" ");
    if (!granted.some((scope) => scopes.includes(scope))) {
      throw new TokenValidationError(
        "subjectToken",
        "scp",
        `has none of the required scopes (${scopes.join(", ")})`,
      );
    }
    identity.subject = subject.payload;
    identity.subjectToken = () => subjectToken;
    return identity;
  };
}
