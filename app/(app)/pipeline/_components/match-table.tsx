import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatFiscalYear } from "@/lib/format";
import type { MatchCard } from "@/lib/matches/queries";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** Every visible match as rows; scrolls sideways inside its own box on a phone. */
export async function MatchTable({ items, total }: { items: MatchCard[]; total: number }) {
  const t = await getTranslations("matches");
  const tp = await getTranslations("pipeline");
  const locale = await getLocale();
  if (items.length === 0) return <EmptyState>{t("table.empty")}</EmptyState>;
  const th = "border-b border-stone-300 px-3 py-2 text-left font-bold whitespace-nowrap";
  const td = "border-b border-stone-200 px-3 py-2 align-top";
  return (
    <Card padding="none" className="overflow-x-auto" role="region" aria-labelledby="match-table-caption" tabIndex={0}>
      <table className="w-full min-w-[1100px] border-collapse text-sm" data-testid="match-table">
        <caption id="match-table-caption" className="sr-only">
          {t("table.caption", { count: total })}
        </caption>
        <thead className="bg-stone-50">
          <tr>
            <th scope="col" className={th}>
              {t("table.company")}
            </th>
            <th scope="col" className={th}>
              {t("table.municipality")}
            </th>
            <th scope="col" className={th}>
              {t("table.challenge")}
            </th>
            <th scope="col" className={th}>
              {t("table.stage")}
            </th>
            <th scope="col" className={th}>
              {t("table.status")}
            </th>
            <th scope="col" className={th}>
              {t("table.nextAction")}
            </th>
            <th scope="col" className={th}>
              {t("table.coordinator")}
            </th>
            <th scope="col" className={th}>
              {t("table.fy")}
            </th>
            <th scope="col" className={th}>
              {t("table.updated")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.id} data-testid="match-row" data-match-id={m.id}>
              <th scope="row" className={`${td} min-w-40 text-left font-medium`}>
                <Link href={`/pipeline/${m.id}`}>{m.company.name}</Link>
              </th>
              <td className={td}>
                {m.municipality.name}
                {m.department ? (
                  <>
                    <br />
                    {m.department.name}
                  </>
                ) : null}
              </td>
              <td className={`${td} min-w-56`}>{m.challenge?.title ?? t("card.noChallenge")}</td>
              <td className={`${td} whitespace-nowrap`}>{tp(`stage.${m.stage}`)}</td>
              <td className={td}>
                <span className="flex flex-wrap gap-1">
                  {m.stale ? <Badge tone="warning">{tp("stale")}</Badge> : null}
                  {m.metDepartment ? <Badge tone="brand">{tp("flags.metDepartment")}</Badge> : null}
                  {m.contentOrganized ? <Badge tone="brand">{tp("flags.contentOrganized")}</Badge> : null}
                  {m.stage === "DECLINED" && m.declineReason ? (
                    <Badge>{tp(`declineReason.${m.declineReason}`)}</Badge>
                  ) : null}
                </span>
              </td>
              <td className={td}>
                {m.nextAction ?? ""}
                {m.nextActionOn ? (
                  <>
                    <br />
                    <span className="text-stone-700">{formatDate(m.nextActionOn, locale)}</span>
                  </>
                ) : null}
              </td>
              <td className={td}>{m.coordinator?.name ?? ""}</td>
              <td className={`${td} whitespace-nowrap`}>
                {m.targetFiscalYear ? formatFiscalYear(m.targetFiscalYear, locale) : ""}
              </td>
              <td className={`${td} whitespace-nowrap`}>{formatDate(m.lastActivityAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
