// The README's complete examples (its `ts` code blocks that start with an import) must be test
// files of this suite, verbatim, so that every example users copy is run.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
  .map((match) => match[1]!)
  .filter((block) => block.startsWith("import "));
const testFiles = readdirSync(new URL(".", import.meta.url))
  .filter((name) => name.endsWith(".test.ts"))
  .map((name) => ({ name, text: readFileSync(new URL(name, import.meta.url), "utf8") }));

describe("README examples", () => {
  it("the msw test and the loopback clients are there", () => {
    expect(examples.map((block) => block.split("\n", 1)[0])).toEqual([
      'import { cancelRun, createClient, getRun } from "@cancel/databricks";',
      'import { cancelRun, createClient as databricksClient } from "@cancel/databricks";',
    ]);
  });

  it.each(examples.map((block, i) => [i + 1, block]))("example %i is a test file", (_, block) => {
    const runBy = testFiles.filter((file) => file.text.includes(block)).map((file) => file.name);
    expect(runBy).toHaveLength(1);
  });
});
