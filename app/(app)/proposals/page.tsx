import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { requirePageRole } from "@/lib/auth/session";
import { COMPANY_OR_COORDINATION_ROLES, isCoordinator } from "@/lib/auth/roles";

import { listCompanyProposals, listDeskProposals } from "@/lib/proposals/queries";
import { deskFilters } from "@/lib/proposals/schema";
import { ProposalTriage } from "@/components/proposal-triage";
import { formatDate } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ProposalStatus } from "@/components/proposal-status";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("proposals.meta");
  return { title: t("mine") };
}

/** A company's own proposals; for coordinators, every municipality's triage list (read only). */
export default async function MyProposalsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(COMPANY_OR_COORDINATION_ROLES, { active: true });
  if (isCoordinator(user)) {
    const f = deskFilters.parse(await searchParams);
    const list = await listDeskProposals(user, f);
    if (list) return <ProposalTriage list={list} f={f} path="/proposals" />;
  }
  const t = await getTranslations("proposals.mine");
  const locale = await getLocale();
  const items = await listCompanyProposals(user);
  const newLink = (
    <Link
      href="/proposals/new"
      className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
    >
      {t("new")}
    </Link>
  );
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PageHeader title={t("title")} description={t("lead")} actions={newLink} />
      {items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="my-proposals">
          {items.map((p) => (
            <Card as="li" key={p.id}>
              <p className="break-words font-bold">
                <Link href={`/proposals/${p.id}`}>{p.title}</Link>
              </p>
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700">
                <span>{t("to", { name: p.municipality.name })}</span>
                <span>{t("sentOn", { date: formatDate(p.createdAt, locale) })}</span>
                <ProposalStatus status={p.status} />
              </p>
            </Card>
          ))}
        </ul>
      )}
    </div>
  );
}
