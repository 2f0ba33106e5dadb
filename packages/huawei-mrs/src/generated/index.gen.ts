// generated from specs/huawei-mrs.yaml by tools/generator, regenerate with `pnpm generate`
export * from "./cancel.gen.js";
export * from "./client.gen.js";
export * from "./operations.gen.js";
export type { components, operations, paths } from "./schema.gen.js";
