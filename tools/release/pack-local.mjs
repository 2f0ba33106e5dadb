#!/usr/bin/env node
// Installing before the first release: builds one public package and the @cancel packages it
// depends on, and packs each into a folder a project can `npm install ./<folder>/*.tgz` from.
//
// Usage (from a clone, after `npx -y pnpm@10.34.8 install`):
//   npx -y pnpm@10.34.8 pack:local <package> [--out <dir>]
//   <package>: @cancel/databricks, or its folder name (databricks); default --out: ./local-packages
//
// The tarballs are what `pnpm publish` would upload: `workspace:` ranges become the packed versions,
// so npm resolves every @cancel dependency to a tarball of the same folder and nothing else to it.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

function manifest(folder) {
  return JSON.parse(readFileSync(join(root, "packages", folder, "package.json"), "utf8"));
}

/** Folder name of every workspace package under packages/, by package name. */
function workspacePackages() {
  const byName = new Map();
  for (const folder of readdirSync(join(root, "packages"))) {
    if (!existsSync(join(root, "packages", folder, "package.json"))) continue;
    const pkg = manifest(folder);
    if (!pkg.private) byName.set(pkg.name, folder);
  }
  return byName;
}

/** The package and every @cancel package it depends on at run time, dependencies first. */
export function packageClosure(name) {
  const byName = workspacePackages();
  const wanted = byName.has(name) ? name : byName.has(`@cancel/${name}`) ? `@cancel/${name}` : "";
  if (!wanted) {
    throw new Error(
      `unknown package ${JSON.stringify(name)}: one of ${[...byName.keys()].sort().join(", ")}`,
    );
  }
  const order = [];
  const visit = (pkg) => {
    if (order.includes(pkg)) return;
    for (const dep of Object.keys(manifest(byName.get(pkg)).dependencies ?? {})) {
      if (byName.has(dep)) visit(dep);
    }
    order.push(pkg);
  };
  visit(wanted);
  return order.map((pkg) => ({ name: pkg, folder: byName.get(pkg) }));
}

function pnpm() {
  const execpath = process.env.npm_execpath;
  if (execpath && /pnpm/.test(execpath)) return [process.execPath, [execpath]];
  return ["npx", ["-y", "pnpm@10.34.8"]];
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { encoding: "utf8", ...options });
  if (result.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(" ")} exited ${result.status}\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result;
}

/**
 * Builds the package's closure (turbo, cached) and packs each package into `out` (emptied of old
 * tarballs first). Returns the tarball paths, dependencies first.
 */
export function packLocal(name, out, { build = true } = {}) {
  const closure = packageClosure(name);
  const [cmd, args] = pnpm();
  if (build) {
    run(
      cmd,
      [
        ...args,
        "exec",
        "turbo",
        "run",
        "build",
        `--filter=${closure.at(-1).name}...`,
        "--output-logs=errors-only",
      ],
      {
        cwd: root,
      },
    );
  }
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(out)) if (file.endsWith(".tgz")) rmSync(join(out, file));
  const tarballs = [];
  for (const { folder } of closure) {
    const before = new Set(readdirSync(out));
    run(cmd, [...args, "pack", "--pack-destination", out], { cwd: join(root, "packages", folder) });
    const tarball = readdirSync(out).find((file) => !before.has(file));
    const packed = execFileSync("tar", [
      "-xzOf",
      join(out, tarball),
      "package/package.json",
    ]).toString();
    if (packed.includes("workspace:")) throw new Error(`${tarball} still has a workspace: range`);
    tarballs.push(join(out, tarball));
  }
  return tarballs;
}

const invokedAsScript =
  process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedAsScript) {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      options: { out: { type: "string", default: "local-packages" } },
      allowPositionals: true,
    });
  } catch {
    parsed = { positionals: [] };
  }
  if (parsed.positionals.length !== 1) {
    console.error("usage: pnpm pack:local <package, e.g. @cancel/databricks> [--out <dir>]");
    process.exit(2);
  }
  const names = parsed.positionals;
  const out = resolve(parsed.values.out);
  try {
    const tarballs = packLocal(names[0], out);
    const where = relative(process.cwd(), out) || ".";
    console.log(`packed ${tarballs.map((path) => path.split("/").pop()).join(", ")} into ${where}`);
    console.log(`install them in your project with: npm install ${out}/*.tgz`);
  } catch (error) {
    console.error(`pack:local: ${error.message}`);
    process.exit(error.message.startsWith("unknown package") ? 2 : 1);
  }
}
