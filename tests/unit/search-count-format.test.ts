import { describe, expect, it } from "vitest";
import { countKey, shownCount } from "@/app/(public)/search/_components/count-format";
import en from "@/lib/i18n/messages/en/search.json";
import ja from "@/lib/i18n/messages/ja/search.json";

describe("search page counts", () => {
  it("keeps exact counts as they are", () => {
    expect(shownCount(1234)).toBe(1234);
    expect(shownCount(1234, false)).toBe(1234);
    expect(countKey("count")).toBe("count");
  });

  it("rounds estimates to two significant digits and picks the 「約」 message", () => {
    expect(shownCount(25_760, true)).toBe(26_000);
    expect(shownCount(12_032, true)).toBe(12_000);
    expect(shownCount(1_348, true)).toBe(1_300);
    expect(shownCount(516, true)).toBe(520);
    expect(shownCount(64, true)).toBe(64);
    expect(countKey("count", true)).toBe("countEstimate");
  });

  it("has the estimate messages in both languages", () => {
    for (const m of [ja, en]) {
      expect(m.tabs.countEstimate).toContain("{count}");
      expect(m.facets.countEstimate).toContain("{count}");
      expect(m.results.headingEstimate).toContain("{count}");
      expect(m.results.headingNoQueryEstimate).toContain("{count}");
      expect(m.empty.otherTabEstimate).toContain("{count}");
    }
    expect(ja.tabs.countEstimate).toBe("約{count}件");
    expect(ja.facets.countEstimate).toBe("約{count}");
  });
});
