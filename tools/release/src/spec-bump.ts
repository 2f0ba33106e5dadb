// Which semver bump does a spec change need? Compares the old and the new OpenAPI document of a
// provider the way the generated client sees it: an operation is a function, its parameters and
// request body are the input object, its success responses are the result type.
//
//   major  an operation removed; an input field removed, made required, added as required, or its
//          type/enum/constraints narrowed; an output field removed, made optional or its type
//          changed; a success response removed
//   minor  an operation added; an optional input field added; an input made optional or widened;
//          an output field added; an enum value added
//   patch  anything else that changed (descriptions, examples, error responses' prose)
//   none   the documents are equal
//
// CLI: `pnpm spec-bump [--ref <git ref>] [id …]` compares `git show <ref>:specs/<id>.yaml` with the
// working copy (default ref: the last release tag, else HEAD) and prints, per package, the bump
// and why. Exit code 0 always; `--check` (used by changeset-check) makes it exit 1 when the
// pending changesets bump a package less than its spec change needs.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export type Bump = "none" | "patch" | "minor" | "major";
const ORDER: Bump[] = ["none", "patch", "minor", "major"];

export function maxBump(...bumps: Bump[]): Bump {
  return bumps.reduce<Bump>((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a), "none");
}

export interface Finding {
  bump: Exclude<Bump, "none">;
  where: string;
  what: string;
}

export interface SpecDiff {
  bump: Bump;
  findings: Finding[];
}

type Json = unknown;
type Obj = Record<string, Json>;
const isObj = (v: Json): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

function resolver(doc: Obj) {
  return (value: Json): Json => {
    let current = value;
    const seen = new Set<string>();
    while (isObj(current) && typeof current.$ref === "string" && current.$ref.startsWith("#/")) {
      if (seen.has(current.$ref)) break;
      seen.add(current.$ref);
      let target: Json = doc;
      for (const raw of current.$ref.slice(2).split("/")) {
        const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
        target = isObj(target) ? target[key] : undefined;
      }
      const { $ref: _ref, ...siblings } = current;
      current = isObj(target) ? { ...target, ...siblings } : target;
    }
    return current;
  };
}

/** Direction of data: "in" is what the caller sends (input), "out" is what the caller reads. */
type Direction = "in" | "out";

interface Ctx {
  findings: Finding[];
  resolveOld: (v: Json) => Json;
  resolveNew: (v: Json) => Json;
  /** $ref pairs being compared further up (recursive schemas). */
  visiting: Set<string>;
}

function add(ctx: Ctx, bump: Finding["bump"], where: string, what: string) {
  ctx.findings.push({ bump, where, what });
}

/** A narrowing of the input is major, of the output it is fine (the caller reads less variety). */
function narrowed(ctx: Ctx, dir: Direction, where: string, what: string) {
  add(ctx, dir === "in" ? "major" : "minor", where, what);
}
/** A widening of the output is a type change callers may not handle; of the input it is minor. */
function widened(ctx: Ctx, dir: Direction, where: string, what: string) {
  add(ctx, dir === "in" ? "minor" : "major", where, what);
}

const typesOf = (s: Obj): string[] =>
  Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === "string" ? [s.type] : [];

const LOWER_BOUNDS = ["minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties"];
const UPPER_BOUNDS = ["maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties"];

function compareSchema(ctx: Ctx, oldRaw: Json, newRaw: Json, dir: Direction, where: string) {
  const key =
    isObj(oldRaw) && isObj(newRaw) && typeof oldRaw.$ref === "string"
      ? `${dir}:${oldRaw.$ref}->${String(newRaw.$ref)}`
      : undefined;
  if (key) {
    if (ctx.visiting.has(key)) return;
    ctx.visiting.add(key);
  }
  try {
    compareResolved(ctx, oldRaw, newRaw, dir, where);
  } finally {
    if (key) ctx.visiting.delete(key);
  }
}

function compareResolved(ctx: Ctx, oldRaw: Json, newRaw: Json, dir: Direction, where: string) {
  const o = ctx.resolveOld(oldRaw);
  const n = ctx.resolveNew(newRaw);
  if (!isObj(o) || !isObj(n)) {
    if (JSON.stringify(o) !== JSON.stringify(n)) add(ctx, "major", where, "schema replaced");
    return;
  }
  const ot = typesOf(o);
  const nt = typesOf(n);
  if (ot.length > 0 || nt.length > 0) {
    const removed = ot.filter((t) => !nt.includes(t));
    const added = nt.filter((t) => !ot.includes(t));
    // "integer" → "number" widens, the reverse narrows.
    if (nt.length === 0 && ot.length > 0) widened(ctx, dir, where, `type ${ot} dropped (any type)`);
    else if (removed.length > 0 && !(removed.join() === "integer" && added.join() === "number"))
      add(ctx, "major", where, `type ${ot.join("|")} → ${nt.join("|")}`);
    else if (removed.join() === "integer" && added.join() === "number")
      widened(ctx, dir, where, "type integer → number");
    else if (added.length > 0) widened(ctx, dir, where, `type ${added.join("|")} added`);
  }
  if (o.format !== n.format) {
    if (n.format === undefined) widened(ctx, dir, where, `format ${String(o.format)} dropped`);
    else add(ctx, "major", where, `format ${String(o.format)} → ${String(n.format)}`);
  }
  if ("const" in o || "const" in n) {
    if (JSON.stringify(o.const) !== JSON.stringify(n.const))
      add(ctx, "major", where, `const ${JSON.stringify(o.const)} → ${JSON.stringify(n.const)}`);
  }
  const oe = Array.isArray(o.enum) ? (o.enum as Json[]).map((v) => JSON.stringify(v)) : undefined;
  const ne = Array.isArray(n.enum) ? (n.enum as Json[]).map((v) => JSON.stringify(v)) : undefined;
  if (oe && !ne) widened(ctx, dir, where, "enum dropped");
  else if (!oe && ne) add(ctx, "major", where, `enum added: ${ne.join(", ")}`);
  else if (oe && ne) {
    const gone = oe.filter((v) => !ne.includes(v));
    const fresh = ne.filter((v) => !oe.includes(v));
    // Removing a value changes the generated union either way: callers that send or compare it
    // no longer compile.
    if (gone.length > 0) add(ctx, "major", where, `enum value(s) removed: ${gone.join(", ")}`);
    if (fresh.length > 0) add(ctx, "minor", where, `enum value(s) added: ${fresh.join(", ")}`);
  }
  for (const k of LOWER_BOUNDS) {
    if (o[k] === n[k]) continue;
    if (typeof n[k] === "number" && (typeof o[k] !== "number" || n[k] > (o[k] as number)))
      narrowed(ctx, dir, where, `${k} ${String(o[k] ?? "none")} → ${n[k]}`);
    else add(ctx, "minor", where, `${k} ${String(o[k])} → ${String(n[k] ?? "none")}`);
  }
  for (const k of UPPER_BOUNDS) {
    if (o[k] === n[k]) continue;
    if (typeof n[k] === "number" && (typeof o[k] !== "number" || n[k] < (o[k] as number)))
      narrowed(ctx, dir, where, `${k} ${String(o[k] ?? "none")} → ${n[k]}`);
    else add(ctx, "minor", where, `${k} ${String(o[k])} → ${String(n[k] ?? "none")}`);
  }
  if (o.pattern !== n.pattern) {
    if (n.pattern === undefined) add(ctx, "minor", where, "pattern dropped");
    else narrowed(ctx, dir, where, `pattern ${String(o.pattern ?? "none")} → ${String(n.pattern)}`);
  }
  // Objects: properties and required.
  const op = isObj(o.properties) ? o.properties : {};
  const np = isObj(n.properties) ? n.properties : {};
  const oreq = new Set(Array.isArray(o.required) ? (o.required as string[]) : []);
  const nreq = new Set(Array.isArray(n.required) ? (n.required as string[]) : []);
  for (const name of Object.keys(op)) {
    const at = `${where}.${name}`;
    if (!(name in np)) {
      add(ctx, "major", at, dir === "in" ? "input field removed" : "output field removed");
      continue;
    }
    if (!oreq.has(name) && nreq.has(name)) {
      add(ctx, dir === "in" ? "major" : "minor", at, "now required");
    } else if (oreq.has(name) && !nreq.has(name)) {
      add(ctx, dir === "in" ? "minor" : "major", at, "now optional");
    }
    compareSchema(ctx, op[name], np[name], dir, at);
  }
  for (const name of Object.keys(np)) {
    if (name in op) continue;
    const at = `${where}.${name}`;
    if (dir === "in" && nreq.has(name)) add(ctx, "major", at, "required input field added");
    else add(ctx, "minor", at, `${dir === "in" ? "optional input" : "output"} field added`);
  }
  if (o.additionalProperties !== n.additionalProperties) {
    if (isObj(o.additionalProperties) && isObj(n.additionalProperties)) {
      compareSchema(ctx, o.additionalProperties, n.additionalProperties, dir, `${where}[*]`);
    } else if (n.additionalProperties === false) {
      narrowed(ctx, dir, where, "additional properties no longer allowed");
    } else {
      widened(ctx, dir, where, "additional properties now allowed");
    }
  }
  if (o.items !== undefined || n.items !== undefined) {
    if (o.items === undefined || n.items === undefined)
      add(ctx, "major", `${where}[]`, "items changed");
    else compareSchema(ctx, o.items, n.items, dir, `${where}[]`);
  }
  for (const comb of ["oneOf", "anyOf", "allOf"]) {
    const oc = Array.isArray(o[comb]) ? (o[comb] as Json[]) : [];
    const nc = Array.isArray(n[comb]) ? (n[comb] as Json[]) : [];
    if (oc.length === 0 && nc.length === 0) continue;
    for (let i = 0; i < Math.min(oc.length, nc.length); i++) {
      compareSchema(ctx, oc[i], nc[i], dir, `${where}/${comb}/${i}`);
    }
    if (nc.length < oc.length) {
      if (comb === "allOf")
        widened(ctx, dir, where, `${comb} lost ${oc.length - nc.length} branch(es)`);
      else narrowed(ctx, dir, where, `${comb} lost ${oc.length - nc.length} branch(es)`);
    }
    if (nc.length > oc.length) {
      if (comb === "allOf")
        narrowed(ctx, dir, where, `${comb} gained ${nc.length - oc.length} branch(es)`);
      else widened(ctx, dir, where, `${comb} gained ${nc.length - oc.length} branch(es)`);
    }
  }
}

interface OperationView {
  key: string;
  op: Obj;
  params: Map<string, Obj>;
}

function operations(doc: Obj, resolve: (v: Json) => Json): Map<string, OperationView> {
  const out = new Map<string, OperationView>();
  const paths = isObj(doc.paths) ? doc.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolve(rawItem);
    if (!isObj(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const id = typeof op.operationId === "string" ? op.operationId : `${method} ${path}`;
      const params = new Map<string, Obj>();
      for (const raw of [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
        const p = resolve(raw);
        if (isObj(p)) params.set(`${String(p.in)}:${String(p.name)}`, p);
      }
      out.set(id, { key: `${method.toUpperCase()} ${path}`, op, params });
    }
  }
  return out;
}

const isSuccess = (status: string) => /^2/.test(status);

function jsonSchemaOf(body: Json, resolve: (v: Json) => Json): Json {
  const b = resolve(body);
  if (!isObj(b) || !isObj(b.content)) return undefined;
  const content = b.content;
  const type = Object.keys(content).find((t) => /json/.test(t)) ?? Object.keys(content)[0];
  const media = type ? content[type] : undefined;
  return isObj(media) ? media.schema : undefined;
}

export function diffSpecs(oldDoc: Obj, newDoc: Obj): SpecDiff {
  const ctx: Ctx = {
    findings: [],
    resolveOld: resolver(oldDoc),
    resolveNew: resolver(newDoc),
    visiting: new Set(),
  };
  const oldOps = operations(oldDoc, ctx.resolveOld);
  const newOps = operations(newDoc, ctx.resolveNew);
  for (const [id, o] of oldOps) {
    const n = newOps.get(id);
    if (!n) {
      add(ctx, "major", id, `operation removed (${o.key})`);
      continue;
    }
    if (o.key !== n.key) add(ctx, "major", id, `moved from ${o.key} to ${n.key}`);
    for (const [name, p] of o.params) {
      const at = `${id}(${name})`;
      const q = n.params.get(name);
      if (!q) {
        add(ctx, "major", at, "parameter removed");
        continue;
      }
      if (p.required !== true && q.required === true)
        add(ctx, "major", at, "parameter now required");
      if (p.required === true && q.required !== true)
        add(ctx, "minor", at, "parameter now optional");
      compareSchema(ctx, p.schema, q.schema, "in", at);
    }
    for (const [name, q] of n.params) {
      if (o.params.has(name)) continue;
      if (q.required === true) add(ctx, "major", `${id}(${name})`, "required parameter added");
      else add(ctx, "minor", `${id}(${name})`, "optional parameter added");
    }
    const ob = ctx.resolveOld(o.op.requestBody);
    const nb = ctx.resolveNew(n.op.requestBody);
    if (isObj(ob) && !isObj(nb)) add(ctx, "major", `${id}(body)`, "request body removed");
    else if (!isObj(ob) && isObj(nb))
      add(ctx, nb.required === true ? "major" : "minor", `${id}(body)`, "request body added");
    else if (isObj(ob) && isObj(nb)) {
      if (ob.required !== true && nb.required === true)
        add(ctx, "major", `${id}(body)`, "body now required");
      compareSchema(
        ctx,
        jsonSchemaOf(ob, ctx.resolveOld),
        jsonSchemaOf(nb, ctx.resolveNew),
        "in",
        `${id}(body)`,
      );
    }
    const or = isObj(o.op.responses) ? o.op.responses : {};
    const nr = isObj(n.op.responses) ? n.op.responses : {};
    for (const status of Object.keys(or).filter(isSuccess)) {
      const at = `${id} → ${status}`;
      if (!(status in nr)) {
        add(ctx, "major", at, "success response removed");
        continue;
      }
      const os = jsonSchemaOf(or[status], ctx.resolveOld);
      const ns = jsonSchemaOf(nr[status], ctx.resolveNew);
      if (os === undefined && ns === undefined) continue;
      if (os === undefined || ns === undefined)
        add(ctx, "major", at, "response body added or removed");
      else compareSchema(ctx, os, ns, "out", at);
    }
    for (const status of Object.keys(nr).filter(isSuccess)) {
      if (!(status in or)) add(ctx, "minor", `${id} → ${status}`, "success response added");
    }
  }
  for (const [id, n] of newOps) {
    if (!oldOps.has(id)) add(ctx, "minor", id, `operation added (${n.key})`);
  }
  let bump = maxBump(...ctx.findings.map((f) => f.bump));
  if (bump === "none" && JSON.stringify(oldDoc) !== JSON.stringify(newDoc)) {
    ctx.findings.push({
      bump: "patch",
      where: "(document)",
      what: "descriptions, examples or errors changed",
    });
    bump = "patch";
  }
  return { bump, findings: ctx.findings };
}

// ── CLI ──────────────────────────────────────────────────────────────────────────────────────

const root = join(import.meta.dirname, "../../..");

function git(args: string[]): string | undefined {
  try {
    return execFileSync("git", args, {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return undefined;
  }
}

/** The newest release tag (`@cancel/<pkg>@<version>`, as `changeset tag` writes them), if any. */
export function lastReleaseTag(): string | undefined {
  const tag = git(["describe", "--tags", "--abbrev=0", "--match", "@cancel/*@*"])?.trim();
  return tag === "" ? undefined : tag;
}

export function specIds(): string[] {
  return readdirSync(join(root, "specs"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.replace(/\.yaml$/, ""))
    .sort();
}

export function diffAgainst(ref: string, id: string): SpecDiff | "new" {
  const old = git(["show", `${ref}:specs/${id}.yaml`]);
  if (old === undefined) return "new";
  const file = join(root, "specs", `${id}.yaml`);
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  return diffSpecs(parse(old) as Obj, parse(current) as Obj);
}

/** Bumps per package that the pending `.changeset/*.md` files request. */
export function pendingChangesetBumps(): Map<string, Bump> {
  const dir = join(root, ".changeset");
  const out = new Map<string, Bump>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md")) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), "utf8"))?.[1] ?? "";
    for (const line of front.split("\n")) {
      const m = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
      if (m?.[1] && m[2]) out.set(m[1], maxBump(out.get(m[1]) ?? "none", m[2] as Bump));
    }
  }
  return out;
}

function main(argv: string[]) {
  const refAt = argv.indexOf("--ref");
  const ref = refAt >= 0 ? argv[refAt + 1] : (lastReleaseTag() ?? "HEAD");
  const check = argv.includes("--check");
  const ids = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--ref");
  if (!ref) throw new Error("--ref needs a git ref");
  const pending = pendingChangesetBumps();
  let short = false;
  console.log(`spec changes since ${ref}:`);
  for (const id of ids.length > 0 ? ids : specIds()) {
    const pkg = `@cancel/${id}`;
    const diff = diffAgainst(ref, id);
    if (diff === "new") {
      console.log(`  ${pkg}: new spec (not in ${ref}); a first release is a minor from 0.0.0`);
      continue;
    }
    if (diff.bump === "none") continue;
    const have = pending.get(pkg) ?? "none";
    const ok = ORDER.indexOf(have) >= ORDER.indexOf(diff.bump);
    short ||= !ok;
    console.log(
      `  ${pkg}: needs a ${diff.bump} changeset (pending: ${have})${ok ? "" : "  ✗ run `pnpm changeset` and pick " + diff.bump}`,
    );
    for (const f of diff.findings) console.log(`    ${f.bump.padEnd(5)} ${f.where}: ${f.what}`);
  }
  if (check && short) process.exitCode = 1;
}

if (import.meta.main) main(process.argv.slice(2));
