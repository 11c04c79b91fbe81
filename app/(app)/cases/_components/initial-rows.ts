import type { Row } from "./repeatable-rows";

/** Initial rows for the form, built on the server: "init-" keys never clash with the client's "row-" keys. */
export const withKeys = (rows: Record<string, string>[]): Row[] =>
  rows.map((r, i) => ({ ...r, key: `init-${i}` }) as Row);
