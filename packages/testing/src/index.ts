// `@cancel/testing`: the simulators alone, loading neither msw nor `node:` modules (browser-safe).
// The msw handlers are `@cancel/testing/msw`, the loopback servers `@cancel/testing/node`.
export * from "./core.js";
