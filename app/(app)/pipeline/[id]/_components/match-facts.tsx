import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatFiscalYear, formatYen } from "@/lib/format";
import type { MatchDetail } from "@/lib/matches/queries";
import { PIPELINE } from "@/lib/matches/stages";

/** The match at a glance (everyone who may open the page sees this; the internal note is not in it). */
export async function MatchFacts({ m }: { m: MatchDetail }) {
  const t = await getTranslations("matches.detail");
  const tp = await getTranslations("pipeline");
  const tc = await getTranslations("cases.scheme");
  const locale = await getLocale();
  const notSet = <span className="text-stone-700">{t("notSet")}</span>;
  const rows: [string, React.ReactNode][] = [
    [t("company"), m.company.name],
    [t("municipality"), m.municipality.name],
    [t("department"), m.department?.name ?? notSet],
    [t("challenge"), m.challenge ? <Link href={`/challenges/${m.challenge.id}`}>{m.challenge.title}</Link> : notSet],
    [t("origin"), tp(`origin.${m.origin}`)],
    [t("coordinator"), m.coordinator?.name ?? notSet],
    [tp("flags.metDepartment"), m.metDepartment ? t("yes") : t("no")],
    [tp("flags.contentOrganized"), m.contentOrganized ? t("yes") : t("no")],
    [
      t("nextAction"),
      m.nextAction ? `${m.nextAction}${m.nextActionOn ? `（${formatDate(m.nextActionOn, locale)}）` : ""}` : notSet,
    ],
    [t("expectedBudget"), m.expectedBudget !== null ? formatYen(m.expectedBudget, locale) : notSet],
    [t("targetFiscalYear"), m.targetFiscalYear ? formatFiscalYear(m.targetFiscalYear, locale) : notSet],
    [t("scheme"), m.scheme ? tc(m.scheme) : notSet],
    [t("maxStage"), tp(`stage.${PIPELINE[m.maxStageRank] ?? "INTEREST"}`)],
    [t("startedAt"), formatDate(m.createdAt, locale)],
    [t("lastActivity"), formatDate(m.lastActivityAt, locale)],
  ];
  return (
    <dl className="grid gap-x-6 sm:grid-cols-[auto_1fr]" data-testid="match-facts">
      {rows.map(([k, v]) => (
        <div key={k} className="border-b border-stone-200 py-2 sm:contents">
          <dt className="font-medium text-stone-700 sm:border-b sm:border-stone-200 sm:py-2">{k}</dt>
          <dd className="break-words sm:border-b sm:border-stone-200 sm:py-2">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
