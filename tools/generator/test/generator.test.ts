import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generate } from "../src/generate.ts";
import { SpecErrors } from "../src/spec-error.ts";

const fixtureSpec = readFileSync(join(import.meta.dirname, "fixtures/specs/fixture.yaml"), "utf8");
const cli = join(import.meta.dirname, "../src/cli.ts");
const roots: string[] = [];

function tempRoot(specs: Record<string, string> = { "fixture.yaml": fixtureSpec }): string {
  const root = mkdtempSync(join(tmpdir(), "cancel-generator-"));
  roots.push(root);
  cpSync(join(import.meta.dirname, "fixtures/specs"), join(root, "specs"), { recursive: true });
  rmSync(join(root, "specs/fixture.yaml"));
  for (const [name, content] of Object.entries(specs))
    writeFileSync(join(root, "specs", name), content);
  return root;
}

function runCli(root: string, ...args: string[]) {
  return spawnSync(
    process.execPath,
    ["--disable-warning=ExperimentalWarning", cli, "--root", root, ...args],
    {
      encoding: "utf8",
    },
  );
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("generate", () => {
  it("renders the fixture spec exactly as the committed snapshots", async () => {
    const root = tempRoot();
    await generate({ root });
    const dir = join(root, "packages/fixture/src/generated");
    expect(listFiles(dir)).toEqual([
      "cancel.gen.ts",
      "client.gen.ts",
      "index.gen.ts",
      "openapi.gen.ts",
      "operations.gen.ts",
      "schema.gen.ts",
      "server.gen.ts",
    ]);
    for (const name of listFiles(dir)) {
      const content = readFileSync(join(dir, name), "utf8");
      expect(content.split("\n")[0]).toBe(
        "// generated from specs/fixture.yaml by tools/generator, regenerate with `pnpm generate`",
      );
      await expect(content).toMatchFileSnapshot(`__snapshots__/fixture/${name}`);
    }
  });

  it("creates the package skeleton once and never overwrites hand-written files", async () => {
    const root = tempRoot();
    const first = await generate({ root });
    expect(first.created).toEqual(
      expect.arrayContaining([
        "packages/fixture/package.json",
        "packages/fixture/src/index.ts",
        "packages/fixture/src/client.ts",
      ]),
    );
    writeFileSync(join(root, "packages/fixture/src/index.ts"), "// mine\n");
    writeFileSync(join(root, "packages/fixture/README.md"), "# mine\n");
    const second = await generate({ root });
    expect(second.created).toEqual([]);
    expect(second.changed).toEqual([]);
    expect(readFileSync(join(root, "packages/fixture/src/index.ts"), "utf8")).toBe("// mine\n");
    expect(readFileSync(join(root, "packages/fixture/README.md"), "utf8")).toBe("# mine\n");
  });

  it("is deterministic: a second run is byte-identical", async () => {
    const root = tempRoot();
    await generate({ root });
    const dir = join(root, "packages/fixture/src/generated");
    const before = listFiles(dir).map((name) => readFileSync(join(dir, name)));
    const again = await generate({ root });
    expect(again.changed).toEqual([]);
    expect(listFiles(dir).map((name) => readFileSync(join(dir, name)))).toEqual(before);
  });

  it("--check names each stale and extra file and exits 1", async () => {
    const root = tempRoot();
    await generate({ root });
    const ops = join(root, "packages/fixture/src/generated/operations.gen.ts");
    writeFileSync(ops, `${readFileSync(ops, "utf8")}\n// edited\n`);
    writeFileSync(join(root, "packages/fixture/src/generated/old.gen.ts"), "// left over\n");
    const result = runCli(root, "--check");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("stale:   packages/fixture/src/generated/operations.gen.ts");
    expect(result.stderr).toContain("extra:   packages/fixture/src/generated/old.gen.ts");
    expect(readFileSync(ops, "utf8")).toContain("// edited");
    const fixed = runCli(root);
    expect(fixed.status).toBe(0);
    expect(runCli(root, "--check").status).toBe(0);
    expect(existsSync(join(root, "packages/fixture/src/generated/old.gen.ts"))).toBe(false);
  });
});

const broken: {
  name: string;
  edit: (spec: string) => string;
  file: string;
  pointer: string;
  problem: RegExp;
}[] = [
  {
    name: "invalid YAML",
    edit: (spec) => spec.replace("paths:\n", "paths:\n  - [unclosed\n"),
    file: "specs/fixture.yaml",
    pointer: "",
    problem: /invalid YAML \(line \d+, column \d+\)/,
  },
  {
    name: "an unresolved $ref",
    edit: (spec) =>
      spec.replace('$ref: "#/components/schemas/JobState"', '$ref: "#/components/schemas/Missing"'),
    file: "specs/fixture.yaml",
    pointer:
      "/paths/~1projects~1{project_id}~1jobs~1{jobId}/post/responses/200/content/application~1json/schema",
    problem: /unresolved \$ref "#\/components\/schemas\/Missing"/,
  },
  {
    name: "a missing operationId",
    edit: (spec) => spec.replace("      operationId: getJob\n", ""),
    file: "specs/fixture.yaml",
    pointer: "/paths/~1projects~1{project_id}~1jobs~1{jobId}/get",
    problem: /missing operationId/,
  },
  {
    name: "two parameters colliding in the input object",
    edit: (spec) =>
      spec.replace("          x-cancel-name: cancelReason\n", "          x-cancel-name: mode\n"),
    file: "specs/fixture.yaml",
    pointer: "/components/schemas/CancelRequest/properties/reason",
    problem: /input field "mode" \(body reason\) collides with query mode/,
  },
  {
    name: "an unsupported constraint keyword",
    edit: (spec) =>
      spec.replace(
        "            format: uuid\n",
        "            format: uuid\n            multipleOf: 2\n",
      ),
    file: "specs/fixture.yaml",
    pointer: "/paths/~1projects~1{project_id}~1jobs~1{jobId}/post/parameters/0/schema/multipleOf",
    problem: /unsupported schema keyword "multipleOf"/,
  },
  {
    name: "an object-valued body field",
    edit: (spec) =>
      spec.replace(
        "        dry_run:\n          type: boolean\n",
        "        dry_run:\n          type: object\n",
      ),
    file: "specs/fixture.yaml",
    pointer: "/components/schemas/CancelRequest/properties/dry_run/type",
    problem: /object-valued input fields are not supported/,
  },
  {
    name: "an invalid pattern",
    edit: (spec) => spec.replace('pattern: "^[a-z]+$"', 'pattern: "^[a-z+$"'),
    file: "specs/fixture.yaml",
    pointer:
      "/paths/~1projects~1{project_id}~1jobs~1{jobId}/post/parameters/4/schema/items/pattern",
    problem: /invalid regular expression/,
  },
  {
    name: "a path parameter missing from the template",
    edit: (spec) =>
      spec.replace("/projects/{project_id}/jobs/{jobId}:", "/projects/{project_id}/jobs/{id}:"),
    file: "specs/fixture.yaml",
    pointer: "/paths/~1projects~1{project_id}~1jobs~1{id}/get/parameters/0",
    problem: /path parameter jobId does not appear/,
  },
];

describe.each(broken)("a spec with $name", ({ edit, file, pointer, problem }) => {
  it("fails naming file and pointer, writes nothing", async () => {
    const good = tempRoot({
      "fixture.yaml": fixtureSpec,
      "other.yaml": fixtureSpec.replace("Generator fixture API", "Other"),
    });
    const broken = edit(fixtureSpec);
    expect(broken).not.toBe(fixtureSpec);
    writeFileSync(join(good, "specs/fixture.yaml"), broken);

    const error = await generate({ root: good }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecErrors);
    const match = (error as SpecErrors).errors.find((e) => problem.test(e.problem));
    expect(match, (error as Error).message).toBeDefined();
    expect(match!.file).toBe(file);
    expect(match!.pointer).toBe(pointer);

    const result = runCli(good);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file}#${pointer}:`);
    expect(result.stderr).toContain("nothing was written");
    // The valid spec next to the broken one was not generated either: no partial output.
    expect(existsSync(join(good, "packages"))).toBe(false);
  });
});

describe("the repository's own specs", () => {
  it("are up to date with the committed generated code (generate --check)", () => {
    const root = join(import.meta.dirname, "../../..");
    const out = execFileSync(
      process.execPath,
      ["--disable-warning=ExperimentalWarning", cli, "--root", root, "--check"],
      {
        encoding: "utf8",
      },
    );
    expect(out).toContain("generated code is up to date");
  });
});
