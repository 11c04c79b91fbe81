import { describe, expect, it } from "vitest";
import { normalize } from "./normalize";
import { NORMALIZED_GROUPS, SYNONYM_GROUPS, synonymsIn, withSynonyms } from "./synonyms";

// The synonym list is data that people edit: these tests keep it well formed.

// Words in almost every Japanese sentence: a synonym that folds to one of them (「マース」 → 「ます」) would be
// added to nearly every document.
const COMMON = [
  "です",
  "ます",
  "する",
  "した",
  "ある",
  "いる",
  "こと",
  "ため",
  "よう",
  "など",
  "から",
  "まで",
  "の",
  "に",
];

describe("synonym list", () => {
  it("has groups of two or more non-empty words", () => {
    expect(SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(30);
    for (const group of SYNONYM_GROUPS) {
      expect(group.length, group.join("/")).toBeGreaterThanOrEqual(2);
      for (const word of group) expect(word.trim(), group.join("/")).toBe(word);
    }
  });

  it("has no word twice, in one group or across groups, once normalised", () => {
    const seen = new Map<string, string>();
    for (const group of NORMALIZED_GROUPS)
      for (const norm of group) {
        expect(seen.get(norm), `${norm} in ${group.join("/")} and ${seen.get(norm)}`).toBeUndefined();
        seen.set(norm, group.join("/"));
      }
  });

  it("keeps the normalised forms the search compares", () => {
    SYNONYM_GROUPS.forEach((group, i) => expect(NORMALIZED_GROUPS[i]).toEqual(group.map(normalize)));
    for (const norm of NORMALIZED_GROUPS.flat()) {
      expect(norm.length, norm).toBeGreaterThanOrEqual(2);
      for (const common of COMMON) expect(common.includes(norm), `${norm} is in 「${common}」`).toBe(false);
      // A kana-only word of two characters is in too many other words.
      if (/^[\u3041-\u309f]+$/u.test(norm)) expect(norm.length, norm).toBeGreaterThanOrEqual(3);
    }
  });

  it("holds the groups people asked for", () => {
    const groupOf = (word: string) => withSynonyms(normalize(word));
    expect(groupOf("空家")).toEqual(expect.arrayContaining(["空き家", "空きや"].map(normalize)));
    expect(groupOf("キントーン")).toContain("kintone");
    expect(groupOf("DX")).toContain(normalize("デジタル化"));
    expect(groupOf("育児")).toContain(normalize("子育て"));
    expect(groupOf("手続き")).toContain(normalize("窓口"));
    expect(groupOf("シニア")).toContain(normalize("高齢者"));
  });

  it("adds the other words of a group a text holds, Latin words only as whole words", () => {
    expect(synonymsIn(normalize("空き家バンクの運営"))).toEqual(expect.arrayContaining(["空家", "空きや"]));
    expect(synonymsIn(normalize("空き家バンクの運営"))).not.toContain(normalize("空き家"));
    expect(synonymsIn(normalize("NEC と連携"))).not.toContain(normalize("ネット販売"));
    expect(synonymsIn(normalize("EC 販売"))).toContain(normalize("ネット販売"));
    expect(synonymsIn(normalize("オンラインで申し込み"))).toEqual([]);
  });
});
