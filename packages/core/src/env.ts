/**
 * Reads an environment variable where there is one (Node, Bun, Deno) and returns undefined
 * elsewhere (browsers, workers), without importing anything from `node:`. Under Deno without
 * `--allow-env` (or without access to that name) the variable reads as unset: options given in
 * code then work as they do everywhere, and only what is missing is reported.
 */
export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  let value: string | undefined;
  try {
    value = env?.[name];
  } catch {
    // Deno's NotCapable: no permission to read this variable.
    return undefined;
  }
  return value === undefined || value === "" ? undefined : value;
}
