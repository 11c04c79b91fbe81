import { normalize } from "./normalize";
import { readingsOf } from "./readings";
import { synonymsIn } from "./synonyms";
import type { SearchDocument } from "./types";

// What both backends index for a document besides its text: the synonyms of the words it holds
// (synonyms.ts) and the readings of its kanji (readings.ts), each on a line of its own ("\n" never
// forms a gram, so a synonym does not join the word before it). The title's synonyms and reading join
// the title, so a search for 「空家」 or 「あきや」 ranks 「空き家バンク…」 as a title match.

export type IndexText = {
  /** The normalised title, then its synonyms and reading, one per line. */
  titleNorm: string;
  /** Body and keywords normalised, then their synonyms and readings, one per line. */
  restNorm: string;
};

const lines = (...parts: string[]) => parts.filter((p) => p).join("\n");

export async function indexText(doc: Pick<SearchDocument, "title" | "body" | "keywords">): Promise<IndexText> {
  const title = normalize(doc.title);
  const body = normalize(doc.body);
  const keywords = normalize(doc.keywords);
  const titleReadings = await readingsOf(doc.title);
  const restReadings = await readingsOf(`${doc.body}\n${doc.keywords}`);
  const titleExtra = [...synonymsIn(title), ...titleReadings];
  // Synonyms of the body's words that the title's extras do not already bring.
  const restExtra = synonymsIn(`${body}\n${keywords}`).filter((w) => !titleExtra.includes(w) && !title.includes(w));
  return {
    titleNorm: lines(title, ...new Set(titleExtra)),
    restNorm: lines(body, keywords, ...new Set([...restExtra, ...restReadings])),
  };
}
