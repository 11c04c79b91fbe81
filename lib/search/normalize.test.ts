import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlight, matchRanges, snippet } from "./highlight";
import { grams, normalize, normalizeWithMap, queryTerms, termGrams } from "./normalize";
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from "./types";

describe("normalize", () => {
  it("folds katakana, width, case, 「ー」 and spaces the same way", () => {
    for (const s of ["スマートロック", "すまーとろっく", "ｽﾏｰﾄﾛｯｸ", "スマート ロック", "スマトロック"])
      expect(normalize(s)).toBe("すまとろっく");
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
    expect(highlight("公共施設のスマートロック", queryTerms("すまーとろっく"))).toBe(
      `公共施設の${S}スマートロック${E}`,
    );
    expect(highlight("ｽﾏｰﾄﾛｯｸ導入", queryTerms("スマートロック"))).toBe(`${S}ｽﾏｰﾄﾛｯｸ${E}導入`);
  });

  it("cuts a snippet of about 120 characters around the first match", () => {
    const text = `${"あ".repeat(300)}防災${"い".repeat(300)}`;
    const s = snippet(text, ["防災"]);
    expect(s).toContain(`${S}防災${E}`);
    expect(s.replaceAll(S, "").replaceAll(E, "").length).toBeLessThanOrEqual(122);
  });

  it("finds the first match of a long text window by window, exactly as a whole-text search would", () => {
    // The whole-text version it replaced (cost grew with the text, not with the position of the first match).
    const whole = (text: string, terms: string[], size = 120) => {
      const flat = text.replace(/\s+/gu, " ").trim();
      const ranges = matchRanges(flat, terms);
      if (flat.length <= size) return highlight(flat, terms);
      let start = Math.max(0, (ranges[0]?.[0] ?? 0) - Math.floor(size / 3));
      const end = Math.min(flat.length, start + size);
      start = Math.max(0, end - size);
      const cut = ranges
        .filter(([a, b]) => b > start && a < end)
        .map(([a, b]) => [Math.max(a, start), Math.min(b, end)]);
      let out = "";
      let pos = start;
      for (const [a, b] of cut) [out, pos] = [out + flat.slice(pos, a) + S + flat.slice(a, b) + E, b];
      return (start > 0 ? "…" : "") + out + flat.slice(pos, end) + (end < flat.length ? "…" : "");
    };
    // A match across a window edge (windows are 500 characters), with 「ー」 and spaces inside it.
    for (let at = 480; at < 510; at++) {
      for (const word of ["スマートロック", "ｽﾏｰﾄ ﾛｯｸ", "防災"]) {
        const text = "あ".repeat(at) + word + "い".repeat(700);
        const q = queryTerms(word === "防災" ? word : "スマートロック");
        expect(snippet(text, q), `${word} at ${at}`).toBe(whole(text, q));
      }
    }
    const parts = [
      "スマート",
      "ロック",
      "ｽﾏｰﾄ",
      "ﾛｯｸ",
      "ー",
      " ",
      "防災",
      "𠮷",
      "😀",
      "が",
      "か\u3099",
      "あ",
      "Ａ",
      "a",
    ];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 300; i++) {
      // Mostly filler, so that first matches fall in every window and across window edges.
      const text = Array.from({ length: 50 + rand(1500) }, () =>
        rand(50) ? "あいうえお"[rand(5)] : parts[rand(parts.length)],
      ).join("");
      for (const q of ["スマートロック", "防災", "𠮷", "が", "a"])
        expect(snippet(text, queryTerms(q)), `${q} in ${text}`).toBe(whole(text, queryTerms(q)));
    }
  });
});

describe("normalizeWithMap's table by UTF-16 unit", () => {
  // The per-code-point version it speeds up: every character folded on its own, voiced marks joined.
  const reference = (text: string) => {
    let norm = "";
    const map: number[] = [];
    let i = 0;
    for (const ch of text) {
      let f = "";
      for (const c of ch.normalize("NFKC").toLowerCase()) {
        const code = c.codePointAt(0)!;
        f += code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : c;
      }
      if (/[\s\u30fc\u2010-\u2015\u2212\uff70\u30fb]/u.test(f)) f = "";
      const joined = (f === "\u3099" || f === "\u309a") && norm ? (norm.slice(-1) + f).normalize("NFC") : "";
      if (joined.length === 1) norm = norm.slice(0, -1) + joined;
      else for (let k = 0; k < f.length; k++) [norm, map[map.length]] = [norm + f[k], i];
      i += ch.length;
    }
    return { norm, map };
  };

  it("gives what folding every code point on its own gives, for any text", () => {
    const unit = fc.oneof(
      fc.constantFrom(..."アイウｶﾞﾊﾟｰ ーＡaB漢字𠮷　\t\n・‐−㍻ﾞﾟ゙゚ｧＺ①"),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (s) => {
        expect(normalizeWithMap(s)).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
    // Every BMP unit once, in order.
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join("");
    expect(normalizeWithMap(all)).toEqual(reference(all));
  });
});
