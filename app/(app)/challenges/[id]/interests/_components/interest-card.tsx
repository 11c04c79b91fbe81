import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { InterestAnswers } from "@/components/interest-answers";
import type { StoredAnswer } from "@/lib/interests/schema";
import { ApproveSummaryForm } from "./approve-summary-form";
import { DecisionButtons } from "./decision-buttons";
import { SalesOnlyToggle } from "./sales-only-toggle";
import { Card } from "@/components/ui/card";

export type InterestRow = {
  id: string;
  origin: "COMPANY" | "INTRODUCTION";
  status: "PENDING" | "ACCEPTED" | "DECLINED" | "WITHDRAWN";
  answers: StoredAnswer[];
  message: string | null;
  salesOnly: boolean;
  declineReason: string | null;
  createdAt: string;
  introSummary: string | null;
  introSummaryApprovedAt: Date | null;
  company: { id: string; name: string; salesOnlyCount: number | null };
  thread: { id: string } | null;
  match: { id: string } | null;
};

export const statusTone = { PENDING: "warning", ACCEPTED: "brand", DECLINED: "neutral", WITHDRAWN: "neutral" } as const;

/** One company's interest as the municipality reads it: who, what they answered, and what to do next. */
export async function InterestCard({ interest: i, canDecide }: { interest: InterestRow; canDecide: boolean }) {
  const t = await getTranslations("interests");
  const intro = i.origin === "INTRODUCTION";
  const awaitingApproval = intro && !i.introSummaryApprovedAt;
  return (
    <Card as="article" padding="lg" data-testid="interest-card" aria-labelledby={`company-${i.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={statusTone[i.status]}>{t(`status.${i.status}`)}</Badge>
        {intro ? <Badge>{t("origin.INTRODUCTION")}</Badge> : null}
        {i.salesOnly ? <Badge tone="danger">{t("list.salesOnly")}</Badge> : null}
      </div>
      <h2 id={`company-${i.id}`} className="mt-2 text-lg font-bold break-words">
        <Link href={`/companies/${i.company.id}`}>{i.company.name}</Link>
      </h2>
      <p className="text-sm text-stone-600">
        {t("list.received")}：{i.createdAt}
      </p>
      {i.company.salesOnlyCount !== null ? (
        <p className="text-sm text-stone-700" data-testid="sales-only-count">
          {t("list.salesOnlyCount", { count: i.company.salesOnlyCount })}
        </p>
      ) : null}
      {i.answers.length > 0 ? (
        <section className="mt-3">
          <h3 className="font-medium">{t("list.answers")}</h3>
          <InterestAnswers answers={i.answers} className="mt-1" />
        </section>
      ) : null}
      {i.message ? (
        <section className="mt-3">
          <h3 className="font-medium">{t("list.message")}</h3>
          <p className="mt-1 whitespace-pre-wrap break-words">{i.message}</p>
        </section>
      ) : null}
      {/* Those who cannot approve the summary still read it, with a note that it awaits approval. */}
      {intro && !(awaitingApproval && canDecide) ? (
        <section className="mt-3">
          <h3 className="font-medium">{t("list.summary")}</h3>
          <p className="mt-1 whitespace-pre-wrap break-words rounded bg-stone-50 p-3">{i.introSummary}</p>
          <p className="mt-1 text-sm text-stone-600">{t(awaitingApproval ? "list.needsApproval" : "list.approved")}</p>
        </section>
      ) : null}
      {awaitingApproval && canDecide && i.status === "PENDING" ? (
        <ApproveSummaryForm id={i.id} summary={i.introSummary ?? ""} />
      ) : null}
      {i.status === "DECLINED" && i.declineReason ? (
        <p className="mt-3 text-sm text-stone-700">{t("list.reasonShown", { reason: i.declineReason })}</p>
      ) : null}
      <div className="mt-4 flex flex-wrap items-start gap-3">
        {i.thread ? (
          <Link
            href={`/messages/${i.thread.id}`}
            className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
          >
            {t("list.thread")}
          </Link>
        ) : null}
        {i.match ? (
          <Link
            href={`/pipeline/${i.match.id}`}
            className="inline-flex min-h-11 items-center rounded border border-stone-300 bg-white px-4 py-2 no-underline hover:bg-stone-100"
          >
            {t("list.match")}
          </Link>
        ) : null}
        {canDecide && i.status === "PENDING" && !awaitingApproval ? (
          <DecisionButtons id={i.id} company={i.company.name} />
        ) : null}
        {canDecide && i.origin === "COMPANY" ? (
          <SalesOnlyToggle id={i.id} salesOnly={i.salesOnly} company={i.company.name} />
        ) : null}
      </div>
    </Card>
  );
}
