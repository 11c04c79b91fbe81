import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { BOM, contentDisposition, csvCell, toCsv } from "./csv";
import { buildFunnelCsv, CSV_HEADER } from "./export";
import { parseCsvParams, parseFunnelFilter } from "./schema";
import { createFunnelFixture, type FunnelFixture } from "./test-fixture";

/** A small RFC 4180 parser, to check that what we write reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("csv encoding", () => {
  it("starts with a BOM, ends lines with CRLF, quotes commas, quotes and newlines", () => {
    const out = toCsv(
      ["区分", "項目"],
      [
        ["a,b", 'say "hi"'],
        ["line\nbreak", 12],
      ],
    );
    expect(out.startsWith(BOM)).toBe(true);
    expect(out).toBe(`${BOM}区分,項目\r\n"a,b","say ""hi"""\r\n"line\nbreak",12\r\n`);
  });

  it("guards against formula injection: = + - @ tab CR get a leading '", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+81")).toBe("'+81");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("加賀市")).toBe("加賀市");
    expect(csvCell(-3)).toBe("-3"); // numbers are ours, not user input
    expect(csvCell(null)).toBe("");
  });

  it("any text survives a round trip through a CSV parser (formula guard aside)", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const parsed = parseCsv(
          toCsv(
            cells.map((_, i) => `h${i}`),
            [cells],
          ).slice(1),
        );
        expect(parsed[1]).toEqual(cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
      }),
      { numRuns: 1000 },
    );
  });

  it("Content-Disposition carries the Japanese name as RFC 5987 filename* with an ASCII fallback", () => {
    const h = contentDisposition("ファネル分析_加賀市.csv", "funnel.csv");
    expect(h).toBe(
      `attachment; filename="funnel.csv"; filename*=UTF-8''${encodeURIComponent("ファネル分析_加賀市.csv")}`,
    );
    expect(decodeURIComponent(h.split("''")[1])).toBe("ファネル分析_加賀市.csv");
    expect(contentDisposition("a'(b).csv", 'x"y.csv')).toContain(
      `filename="x_y.csv"; filename*=UTF-8''a%27%28b%29.csv`,
    );
  });
});

describe("params", () => {
  it("bad params fall back to defaults instead of failing", () => {
    expect(parseFunnelFilter({ fy: "abc", from: "2024-13-45", to: "2024-04-30", municipality: "x'; drop" })).toEqual({
      to: "2024-04-30",
    });
    expect(parseFunnelFilter({ fy: ["2024", "2023"] })).toEqual({ fy: 2024 });
    expect(parseCsvParams({ part: "nope", fy: "2024" })).toEqual({ part: "all", fy: 2024 });
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("fy", "from", "to", "municipality", "part"),
          fc.oneof(fc.string(), fc.array(fc.string())),
        ),
        (p) => {
          expect(() => parseCsvParams(p)).not.toThrow();
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("the funnel CSV of the fixture", () => {
  let f: FunnelFixture;
  beforeAll(async () => {
    f = await createFunnelFixture();
  });

  it("has the Japanese headers and the hand-computed figures, with a 区分 column", async () => {
    const csv = (await buildFunnelCsv(
      f.coordA,
      { part: "all", municipality: f.townA.id },
      new Date("2026-11-23T00:00:00Z"),
    ))!;
    expect(csv.filename).toBe(`ファネル分析_石川県${f.townA.name}_全期間_20261123.csv`);
    const rows = parseCsv(csv.body.slice(1));
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows[0]).toEqual([
      "区分",
      "項目",
      "補足",
      "マッチ数",
      "マッチング到達",
      "商談到達",
      "事業化検討到達",
      "事業化・予算化到達",
      "見送り",
      "商談率（%）",
      "事業化率（%）",
      "閲覧（人・日）",
      "興味がある",
      "閲覧→興味がある（%）",
      "横展開された事例",
      "事例から始まった課題",
      "Kyoso Hub から生まれた事例",
    ]);
    expect(rows[1]).toEqual(["全体", "すべてのマッチ", "", "10", "8", "6", "4", "1", "3", "60", "40"]);
    expect(rows).toContainEqual(["現在の段階", "見送り", "", "3"]);
    expect(rows).toContainEqual(["見送り理由", "予算が確保できない", "", "1"]);
    expect(rows).toContainEqual(["フラグ", "所管部署とMTG済：あり", "", "5", "5", "5", "3", "1", "2", "100", "60"]);
    expect(rows).toContainEqual([
      "部署別",
      `'${f.deptY.name}`,
      f.townA.name,
      "3",
      "2",
      "2",
      "2",
      "1",
      "1",
      "66.7",
      "66.7",
    ]);
    expect(rows).toContainEqual(["テーマ別", "テーマなし", "", "5", "4", "2", "1", "0", "3", "40", "20"]);
    expect(rows).toContainEqual(["月別", "2024年3月", "", "2", "2", "2", "1", "0", "0", "100", "50"]);
  });

  it("one table only with part, and nothing for users who may not see the funnel", async () => {
    const csv = (await buildFunnelCsv(f.staffA, { part: "coordinator" }))!;
    const rows = parseCsv(csv.body.slice(1));
    expect(rows.slice(1).every((r) => r[0] === "担当コーディネーター別")).toBe(true);
    expect(rows.map((r) => r[1])).not.toContain(f.coordC.name);
    expect(rows.slice(1).reduce((s, r) => s + Number(r[3]), 0)).toBe(10);
    expect(await buildFunnelCsv(f.companyUser, { part: "all" })).toBeNull();
    expect(await buildFunnelCsv(f.pendingA, { part: "all" })).toBeNull();
  });
});
