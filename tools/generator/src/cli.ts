#!/usr/bin/env node
// Usage: pnpm generate [--check] [--root <dir>]
//   Reads specs/<id>.yaml and writes packages/<id>/src/generated/. With --check, writes nothing
//   and exits 1 naming every stale file. A broken spec exits 2 naming file and JSON pointer.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { generate } from "./generate.ts";
import { SpecErrors } from "./spec-error.ts";

const defaultRoot = resolve(import.meta.dirname, "../../..");

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      check: { type: "boolean", default: false },
      root: { type: "string", default: defaultRoot },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log("Usage: pnpm generate [--check] [--root <dir>]");
    return 0;
  }
  const root = resolve(values.root);
  try {
    const result = await generate({ root, check: values.check });
    if (values.check) {
      const stale = [...result.changed, ...result.removed, ...result.created];
      if (stale.length === 0) {
        console.log(`generate --check: ${result.specs.length} specs, generated code is up to date`);
        return 0;
      }
      console.error(
        "generate --check: generated code differs from the specs; run `pnpm generate`:",
      );
      for (const path of result.changed) console.error(`  stale:   ${path}`);
      for (const path of result.removed) console.error(`  extra:   ${path}`);
      for (const path of result.created) console.error(`  missing: ${path}`);
      return 1;
    }
    for (const path of result.created) console.log(`created ${path}`);
    for (const path of result.changed) console.log(`wrote   ${path}`);
    for (const path of result.removed) console.log(`removed ${path}`);
    console.log(
      `generate: ${result.specs.length} specs, ${result.changed.length} files written, ${result.removed.length} removed`,
    );
    return 0;
  } catch (error) {
    if (error instanceof SpecErrors) {
      console.error(
        `generate: ${error.errors.length} problem(s) in the specs; nothing was written:`,
      );
      for (const problem of error.errors) console.error(`  ${problem.message}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
