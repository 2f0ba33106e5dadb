import { checkGatewayAuth, IAM_AUTH_ERROR_CODE } from "@cancel/huawei-auth";
import { type SimulatorOptions, VendorSimulator } from "./base.js";
import type { Fault } from "./faults.js";
import { json, newRequestId } from "./shared.js";

export interface HuaweiSimulatorOptions extends SimulatorOptions {
  /** AK/SK pairs whose `SDK-HMAC-SHA256` signatures are accepted (API Gateway check). */
  credentials?: readonly { ak: string; sk: string }[] | undefined;
  /** IAM tokens accepted in `X-Auth-Token`. */
  tokens?: readonly string[] | undefined;
}

const AKSK =
  /^SDK-HMAC-SHA256 Access=[^,\s]+, SignedHeaders=[a-z0-9!#$%&'*+.^_`|~;-]+, Signature=[0-9a-f]{64}$/;

/** What MRS and DLI share: API Gateway auth and error answers (`error_code`/`error_msg`, `X-Request-Id`). */
export abstract class HuaweiSimulator extends VendorSimulator {
  readonly #credentials: HuaweiSimulatorOptions["credentials"];
  readonly #tokens: HuaweiSimulatorOptions["tokens"];

  constructor(options: HuaweiSimulatorOptions, defaultPattern: RegExp) {
    super(options, defaultPattern);
    this.#credentials = options.credentials;
    this.#tokens = options.tokens;
  }

  protected error(
    status: number,
    code: string,
    message: string,
    headers: Record<string, string> = {},
  ): Response {
    const requestId = newRequestId();
    const gateway = code.startsWith("APIGW.");
    return json(
      status,
      gateway
        ? { error_msg: message, error_code: code, request_id: requestId }
        : { error_code: code, error_msg: message },
      { "X-Request-Id": requestId, ...headers },
    );
  }

  protected ok(status: number, body: unknown): Response {
    return json(status, body, { "X-Request-Id": newRequestId() });
  }

  protected unknownPath(): Response {
    return this.error(
      404,
      "APIGW.0101",
      "The API does not exist or has not been published in the environment.",
    );
  }

  protected faultAnswer(fault: Exclude<Fault, { kind: "latency" | "reset" }>): Response {
    if (fault.kind === "throttle") {
      return this.error(429, "APIGW.0308", "The throttling threshold has been reached.", {
        "Retry-After": String(fault.retryAfterSeconds ?? 1),
      });
    }
    const status = fault.status ?? 500;
    if (status === 500) return this.internalError();
    return this.error(status, "APIGW.0103", "The backend does not exist.");
  }

  /** The service's own 500 answer. */
  protected abstract internalError(): Response;

  protected async authenticate(request: Request): Promise<Response | undefined> {
    const configured = this.#credentials !== undefined || this.#tokens !== undefined;
    if (!configured) {
      // Without configured credentials: any well-formed AK/SK header or token passes.
      const auth = request.headers.get("authorization");
      if (
        auth !== null
          ? AKSK.test(auth) && request.headers.has("x-sdk-date")
          : request.headers.get("x-auth-token")
      ) {
        return undefined;
      }
    }
    const credentials = this.#credentials ?? [];
    const tokens = this.#tokens ?? [];
    const refused = await checkGatewayAuth(request, {
      secretFor: (ak) => credentials.find((c) => c.ak === ak)?.sk,
      acceptToken: (token) => tokens.includes(token),
      now: new Date(this.clock.now()),
    });
    if (refused === undefined) return undefined;
    // checkGatewayAuth answers 401 APIGW.0301 with the gateway's message; keep it as is.
    return refused.status === 401
      ? refused
      : this.error(401, IAM_AUTH_ERROR_CODE, "Incorrect IAM authentication information");
  }
}
