import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  normalizeQuery,
  parseSearchState,
  searchHref,
  toParams,
} from "@/app/(public)/search/_components/search-params";
import { splitHighlights } from "@/app/(public)/search/_components/highlighted";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/search/types";

const fromQuery = (qs: string) => {
  const out: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(qs)) (out[k] ??= []).push(v);
  return out;
};

describe("search page URL state", () => {
  it("never throws and always yields a usable state, whatever the query string", () => {
    const value = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 5 }), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("q", "tab", "theme", "pref", "cat", "ind", "year", "sort", "page", "x"), value),
        (raw) => {
          const s = parseSearchState(raw);
          expect(["CASE", "CHALLENGE", "COMPANY"]).toContain(s.tab);
          expect(s.page).toBeGreaterThanOrEqual(1);
          expect(s.q.length).toBeLessThanOrEqual(100);
          // Control characters (NUL, the highlight markers) never reach the backend.
          expect(/[\u0000-\u001f]/.test(s.q)).toBe(false);
          for (const p of s.pref) expect(p).toMatch(/^(0[1-9]|[1-3]\d|4[0-7])$/);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("round-trips through the URL, including repeated and comma-joined facets", () => {
    const s = parseSearchState({
      q: " 空き家　バンク ",
      tab: "CHALLENGE",
      theme: ["housing", "dx"],
      pref: "17,27",
      cat: "CONSULTATION",
      year: ["2025", "abc"],
      sort: "newest",
      page: "3",
    });
    expect(s).toMatchObject({
      q: "空き家 バンク",
      tab: "CHALLENGE",
      theme: ["housing", "dx"],
      pref: ["17", "27"],
      cat: ["CONSULTATION"],
      year: [2025],
      sort: "newest",
      page: 3,
    });
    expect(parseSearchState(fromQuery(toParams(s).toString()))).toEqual(s);
    // A new search (href) starts at page 1.
    expect(searchHref(s)).not.toContain("page=");
  });

  it("drops values that do not belong to the tab", () => {
    expect(parseSearchState({ tab: "CASE", ind: "IT", cat: "CONSULTATION" })).toMatchObject({ ind: [], cat: [] });
    expect(parseSearchState({ tab: "COMPANY", year: "2024", cat: "SMALL" })).toMatchObject({
      year: [],
      cat: ["SMALL"],
    });
    expect(normalizeQuery("a\u0000b\u0002c")).toBe("a b c");
  });
});

describe("highlight markers", () => {
  it("split into plain and marked pieces, never HTML", () => {
    expect(splitHighlights(`<b>${HIGHLIGHT_START}空き家${HIGHLIGHT_END}バンク`)).toEqual([
      { text: "<b>", hit: false },
      { text: "空き家", hit: true },
      { text: "バンク", hit: false },
    ]);
  });
});
