/**
 * Pages of a simulated list, as the vendors page them: by an opaque token that marks where the
 * last page ended (Databricks, EMR), or by page number (DLI, MRS).
 */

/** A sort key: runs are listed by ascending key, compared element by element. */
export type SortKey = readonly (number | string)[];

export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Where a token points: after (`next`) or before (`prev`) the run with this key. */
export interface Cursor {
  direction: "next" | "prev";
  key: SortKey;
}

// A token is the cursor as base64url JSON: opaque to a client, and kept in memory by nobody, so
// a token stays good however the runs change (as a keyset cursor does on a real service).
export function encodeCursor(cursor: Cursor): string {
  const json = JSON.stringify([cursor.direction === "next" ? "n" : "p", ...cursor.key]);
  const binary = String.fromCharCode(...new TextEncoder().encode(json));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_");
}

/** The cursor of a token this simulator issued, or undefined for anything else. */
export function decodeCursor(token: string): Cursor | undefined {
  let parsed: unknown;
  try {
    const binary = atob(token.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length < 2) return undefined;
  const [direction, ...key] = parsed as unknown[];
  if (direction !== "n" && direction !== "p") return undefined;
  if (!key.every((part) => typeof part === "number" || typeof part === "string")) return undefined;
  return { direction: direction === "n" ? "next" : "prev", key: key as SortKey };
}

export interface TokenPage<T> {
  items: T[];
  /** A token for the page after this one, when runs are left. */
  next?: string | undefined;
  /** A token for the page before this one, when this is not the first. */
  prev?: string | undefined;
}

/** One page of `sorted` (ascending by `keyOf`), from the start or from a cursor. */
export function tokenPage<T>(
  sorted: readonly T[],
  keyOf: (item: T) => SortKey,
  size: number,
  cursor: Cursor | undefined,
  skip = 0,
): TokenPage<T> {
  let start = skip;
  let end = skip + size;
  if (cursor?.direction === "next") {
    start = sorted.findIndex((item) => compareKeys(keyOf(item), cursor.key) > 0);
    if (start < 0) start = sorted.length;
    end = start + size;
  } else if (cursor?.direction === "prev") {
    end = sorted.findIndex((item) => compareKeys(keyOf(item), cursor.key) >= 0);
    if (end < 0) end = sorted.length;
    start = Math.max(0, end - size);
  }
  const items = sorted.slice(start, end);
  const last = items.at(-1);
  const first = items[0];
  return {
    items,
    next:
      last !== undefined && end < sorted.length
        ? encodeCursor({ direction: "next", key: keyOf(last) })
        : undefined,
    prev:
      first !== undefined && start > 0
        ? encodeCursor({ direction: "prev", key: keyOf(first) })
        : undefined,
  };
}

/** Page `page` (from 1) of `items`, `size` a page. */
export function numberedPage<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}
