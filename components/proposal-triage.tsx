import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import type { listDeskProposals } from "@/lib/proposals/queries";
import { PROPOSAL_STATUSES, type DeskFilters } from "@/lib/proposals/schema";
import { formatDate } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ProposalStatus } from "@/components/proposal-status";

type List = NonNullable<Awaited<ReturnType<typeof listDeskProposals>>>;

/**
 * The triage list of proposals: overdue first (期限超過), then by target time. The desk reads it at /desk/proposals;
 * coordinators read every municipality's at /proposals (the /desk pages are the desk's own).
 */
export async function ProposalTriage({ list, f, path }: { list: List; f: DeskFilters; path: string }) {
  const t = await getTranslations("proposals");
  const locale = await getLocale();
  const tabs = ["open", "all", ...PROPOSAL_STATUSES] as const;
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <PageHeader title={t("desk.title")} description={list.coordinator ? t("desk.leadCoordinator") : t("desk.lead")}>
        <p className="mt-1 text-sm text-stone-700" data-testid="desk-count">
          {t("desk.count", { count: list.items.length })}
        </p>
      </PageHeader>
      <nav aria-label={t("desk.status")}>
        <ul className="flex flex-wrap gap-2">
          {tabs.map((s) => (
            <li key={s}>
              <Link
                href={s === "open" ? path : `${path}?status=${s}`}
                aria-current={f.status === s ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded border px-3 text-sm no-underline ${f.status === s ? "border-brand-700 bg-brand-50 font-bold text-brand-800" : "border-stone-300 bg-white text-stone-800"}`}
              >
                {s === "open" ? t("desk.open") : s === "all" ? t("desk.all") : t(`status.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.items.length === 0 ? (
        <EmptyState>{t("desk.empty")}</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="desk-proposals">
          {list.items.map((p) => (
            <Card
              as="li"
              key={p.id}
              className={p.overdue ? "border-l-4 border-l-red-600" : ""}
              data-overdue={p.overdue}
            >
              <div className="flex flex-wrap items-center gap-2">
                <ProposalStatus status={p.status} overdue={p.overdue} />
                {p.salesOnly ? <Badge tone="warning">{t("detail.salesOnly")}</Badge> : null}
              </div>
              <p className="mt-1 break-words font-bold">
                <Link href={`/proposals/${p.id}`}>{p.title}</Link>
              </p>
              <dl className="mt-1 grid gap-x-3 text-sm text-stone-700 sm:grid-cols-[auto_1fr_auto_1fr]">
                <dt>{t("desk.columns.company")}</dt>
                <dd className="break-words">
                  {p.company.name}
                  {p.company.salesOnlyCount ? `（${t("detail.salesOnly")} ${p.company.salesOnlyCount}）` : ""}
                </dd>
                <dt>{t("desk.columns.department")}</dt>
                <dd className="break-words">{p.department?.name ?? t("detail.notRouted")}</dd>
                {list.coordinator ? (
                  <>
                    <dt>{t("desk.columns.municipality")}</dt>
                    <dd>{p.municipality.name}</dd>
                  </>
                ) : null}
                <dt>{t("desk.columns.received")}</dt>
                <dd>{formatDate(p.createdAt, locale)}</dd>
                {p.dueAt ? (
                  <>
                    <dt>{t("desk.columns.due")}</dt>
                    <dd>{formatDate(p.dueAt, locale)}</dd>
                  </>
                ) : null}
              </dl>
            </Card>
          ))}
        </ul>
      )}
    </div>
  );
}
