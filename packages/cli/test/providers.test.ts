import { PROVIDERS, TARGET_FIELDS } from "@cancel/sdk";
import { describe, expect, it } from "vitest";
import { PROVIDER_CLI, PROVIDER_SPECS } from "../src/providers.js";

const kebab = (field: string) => field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe("the CLI's providers come from the vendor registry", () => {
  it("one per provider of @cancel/sdk, in its order", () => {
    expect(PROVIDER_SPECS.map((p) => p.id)).toEqual([...PROVIDERS]);
  });

  it.each(PROVIDERS)("%s: positional ids are its target's required fields", (id) => {
    const spec = PROVIDER_SPECS.find((p) => p.id === id)!;
    const required = TARGET_FIELDS[id].filter((f) => !f.endsWith("?"));
    expect(spec.ids).toEqual(required.map(kebab));
    const ids = required.map((_, i) => (id === "databricks" ? String(455644833 + i) : `id${i}`));
    expect(spec.target(ids)).toMatchObject({ provider: id });
  });

  it.each(PROVIDERS)("%s: every optional target field can be set by a flag", (id) => {
    const spec = PROVIDER_SPECS.find((p) => p.id === id)!;
    const optional = TARGET_FIELDS[id].filter((f) => f.endsWith("?")).map((f) => f.slice(0, -1));
    const settable = new Set(Object.values(spec.flags).map((f) => f.field ?? f.option));
    for (const field of optional) expect(settable, field).toContain(field);
  });

  it("a provider's hand-written part is its auth, environment and example only", () => {
    for (const cli of Object.values(PROVIDER_CLI)) {
      expect(Object.keys(cli).sort()).toEqual(["cloud", "env", "example", "flags", "summary"]);
    }
  });
});
