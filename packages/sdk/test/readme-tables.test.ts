/**
 * The README's per-vendor error tables are the specs' `x-cancel-error-kinds`, row for row. To
 * rewrite them after a spec change: `UPDATE_README=1 pnpm exec vitest run test/readme-tables.test.ts`
 * (then `pnpm format` aligns the columns).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ErrorKindRule, errorMappings, PROVIDERS } from "../src/index.js";

const README = new URL("../README.md", import.meta.url);
const START =
  "<!-- error tables: generated from the specs' x-cancel-error-kinds (test/readme-tables.test.ts) -->";
const END = "<!-- end of error tables -->";

const cell = (text: string) => text.replaceAll("|", "\\|");

function row(rule: ErrorKindRule): string[] {
  const status =
    rule.status === undefined
      ? "any"
      : typeof rule.status === "number"
        ? String(rule.status)
        : `${rule.status[0]}–${rule.status[1]}`;
  const codes = rule.codes ? rule.codes.map((c) => `\`${c}\``).join(", ") : "any";
  const message = rule.message ? `\`/${cell(rule.message)}/i\`` : "";
  return [status, codes, message, rule.call ?? "both", `\`${rule.kind}\``, cell(rule.note)];
}

function render(): string {
  const head =
    "| status | vendor code | message | call | → | why |\n| --- | --- | --- | --- | --- | --- |";
  return PROVIDERS.map(
    (p) =>
      `#### ${p}\n\n${head}\n${errorMappings[p].map((r) => `| ${row(r).join(" | ")} |`).join("\n")}\n`,
  ).join("\n");
}

/** Table rows of a markdown text, as trimmed cells (alignment and separator rows ignored). */
function rows(markdown: string): string[][] {
  return markdown
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}

describe("the README's error tables", () => {
  it("are the specs' x-cancel-error-kinds, row for row", () => {
    const text = readFileSync(README, "utf8");
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    expect(start, "README lacks the error-table markers").toBeGreaterThan(0);
    if (process.env.UPDATE_README) {
      writeFileSync(
        README,
        `${text.slice(0, start + START.length)}\n\n${render()}\n${text.slice(end)}`,
      );
      return;
    }
    expect(rows(text.slice(start, end))).toEqual(rows(render()));
  });
});
