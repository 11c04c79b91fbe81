import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlight, snippet } from "./highlight";
import { grams, normalize, normalizeWithMap, queryTerms, termGrams } from "./normalize";
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from "./types";

describe("normalize", () => {
  it("folds katakana, width, case, 「ー」 and spaces the same way", () => {
    for (const s of ["スマートロック", "すまーとろっく", "ｽﾏｰﾄﾛｯｸ", "スマート ロック", "スマトロック"]) expect(normalize(s)).toBe("すまとろっく");
    expect(normalize("ＡＩ　Ｃｈａｔ")).toBe("aichat");
    expect(normalize("ｶﾞｲﾄﾞ")).toBe("がいど");
  });

  it("maps every normalised character back into the original text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."アイウｶﾞｰ ーＡaB漢字𠮷　") }), (s) => {
        const { norm, map } = normalizeWithMap(s);
        expect(map).toHaveLength(norm.length);
        expect(map.every((i) => i >= 0 && i < s.length)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("splits queries into distinct words and grams", () => {
    expect(queryTerms(" 防災　アプリ 防災 ")).toEqual(["防災", "あぷり"]);
    expect(termGrams("町")).toEqual(["町"]);
    expect(termGrams("空き家")).toEqual(["空き", "き家"]);
    expect(grams("ab\nc").sort()).toEqual(["a", "ab", "b", "c"]);
  });
});

describe("highlight", () => {
  it("marks the original spelling of a normalised match", () => {
    expect(highlight("公共施設のスマートロック", queryTerms("すまーとろっく"))).toBe(`公共施設の${S}スマートロック${E}`);
    expect(highlight("ｽﾏｰﾄﾛｯｸ導入", queryTerms("スマートロック"))).toBe(`${S}ｽﾏｰﾄﾛｯｸ${E}導入`);
  });

  it("cuts a snippet of about 120 characters around the first match", () => {
    const text = `${"あ".repeat(300)}防災${"い".repeat(300)}`;
    const s = snippet(text, ["防災"]);
    expect(s).toContain(`${S}防災${E}`);
    expect(s.replaceAll(S, "").replaceAll(E, "").length).toBeLessThanOrEqual(122);
  });
});
