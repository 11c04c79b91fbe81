// CSV that Excel on a municipal PC opens correctly: UTF-8 with a BOM (without it Excel reads
// Shift_JIS and shows mojibake), CRLF line ends, RFC 4180 quoting. Text cells that start with
// = + - @ (or a tab / CR) get a leading ' so Excel shows them as text instead of running a formula
// (CSV injection: a department or coordinator name is user input).

export const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

export type Cell = string | number | null | undefined;

/** One cell: numbers as they are, text guarded against formulas and quoted when needed. */
export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  const text = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/**
 * Content-Disposition for a Japanese file name: an ASCII fallback for old clients and the real name
 * as RFC 5987 filename* (percent-encoded UTF-8), which every current browser prefers.
 */
export function contentDisposition(filename: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const ascii = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
