/**
 * Entry point of the parser: one spec file, from YAML text to the checked `SpecModel` (the
 * OpenAPI Object: version, info, servers, paths, and the spec-wide `x-cancel-*` extensions).
 */
import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import type { SpecModel } from "../model.ts";
import { SpecError, SpecErrors } from "../spec-error.ts";
import { readErrorKinds } from "./extensions/error-kinds.ts";
import { readErrors } from "./extensions/errors.ts";
import { readRetry } from "./extensions/retry.ts";
import { readServerExtension } from "./extensions/server.ts";
import { readStates } from "./extensions/states.ts";
import { checkListTarget } from "./extensions/list.ts";
import { resolveTarget } from "./extensions/target.ts";
import { readPaths } from "./paths.ts";
import { checkAllRefs, isObject, SpecReader, text } from "./reader.ts";
import { readServers } from "./server.ts";

const PROVIDER_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Parses and checks one spec. Throws SpecErrors listing every problem found. */
export function loadSpec(file: string, source: string, id: string): SpecModel {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new SpecErrors(
      doc.errors.map((error) => {
        const pos = error.pos ? lineCounter.linePos(error.pos[0]) : undefined;
        const where = pos ? ` (line ${pos.line}, column ${pos.col})` : "";
        return new SpecError(file, "", `invalid YAML${where}: ${error.message.split("\n")[0]}`);
      }),
    );
  }
  if (!isMap(doc.contents) && !isSeq(doc.contents)) {
    throw new SpecErrors([new SpecError(file, "", "the document is empty or not an object")]);
  }
  const root = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (!isObject(root))
    throw new SpecErrors([new SpecError(file, "", "the document is not an object")]);
  const reader = new SpecReader(file, root);

  if (!PROVIDER_ID.test(id))
    reader.fail("", `file name must be a kebab-case provider id, got ${JSON.stringify(id)}`);
  if (typeof root.openapi !== "string" || !root.openapi.startsWith("3.1.")) {
    reader.fail(
      "/openapi",
      `must be an OpenAPI 3.1 document (openapi: 3.1.x), got ${JSON.stringify(root.openapi)}`,
    );
  }
  const info = isObject(root.info) ? root.info : {};
  if (typeof info.title !== "string" || typeof info.version !== "string") {
    reader.fail("/info", "info needs a title and a version");
  }
  checkAllRefs(reader, root, "");
  const servers = readServers(reader, root.servers);
  const errors = readErrors(reader, root["x-cancel-errors"]);
  const retry = readRetry(reader, root["x-cancel-retry"]);
  const errorKinds = readErrorKinds(reader, root["x-cancel-error-kinds"]);
  const states = readStates(reader);
  const operations = readPaths(reader, states, root.paths);
  const target = resolveTarget(reader, operations);
  const server = readServerExtension(reader, root["x-cancel-server"], operations);
  const lists = operations.filter((op) => op.list !== undefined);
  for (const op of lists.slice(1)) {
    reader.fail(
      op.list!.pointer,
      `a spec lists runs with one operation; ${lists[0]!.operationId} already does`,
    );
  }
  // A list's target mapping is checked against a target that read cleanly (else its errors echo).
  if (reader.errors.length === 0) for (const op of lists) checkListTarget(reader, op, target);
  if (reader.errors.length > 0) throw new SpecErrors(reader.errors);
  return {
    id,
    file,
    title: info.title as string,
    version: info.version as string,
    description: text(info.description),
    document: root,
    servers,
    errors,
    retry,
    errorKinds,
    states: [...states.values()],
    operations,
    target,
    server,
  };
}
