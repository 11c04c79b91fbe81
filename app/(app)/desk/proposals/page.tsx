import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireDeskPage } from "@/lib/desk/pages";
import { listDeskProposals } from "@/lib/proposals/queries";
import { deskFilters } from "@/lib/proposals/schema";
import { ProposalTriage } from "@/components/proposal-triage";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("proposals.meta");
  return { title: t("desk") };
}

/** The desk's triage list. Department staff have their inbox; coordinators read every municipality's at /proposals. */
export default async function DeskProposalsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireDeskPage();
  const f = deskFilters.parse(await searchParams);
  const list = await listDeskProposals(user, f);
  if (!list) notFound();
  return <ProposalTriage list={list} f={f} path="/desk/proposals" />;
}
