/// <reference types="node" />
/**
 * Node's built-in modules, loaded on first use rather than at import: `node:http`, `node:https`
 * and `node:crypto` cost a few milliseconds each to load, which an import of a provider package
 * must not pay (only its first call does).
 */
import { createRequire } from "node:module";

const getBuiltinModule = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule;
// Node before 20.16 has no process.getBuiltinModule: a require made once stands in. (Not a
// top-level await import: that would stop CommonJS from require()-ing the package.)
const fallbackRequire = getBuiltinModule ? undefined : createRequire(import.meta.url);

export function builtin<T>(id: `node:${string}`): T {
  return (getBuiltinModule ? getBuiltinModule(id) : fallbackRequire!(id)) as T;
}
