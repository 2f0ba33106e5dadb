// The official Node.js SDK's signing path (huaweicloud-sdk-nodejs-v3, `@huaweicloud/huaweicloud-sdk-core`),
// used as an independent reference: BasicCredentials.processAuthRequest adds X-Project-Id and
// X-Security-Token exactly as the SDK's clients do, then signs with AKSKSigner.
import { BasicCredentials } from "@huaweicloud/huaweicloud-sdk-core";

export interface ReferenceInput {
  method: string;
  url: string;
  /** Request headers before auth (no X-Sdk-Date, X-Project-Id, X-Security-Token). */
  headers?: Record<string, string>;
  /** A JSON body: the SDK hashes `JSON.stringify(data)`. */
  data?: unknown;
  ak: string;
  sk: string;
  securityToken?: string | undefined;
  projectId?: string | undefined;
  /** X-Sdk-Date to sign with (the SDK uses a date header that is already present). */
  sdkDate: string;
}

/** The headers the official SDK would send for this request, names as the SDK writes them. */
export async function referenceHeaders(input: ReferenceInput): Promise<Record<string, string>> {
  let credentials = new BasicCredentials().withAk(input.ak).withSk(input.sk);
  if (input.securityToken !== undefined)
    credentials = credentials.withSecurityToken(input.securityToken);
  if (input.projectId !== undefined) credentials = credentials.withProjectId(input.projectId);
  const url = new URL(input.url);
  const queryParams: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    queryParams[key] = values.length === 1 ? values[0]! : values;
  }
  const request = {
    method: input.method,
    endpoint: url.origin,
    url: url.pathname,
    queryParams,
    headers: { ...input.headers, "X-Sdk-Date": input.sdkDate },
    data: input.data,
  };
  // processAuthRequest needs an HcClient only for federated tokens, which are not used here.
  const signed = await credentials.processAuthRequest({} as never, request);
  return signed.headers as Record<string, string>;
}

/** The official SDK's Authorization header for this request. */
export async function referenceAuthorization(input: ReferenceInput): Promise<string> {
  const headers = await referenceHeaders(input);
  const authorization = headers["Authorization"];
  if (!authorization) throw new Error("the reference SDK produced no Authorization header");
  return authorization;
}

/** Headers the official SDK adds itself (X-Project-Id, X-Security-Token) or signs with. */
const ADDED_BY_AUTH = ["authorization", "x-sdk-date", "x-project-id", "x-security-token"];

/**
 * The official SDK's Authorization for a request our client sent: the same method, URL, date
 * and headers as before auth, signed with `credentials`.
 */
export async function referenceAuthorizationOf(
  request: Request,
  credentials: Pick<ReferenceInput, "ak" | "sk" | "securityToken" | "projectId">,
): Promise<string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of request.headers)
    if (!ADDED_BY_AUTH.includes(name)) headers[name] = value;
  return referenceAuthorization({
    ...credentials,
    method: request.method,
    url: request.url,
    headers,
    sdkDate: request.headers.get("x-sdk-date") ?? "",
  });
}
