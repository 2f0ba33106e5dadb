// `@cancel/testing/msw`: the simulators as msw handlers (browser-safe: no `node:` import).
import { HttpResponse, http, type RequestHandler } from "msw";
import type { VendorSimulator } from "./base.js";
import { CONNECTION_RESET } from "./shared.js";
import type { Simulators } from "./simulators.js";

/** The msw handler of one simulator: every request to its URLs, answered from its state. */
export function vendorHandler(simulator: VendorSimulator): RequestHandler {
  return http.all(simulator.urlPattern, async ({ request }) => {
    const answer = await simulator.handle(request);
    return answer === CONNECTION_RESET ? HttpResponse.error() : answer;
  });
}

/**
 * msw handlers for the simulators (all five, or the given ones): pass them to `setupServer`
 * (node) or `setupWorker` (browser). A `reset` fault becomes `HttpResponse.error()`.
 */
export function simulatorHandlers(
  simulators: Simulators | readonly VendorSimulator[],
): RequestHandler[] {
  const list = "all" in simulators ? simulators.all : simulators;
  return list.map(vendorHandler);
}
