import { grams } from "../normalize";
import type { SearchKind } from "../types";
import { SAMPLE_BUCKETS } from "./tuning";

// What a row's `grams` array holds besides the text's uni- and bigrams: marker grams, so that the kind, a
// sample bucket and "this gram is in the title" are GIN lookups too. normalize.ts never makes a gram of a
// control character, so a marker cannot collide with a word.

const KIND_MARK = "\u0001";
const BUCKET_MARK = "\u0002";
export const TITLE_MARK = "\u0003";

/** The marker gram of a sample bucket (a hexadecimal digit, as the search_speed migration wrote them). */
export const bucketGram = (bucket: number) => BUCKET_MARK + bucket.toString(16);

/** FNV-1a of the id: a fixed, uniform sample bucket per document. */
function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SAMPLE_BUCKETS;
}

/** Text grams plus the marker grams: kind, sample bucket, and every gram of the title. */
export function docGrams(kind: SearchKind, id: string, titleNorm: string, textNorm: string): string[] {
  return [
    ...grams(textNorm),
    KIND_MARK + kind,
    bucketGram(bucketOf(id)),
    ...grams(titleNorm).map((gram) => TITLE_MARK + gram),
  ];
}
