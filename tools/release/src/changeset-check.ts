// "Every change to a public package comes with a changeset", checked per package, plus "a spec
// change comes with at least the bump spec-bump says it needs".
//
// The base to compare with is, in order: $CHANGESET_BASE (a PR job sets it, e.g. origin/main), or
// the newest release tag `@cancel/<pkg>@<version>` (what has been published). A fresh clone of
// main with no release tag yet has nothing to compare with: the check prints a note and passes.
// Changed = committed since the base, staged, unstaged or untracked. What counts for a package:
// anything under packages/<id>/ that is published (src/, package.json, README.md, tsconfig.build.json)
// and specs/<id>.yaml; tests and dev config do not.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type Bump,
  diffAgainst,
  lastReleaseTag,
  maxBump,
  pendingChangesetBumps,
} from "./spec-bump.ts";

const root = join(import.meta.dirname, "../../..");
const git = (args: string[]) =>
  execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

const PUBLISHED = /^packages\/([^/]+)\/(src\/|package\.json$|README\.md$|tsconfig\.build\.json$)/;

export function packageOf(file: string): string | undefined {
  const spec = /^specs\/([^/]+)\.yaml$/.exec(file);
  if (spec?.[1]) return spec[1];
  const m = PUBLISHED.exec(file);
  if (!m?.[1] || /\.test(-d)?\.ts$/.test(file)) return undefined;
  return m[1];
}

function isPublic(id: string): boolean {
  const manifest = join(root, "packages", id, "package.json");
  if (!existsSync(manifest)) return false;
  const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { private?: boolean };
  return pkg.private !== true;
}

function main() {
  const base = process.env.CHANGESET_BASE || lastReleaseTag();
  if (!base) {
    console.log(
      "changeset-check: no release tag (@cancel/<pkg>@<version>) and no $CHANGESET_BASE: nothing has been published to compare with, skipped. A PR job sets CHANGESET_BASE=origin/main.",
    );
    return;
  }
  const mergeBase = git(["merge-base", base, "HEAD"]).trim();
  const files = new Set(
    [
      ...git(["diff", "--name-only", mergeBase]).split("\n"),
      ...git(["ls-files", "--others", "--exclude-standard"]).split("\n"),
    ].filter(Boolean),
  );
  const changed = new Set(
    [...files].map(packageOf).filter((id): id is string => !!id && isPublic(id)),
  );
  const pending = pendingChangesetBumps();
  const problems: string[] = [];
  for (const id of [...changed].sort()) {
    const pkg = `@cancel/${id}`;
    const have: Bump = pending.get(pkg) ?? "none";
    let need: Bump = "patch";
    const specChanged = files.has(`specs/${id}.yaml`);
    if (specChanged) {
      const diff = diffAgainst(mergeBase, id);
      if (diff !== "new") {
        need = maxBump(need, diff.bump);
        for (const f of diff.findings)
          console.log(`  ${pkg} ${f.bump.padEnd(5)} ${f.where}: ${f.what}`);
      }
    }
    const ok = have !== "none" && maxBump(have, need) === have;
    console.log(
      `changeset-check: ${pkg} changed since ${base}; needs ${need}, pending changesets give ${have} ${ok ? "✓" : "✗"}`,
    );
    if (!ok) problems.push(`${pkg} needs a ${need} changeset (has ${have})`);
  }
  if (problems.length > 0) {
    console.error(
      `changeset-check failed:\n  ${problems.join("\n  ")}\nRun \`pnpm changeset\` (see docs/releasing.md).`,
    );
    process.exitCode = 1;
  } else if (changed.size === 0) {
    console.log(`changeset-check: no public package changed since ${base}`);
  }
}

if (import.meta.main) main();
