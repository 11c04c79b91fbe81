import "server-only";
import type { FileChild } from "docx";
import { article, blank, p, pack, safe, table, title } from "./docx";
import { date, metMark } from "./labels";
import type { PilotDocument } from "./queries";

// 実証実験 評価シート: one row per agreed criterion with what was recorded so far; blank cells are left to be
// filled in at the review (the sheet is printed before the end review as often as after it).

export function reviewSheetFileName(pilot: PilotDocument) {
  return { filename: "実証実験評価シート.docx", ascii: `pilot-review-sheet-${pilot.id}.docx` };
}

/** Each criterion's target, baseline, result and 達成/未達成 (the review sheet and the budget memo). */
export const resultsTable = (criteria: PilotDocument["criteria"]) =>
  table(
    ["指標", "目標", "現状値", "結果", "達成"],
    criteria.map((c) => [safe(c.label), safe(c.target), safe(c.baseline), safe(c.result), metMark(c.met)]),
    [28, 18, 18, 22, 14],
  );

export async function buildReviewSheet(pilot: PilotDocument): Promise<Buffer> {
  const children: FileChild[] = [
    title("実証実験 評価シート"),
    table(
      ["項目", "内容"],
      [
        ["実証実験名", safe(pilot.title)],
        [
          "自治体",
          safe(pilot.match.municipality.name) +
            (pilot.match.department ? `　${safe(pilot.match.department.name)}` : ""),
        ],
        ["企業", safe(pilot.match.company.name)],
        ["実施期間", `${date(pilot.startsOn)} 〜 ${date(pilot.endsOn)}`],
        ["中間評価日", date(pilot.midReviewedAt ?? pilot.midReviewOn)],
        ["最終評価日", date(pilot.endReviewedAt ?? pilot.endReviewOn)],
      ],
      [25, 75],
    ),
    article("成功指標と結果"),
    resultsTable(pilot.criteria),
    article("中間評価"),
    p(safe(pilot.midReviewNote) || "　"),
    article("総括"),
    p(safe(pilot.endReviewNote) || "　"),
    blank(),
    p("記入者　所属　　　　　　　　　　　氏名　　　　　　　　　　　", { align: "right" }),
  ];
  return pack("実証実験 評価シート", children);
}
