import { ConfigurationError } from "./errors.js";

export interface ServerVariableDefinition {
  default: string;
  enum?: readonly string[];
}

export interface ServerDefinition {
  url: string;
  /** Not in generated tables: the spec's description is a comment on each server there. */
  description?: string;
  variables: Readonly<Record<string, ServerVariableDefinition>>;
}

// Characters that would move a value out of its place in a URL (into userinfo, query, fragment).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const UNSAFE_ANYWHERE = /[\s\u0000-\u001f\u007f?#@\\]/;

/**
 * Fills a spec server URL template. Values are checked against the spec's enums; a variable that
 * stands in the host may not contain `/`, so a value can never change which host is called.
 */
export function resolveServerUrl(
  servers: readonly ServerDefinition[],
  variables: Readonly<Record<string, string | undefined>>,
  serverIndex = 0,
  provider?: string,
): string {
  const server = servers[serverIndex];
  const context = { provider };
  if (!server) throw new ConfigurationError(`no server with index ${serverIndex}`, context);
  for (const name of Object.keys(variables)) {
    if (variables[name] !== undefined && !Object.hasOwn(server.variables, name)) {
      const known = Object.keys(server.variables).join(", ") || "none";
      throw new ConfigurationError(`unknown server variable ${name} (known: ${known})`, context);
    }
  }
  const schemeEnd = server.url.indexOf("://");
  const hostEnd = schemeEnd < 0 ? -1 : server.url.indexOf("/", schemeEnd + 3);
  return server.url.replace(/\{([^{}]+)\}/g, (_match, name: string, offset: number) => {
    const definition = server.variables[name];
    if (!definition)
      throw new ConfigurationError(`server variable ${name} is not declared`, context);
    const value = variables[name] ?? definition.default;
    if (definition.enum && !definition.enum.includes(value)) {
      throw new ConfigurationError(
        `server variable ${name} must be one of ${definition.enum.join(", ")}, got ${JSON.stringify(value)}`,
        context,
      );
    }
    const inHost = schemeEnd >= 0 && offset > schemeEnd && (hostEnd < 0 || offset < hostEnd);
    if (value === "" || UNSAFE_ANYWHERE.test(value) || (inHost && value.includes("/"))) {
      throw new ConfigurationError(
        `server variable ${name} has characters that do not belong in a URL there: ${JSON.stringify(value)}`,
        context,
      );
    }
    return value;
  });
}
