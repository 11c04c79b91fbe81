// The first draft of a case born from a match: what the platform already knows (the match, its challenge and the
// pilot's agreed criteria and results), written as plain Japanese for a clerk to rewrite before the company is asked.
// Internal notes (Match.internalNote, Pilot.cityNote / companyNote) are never read here: the select in create.ts
// does not even load them.
import { fiscalYearOf } from "@/lib/format";
import type { CaseOutcome, CaseScheme, MatchStage } from "@/lib/generated/prisma/enums";

export type PrefillSource = {
  stage: MatchStage;
  scheme: CaseScheme | null;
  expectedBudget: bigint | null;
  targetFiscalYear: number | null;
  municipality: { id: string; name: string };
  company: { id: string; name: string };
  challenge: { title: string; situation: string; themes: { id: string }[] } | null;
  pilot: {
    id: string;
    title: string;
    purpose: string;
    startsOn: Date;
    endsOn: Date;
    cityProvides: string;
    companyProvides: string;
    endReviewNote: string | null;
    criteria: { label: string; target: string; baseline: string | null; met: boolean | null; result: string | null }[];
  } | null;
};

const cut = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const FIGURE_MAX = 60; // lib/cases/schema.ts: a figure's value

/** 「電話問い合わせ件数」 → 「−32 %（目標 −30 %）」: only criteria whose result was recorded at the end review. */
export function figuresOf(criteria: NonNullable<PrefillSource["pilot"]>["criteria"]) {
  return criteria
    .filter((c) => c.result && c.result.trim())
    .map((c) => {
      const withTarget = `${c.result!.trim()}（目標 ${c.target.trim()}）`;
      return { label: cut(c.label.trim(), FIGURE_MAX), value: cut(withTarget, FIGURE_MAX) };
    });
}

export function prefillCase(s: PrefillSource, now = new Date()) {
  const p = s.pilot;
  const budgeted = s.stage === "BUDGETED";
  const subject = s.challenge?.title ?? p?.title ?? "官民連携の取り組み";
  const outcome: CaseOutcome = budgeted ? "ADOPTED" : "COMPLETED";
  const scheme: CaseScheme = s.scheme ?? (p ? "DEMONSTRATION" : "OTHER");
  const summary = [
    `${s.municipality.name}と${s.company.name}が、${p ? `「${p.title}」の実証実験` : "連携"}に取り組みました。`,
    budgeted ? "結果を受けて、事業化・予算化に進んでいます。" : "",
  ].join("");
  const paragraphs = [
    s.challenge ? `【きっかけ】\n${s.challenge.situation.trim()}` : "",
    p ? `【実証実験の目的】\n${p.purpose.trim()}` : "",
    p ? `【役割分担】\n自治体：${p.cityProvides.trim()}\n企業：${p.companyProvides.trim()}` : "",
    p && p.criteria.length
      ? `【成果】\n${p.criteria
          .map((c) => {
            const met = c.met === true ? "達成" : c.met === false ? "未達" : "未記録";
            return `・${c.label}：目標 ${c.target}${c.baseline ? `（実施前 ${c.baseline}）` : ""} → ${c.result ?? "—"}（${met}）`;
          })
          .join("\n")}`
      : "",
    p?.endReviewNote ? `【振り返り】\n${p.endReviewNote.trim()}` : "",
    budgeted ? "【その後】\n実証の結果を受けて、事業化・予算化に進みました。" : "",
  ].filter(Boolean);
  return {
    title: cut(`${s.municipality.name} × ${s.company.name}：${subject}`, 120),
    summary: cut(summary, 400),
    body: cut(paragraphs.join("\n\n") || summary, 10_000),
    municipalityId: s.municipality.id,
    scheme,
    outcome,
    fiscalYear: p ? fiscalYearOf(p.startsOn) : (s.targetFiscalYear ?? fiscalYearOf(now)),
    startedOn: p?.startsOn ?? null,
    endedOn: p?.endsOn ?? null,
    budgetAmount: s.expectedBudget,
    figures: p ? figuresOf(p.criteria) : [],
    pilotId: p?.id ?? null,
    published: false,
    companyApproval: "DRAFT" as const,
    themes: { connect: (s.challenge?.themes ?? []).map((t) => ({ id: t.id })) },
    partners: { create: [{ name: s.company.name, role: "連携企業", organizationId: s.company.id, sortOrder: 0 }] },
  };
}
