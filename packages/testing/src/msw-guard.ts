// The Node `import` entry of `@cancel/testing/msw`. A failed static `import … from "msw"` cannot
// be caught, and Node's "Cannot find package 'msw'" does not say what to do; so the handlers load
// through a dynamic import and a missing msw becomes an error that says to install it. Bundlers
// and `require()` get `msw.js` itself: require(esm) refuses top-level await.
import { explainMissingMsw } from "./missing-msw.js";

const handlers = await import("./msw.js").catch((error: unknown) => {
  throw explainMissingMsw(error);
});

export const { simulatorHandlers, vendorHandler } = handlers;
