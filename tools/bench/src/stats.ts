/** Small statistics and formatting helpers. */

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function sortNumbers(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

export const ratio = (value: number, base: number) => value / base;

export const fmtRatio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "—");

export const fmtMs = (ms: number, digits = 1) => (Number.isFinite(ms) ? ms.toFixed(digits) : "—");

export const fmtUs = (ms: number) => (Number.isFinite(ms) ? (ms * 1000).toFixed(0) : "—");

/** Kilobytes (1,000 bytes), the unit the size targets are stated in. */
export const kb = (bytes: number) => (bytes / 1000).toFixed(1);

export const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export const yesNo = (met: boolean | undefined) =>
  met === undefined ? "n/a" : met ? "yes" : "**no**";
