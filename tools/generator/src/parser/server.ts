/** The Server Objects of a spec and their variables (the generated `servers` and `serverUrl`). */
import { pointerOf } from "../spec-error.ts";
import type { ServerModel, ServerVariableModel } from "../model.ts";
import { isObject, type SpecReader, text } from "./reader.ts";

export function readServers(reader: SpecReader, raw: unknown): ServerModel[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    reader.fail("/servers", "at least one server is required");
    return [];
  }
  return raw.flatMap((server, i): ServerModel[] => {
    const at = `/servers/${i}`;
    if (!isObject(server) || typeof server.url !== "string") {
      reader.fail(at, "a server needs a url");
      return [];
    }
    const variables: Record<string, ServerVariableModel> = {};
    const rawVars = isObject(server.variables) ? server.variables : {};
    for (const [name, variable] of Object.entries(rawVars)) {
      if (!isObject(variable) || typeof variable.default !== "string") {
        reader.fail(
          `${at}/variables${pointerOf(name)}`,
          "a server variable needs a string default",
        );
        continue;
      }
      const values = Array.isArray(variable.enum)
        ? variable.enum.filter((v): v is string => typeof v === "string")
        : undefined;
      variables[name] = {
        default: variable.default,
        enum: values,
        description: text(variable.description),
      };
    }
    for (const match of server.url.matchAll(/\{([^{}]+)\}/g)) {
      if (!variables[match[1]!])
        reader.fail(at, `server url uses {${match[1]}} but declares no such variable`);
    }
    return [{ url: server.url, description: text(server.description), variables }];
  });
}
