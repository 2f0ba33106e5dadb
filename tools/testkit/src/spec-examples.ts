import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export interface SpecExample {
  /** HTTP status as written in the spec (`"200"`, `"404"`, `"default"`). */
  status: string;
  /** The example's key. */
  name: string;
  summary: string | undefined;
  value: unknown;
}

export interface OperationExamples {
  method: string;
  path: string;
  success: SpecExample[];
  errors: SpecExample[];
  /** Statuses documented without any example. */
  statusesWithoutExamples: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);
const repoRoot = join(import.meta.dirname, "../../..");

function deref(root: Obj, node: unknown): unknown {
  let current = node;
  for (let i = 0; i < 20 && isObj(current) && typeof current.$ref === "string"; i++) {
    let target: unknown = root;
    for (const raw of current.$ref.slice(2).split("/")) {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      target = isObj(target) ? target[key] : undefined;
    }
    current = target;
  }
  return current;
}

/** The examples a spec documents, per operationId, straight from `specs/<id>.yaml`. */
export function specExamples(specId: string): Record<string, OperationExamples> {
  const root = parse(readFileSync(join(repoRoot, "specs", `${specId}.yaml`), "utf8")) as Obj;
  const out: Record<string, OperationExamples> = {};
  for (const [path, item] of Object.entries((root.paths ?? {}) as Obj)) {
    for (const [method, rawOp] of Object.entries(deref(root, item) as Obj)) {
      const op = deref(root, rawOp);
      if (!isObj(op) || typeof op.operationId !== "string") continue;
      const entry: OperationExamples = {
        method: method.toUpperCase(),
        path,
        success: [],
        errors: [],
        statusesWithoutExamples: [],
      };
      for (const [status, rawResponse] of Object.entries((op.responses ?? {}) as Obj)) {
        const response = deref(root, rawResponse) as Obj;
        const media = isObj(response.content)
          ? deref(root, response.content["application/json"])
          : undefined;
        const examples = isObj(media) && isObj(media.examples) ? media.examples : {};
        const list = /^2/.test(status) ? entry.success : entry.errors;
        let found = 0;
        for (const [name, rawExample] of Object.entries(examples)) {
          const example = deref(root, rawExample) as Obj;
          list.push({
            status,
            name,
            summary: example.summary as string | undefined,
            value: example.value,
          });
          found++;
        }
        if (found === 0) entry.statusesWithoutExamples.push(status);
      }
      out[op.operationId] = entry;
    }
  }
  return out;
}
