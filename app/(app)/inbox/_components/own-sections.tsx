import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import type { Inbox } from "@/lib/inbox/queries";
import { InboxItem, InboxSection } from "./inbox-section";

// The department's own work: interest in its challenges and the matches it is in charge of.

export async function InterestsSection({ data }: { data: Inbox["interests"] }) {
  const t = await getTranslations("inbox.interests");
  const locale = await getLocale();
  return (
    <InboxSection
      id="inbox-interests"
      title={t("heading")}
      total={data.total}
      shown={data.items.reduce((n, i) => n + i.count, 0)}
      empty={t("empty")}
    >
      {data.items.map((i) => (
        <InboxItem key={i.challengeId} testId="inbox-interest">
          <p className="font-medium">{i.title}</p>
          <p className="text-sm text-stone-700">
            {t("item", { count: i.count })}
            {i.oldest ? `　${t("since", { date: formatDate(i.oldest, locale) })}` : ""}
          </p>
          <Link href={`/challenges/${i.challengeId}/interests`} className="inline-flex min-h-11 items-center">
            {t("open")}
          </Link>
        </InboxItem>
      ))}
    </InboxSection>
  );
}

export async function MatchesSection({ data }: { data: Inbox["matches"] }) {
  const t = await getTranslations("inbox.matches");
  const tp = await getTranslations("pipeline");
  const locale = await getLocale();
  return (
    <InboxSection
      id="inbox-matches"
      title={t("heading")}
      total={data.total}
      shown={data.items.length}
      empty={t("empty")}
    >
      {data.items.map((m) => (
        <InboxItem key={m.id} testId="inbox-match">
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone="brand">{t("stage", { stage: tp(`stage.${m.stage}`) })}</Badge>
            {m.metDepartment ? <Badge>{t("met")}</Badge> : null}
            <Link href={`/pipeline/${m.id}`} className="font-medium">
              {m.company.name}
            </Link>
          </p>
          <p className="text-sm text-stone-700">{m.challenge?.title ?? t("noChallenge")}</p>
          <p className="mt-1 text-sm">
            {m.nextAction
              ? `${t("next", { action: m.nextAction })}${m.nextActionOn ? t("nextOn", { date: formatDate(m.nextActionOn, locale) }) : ""}`
              : t("noNext")}
          </p>
          <p className="text-sm">
            {m.budgetStep
              ? t("budget", {
                  step: tp(`budgetStep.${m.budgetStep.step}`),
                  when:
                    m.budgetStep.status === "upcoming"
                      ? t("budgetFrom", { date: formatDate(m.budgetStep.startsOn, locale) })
                      : t("budgetUntil", { date: formatDate(m.budgetStep.endsOn, locale) }),
                })
              : t("noBudget")}
          </p>
        </InboxItem>
      ))}
    </InboxSection>
  );
}
