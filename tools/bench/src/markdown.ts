/** Markdown tables laid out the way prettier lays them out, so the generated file passes `prettier --check`. */

function width(text: string): number {
  let w = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    // East Asian wide and fullwidth forms count twice (none expected, but be safe).
    w +=
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xff00 && code <= 0xff60)
        ? 2
        : 1;
  }
  return w;
}

const escapeCell = (cell: string) => cell.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [headers, ...rows].map((row) => row.map(escapeCell));
  const widths = headers.map((_, column) =>
    Math.max(3, ...all.map((row) => width(row[column] ?? ""))),
  );
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, column) => cell + " ".repeat(widths[column]! - width(cell))).join(" | ")} |`;
  return [
    line(all[0]!),
    `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`,
    ...all.slice(1).map((row) => line(headers.map((_, column) => row[column] ?? ""))),
  ].join("\n");
}
