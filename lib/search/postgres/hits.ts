import { highlight, snippet } from "../highlight";
import { HIGHLIGHT_START, type SearchHit } from "../types";
import type { PageRow } from "./result";

// Step "snippets": a page row becomes a hit, with the terms marked in the title and a snippet of the
// text around the first match.

export function toHit(row: PageRow, terms: string[]): SearchHit {
  const inBody = snippet(row.body, terms);
  // When only the keywords matched (a municipality or partner name), show them instead of the body's start.
  const inKeywords = terms.length > 0 && !inBody.includes(HIGHLIGHT_START) ? snippet(row.keywords, terms) : "";
  return {
    id: row.id,
    title: row.title,
    titleHighlighted: highlight(row.title, terms),
    snippet: inKeywords.includes(HIGHLIGHT_START) ? inKeywords : inBody,
    year: row.year,
    date: new Date(row.date).toISOString(),
  };
}
