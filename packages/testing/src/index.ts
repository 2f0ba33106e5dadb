export * from "./core.js";
export { simulatorHandlers, vendorHandler } from "./msw.js";
