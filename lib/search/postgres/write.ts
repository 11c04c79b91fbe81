import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { indexText } from "../index-text";
import type { SearchDocument, SearchKind } from "../types";
import { facetChars, facetValues, numberFacetValues } from "./facet-codes";
import { docGrams } from "./grams";
import { REAL_FIRST } from "./rank";

// Writing the index: each document is one row in SearchKey (narrow: matching, counting, facets, order)
// and one in SearchEntry (wide: the texts, read for a page's hits). Both tables are written in one
// statement (data-modifying CTEs), so they never disagree.

/** SearchKey.sortKey from date and id (the search_sort_key migration computes it the same way), plus REAL_FIRST
 *  for real rows (search_real_first migration), so that every order puts real data before demo data. */
const SORT_KEY = Prisma.raw(
  `floor(extract(epoch FROM date))::int8 * 1073741824 + (hashtext(id)::int8 & 1073741823) + CASE WHEN demo THEN 0 ELSE ${REAL_FIRST} END`,
);

/** A document's row: normalised title (with its synonyms and reading), normalised fields joined by \n (with
 *  theirs, index-text.ts), and the grams of those. */
export async function toRow(doc: SearchDocument) {
  const { titleNorm, restNorm } = await indexText(doc);
  const textNorm = `${titleNorm}\n${restNorm}`;
  return {
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    body: doc.body,
    keywords: doc.keywords,
    titleNorm,
    textNorm,
    grams: docGrams(doc.kind, doc.id, titleNorm, textNorm),
    year: doc.year,
    date: doc.date,
    demo: doc.isDemo === true,
  };
}

export async function upsertDocuments(docs: SearchDocument[]): Promise<void> {
  if (docs.length === 0) return;
  const values = docs.map(facetValues);
  const codes = await numberFacetValues(values.flat());
  const rows = [];
  for (const [i, doc] of docs.entries()) rows.push({ ...(await toRow(doc)), facetCodes: facetChars(values[i], codes) });
  // "toastPad" = DEFAULT: an updated row must stay large enough for the toaster to move `grams` out.
  await db.$executeRaw`
    WITH x AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json) AS x(
        kind text, id text, title text, body text, keywords text, "titleNorm" text, "textNorm" text,
        grams text[], year int, date timestamptz, demo boolean, "facetCodes" text)),
    k AS (
      INSERT INTO "SearchKey" (kind, id, date, "sortKey", "titleNorm", grams, year, "facetCodes")
      SELECT kind, id, date, ${SORT_KEY}, "titleNorm", grams, year, "facetCodes" FROM x
      ON CONFLICT (kind, id) DO UPDATE SET
        date = EXCLUDED.date, "sortKey" = EXCLUDED."sortKey", "titleNorm" = EXCLUDED."titleNorm",
        grams = EXCLUDED.grams, year = EXCLUDED.year, "facetCodes" = EXCLUDED."facetCodes", "toastPad" = DEFAULT)
    INSERT INTO "SearchEntry" (kind, id, title, body, keywords, "titleNorm", "textNorm", date, "indexedAt")
    SELECT kind, id, title, body, keywords, "titleNorm", "textNorm", date, now() FROM x
    ON CONFLICT (kind, id) DO UPDATE SET
      title = EXCLUDED.title, body = EXCLUDED.body, keywords = EXCLUDED.keywords, "titleNorm" = EXCLUDED."titleNorm",
      "textNorm" = EXCLUDED."textNorm", date = EXCLUDED.date, "indexedAt" = now()`;
}

export async function removeDocuments(kind: SearchKind, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.$executeRaw`WITH k AS (DELETE FROM "SearchKey" WHERE kind = ${kind} AND id = ANY(${ids}::text[]))
    DELETE FROM "SearchEntry" WHERE kind = ${kind} AND id = ANY(${ids}::text[])`;
}

export async function clearKind(kind: SearchKind): Promise<void> {
  await db.$executeRaw`
    WITH k AS (DELETE FROM "SearchKey" WHERE kind = ${kind})
    DELETE FROM "SearchEntry" WHERE kind = ${kind}`;
}
