import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { InterestAnswers } from "@/components/interest-answers";
import { formatDate } from "@/lib/format";
import type { CompanyInterestItem } from "@/lib/interests/queries";
import { WithdrawButton } from "./withdraw-button";
import { Card } from "@/components/ui/card";

const tone = { PENDING: "warning", ACCEPTED: "brand", DECLINED: "neutral", WITHDRAWN: "neutral" } as const;
const button = "inline-flex min-h-11 items-center rounded px-4 py-2 font-medium no-underline";

/**
 * A company's view of one interest. An introduction that is not accepted yet has no challenge
 * (the query never loads it): only the approved summary is shown. A challenge made private since
 * the company showed interest is only 「非公開になった課題」 (challengeHidden).
 */
export async function InterestItem({
  item: i,
  locale,
  detailed = false,
}: {
  item: CompanyInterestItem;
  locale: string;
  detailed?: boolean;
}) {
  const t = await getTranslations("interests");
  const tm = await getTranslations("matches.company");
  const tp = await getTranslations("pipeline.stage");
  const intro = i.origin === "INTRODUCTION";
  return (
    <Card as="article" padding="lg" data-testid="my-interest">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={tone[i.status]}>{t(`status.${i.status}`)}</Badge>
        {intro ? <Badge>{t("mine.intro")}</Badge> : null}
        {i.matchStage ? (
          <span data-testid="match-stage">
            <Badge tone="brand">{tm("stage", { stage: tp(i.matchStage) })}</Badge>
          </span>
        ) : null}
      </div>
      {i.challenge ? (
        <h2 className="mt-2 break-words text-lg font-bold">
          <Link href={`/challenges/${i.challenge.id}`}>{i.challenge.title}</Link>
        </h2>
      ) : null}
      {i.challenge ? <p className="text-sm text-stone-600">{i.challenge.municipalityName}</p> : null}
      {i.challengeHidden ? (
        <>
          <h2 className="mt-2 break-words text-lg font-bold" data-testid="now-private">
            {t("mine.nowPrivate")}
          </h2>
          <p className="text-sm text-stone-600">{t("mine.nowPrivateLead")}</p>
        </>
      ) : null}
      <p className="text-sm text-stone-600">
        {intro ? t("mine.introAt") : t("mine.sentAt")}：{formatDate(i.createdAt, locale)}
      </p>
      {intro && i.introSummary ? (
        <div className="mt-3">
          {i.status !== "ACCEPTED" ? <p className="text-sm text-stone-700">{t("mine.introLead")}</p> : null}
          <p className="mt-2 whitespace-pre-wrap break-words rounded bg-stone-50 p-3" data-testid="intro-summary">
            {i.introSummary}
          </p>
        </div>
      ) : null}
      {detailed && i.answers.length > 0 ? <InterestAnswers answers={i.answers} className="mt-3" /> : null}
      {i.status === "DECLINED" ? (
        <div className="mt-3 rounded border border-stone-200 bg-stone-50 p-3" data-testid="declined-note">
          <p>{t("mine.declined")}</p>
          {i.declineReason ? (
            <p className="mt-1 whitespace-pre-wrap break-words">
              {t("mine.declinedReason", { reason: i.declineReason })}
            </p>
          ) : null}
        </div>
      ) : null}
      {i.status === "ACCEPTED" ? <p className="mt-3 text-green-900">{t("mine.accepted")}</p> : null}
      <div className="mt-4 flex flex-wrap items-start gap-3">
        {i.threadId && i.status === "ACCEPTED" ? (
          <Link href={`/messages/${i.threadId}`} className={`${button} bg-brand-700 text-white hover:bg-brand-800`}>
            {t("mine.thread")}
          </Link>
        ) : null}
        {intro && i.challenge ? (
          <Link
            href={`/challenges/${i.challenge.id}`}
            className={`${button} border border-stone-300 bg-white hover:bg-stone-100`}
          >
            {t("mine.openChallenge")}
          </Link>
        ) : null}
        {(intro || i.challengeHidden) && !i.challenge && !detailed ? (
          <Link href={`/interests/${i.id}`} className={`${button} border border-stone-300 bg-white hover:bg-stone-100`}>
            {t("mine.details")}
          </Link>
        ) : null}
        {i.status === "PENDING" && i.origin === "COMPANY" ? <WithdrawButton id={i.id} /> : null}
      </div>
    </Card>
  );
}
