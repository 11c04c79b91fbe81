import "server-only";
import type { FileChild } from "docx";
import { needsFor } from "@/lib/budget-path/needs";
import { article, p, pack, safe, title } from "./docx";
import { date, fy, ja, yen } from "./labels";
import type { MemoData } from "./queries";
import { resultsTable } from "./review-sheet";

// 予算要求メモ / 稟議の下書き: one page the department takes into its own budget process. Everything is the
// municipality's own information (the company never receives this document).

export function memoFileName(d: MemoData) {
  return { filename: "予算要求メモ.docx", ascii: `budget-memo-${d.match.id}.docx` };
}

type Figure = { label?: unknown; value?: unknown };
const figuresOf = (json: unknown) =>
  (Array.isArray(json) ? (json as Figure[]) : [])
    .filter((f) => typeof f?.label === "string" && typeof f?.value === "string")
    .slice(0, 2)
    .map((f) => `${safe(f.label as string)}：${safe(f.value as string)}`)
    .join("、");

export async function buildBudgetMemo(d: MemoData): Promise<Buffer> {
  const m = d.match;
  const subject = m.challenge?.title ?? `${m.company.name}との連携事業`;
  const funding = m.fundingSource
    ? ja(`budget-path.funding.${m.fundingSource}`) + (m.fundingName ? `（${safe(m.fundingName)}）` : "")
    : "未定";
  const route = m.procurementRoute ? ja(`budget-path.route.${m.procurementRoute}`) : "未定";
  const scheme = m.scheme ? ja(`cases.scheme.${m.scheme}`) : "";
  const pilot = d.pilot;
  const children: FileChild[] = [
    title("予算要求メモ（案）"),
    // Who wrote it heads the page (as on a 稟議), which keeps the memo on one A4 page.
    p(
      `作成日　${date(new Date())}\n${safe(m.municipality.name)}　${safe(m.department?.name) || "（担当課）"}　${safe(d.author)}`,
      { align: "right" },
    ),
    article("件名"),
    p(`「${safe(subject)}」に係る${fy(m.targetFiscalYear) || "次年度"}予算の要求について`),
    article("目的・背景"),
    p(m.challenge ? safe(m.challenge.situation) : `${safe(m.company.name)}との連携により、地域の課題の解決を図る。`),
    article("実証結果"),
    ...(pilot
      ? [
          p(`「${safe(pilot.title)}」（${date(pilot.startsOn)}〜${date(pilot.endsOn)}、${safe(m.company.name)}）`),
          resultsTable(pilot.criteria),
          ...(pilot.endReviewNote ? [p(`総括：${safe(pilot.endReviewNote)}`)] : []),
        ]
      : [p("終了した実証実験はまだありません。")]),
    article("事業費と財源"),
    p(
      [
        `事業費（見込み）：${yen(m.expectedBudget) || "未定"}`,
        `財源：${funding}`,
        `対象年度：${fy(m.targetFiscalYear) || "未定"}`,
      ].join("\n"),
    ),
    article("調達方法"),
    p(
      [
        `${route}${scheme ? `（連携の形：${scheme}）` : ""}`,
        ...needsFor("VENDOR_SELECTION", m.fundingSource, m.procurementRoute).map((n) => `・${n.ja}`),
      ].join("\n"),
    ),
    article("スケジュール"),
    // Dates only: what the department prepares at each step is its own to-do list (the budget path), not the memo's.
    d.steps.length
      ? p(
          d.steps
            .map((s) => `・${ja(`pipeline.budgetStep.${s.step}`)}　${date(s.startsOn)}〜${date(s.endsOn)}`)
            .join("\n"),
        )
      : p(m.targetFiscalYear ? "対象年度の予算の節目はすべて過ぎています。" : "対象年度が未定です。"),
    article("類似事例"),
    ...(d.cases.length
      ? d.cases.map((c) =>
          p(
            `・${safe(c.municipality.name)}「${safe(c.title)}」（${fy(c.fiscalYear)}）${figuresOf(c.figures) ? `　${figuresOf(c.figures)}` : ""}${c.isDemo ? "　※デモデータ" : ""}`,
          ),
        )
      : [p("同じテーマの公開事例は見つかりませんでした。")]),
  ];
  return pack("予算要求メモ", children, { compact: true });
}
