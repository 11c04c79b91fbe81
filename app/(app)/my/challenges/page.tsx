import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { requirePageRole } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { listMunicipalityChallenges } from "@/lib/challenges/queries";
import { KindBadge } from "@/components/challenge-sheet";
import { PendingNotice } from "@/components/pending-notice";
import { CAN, isMunicipalStaff } from "@/lib/auth/roles";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("challenges");
  return { title: t("meta.my") };
}

const statusTone = { DRAFT: "warning", PUBLISHED: "brand", CLOSED: "neutral" } as const;

export default async function MyChallengesPage() {
  const user = await requirePageRole(CAN.editChallenges);
  if (user.status !== "ACTIVE") return <PendingNotice />;
  const t = await getTranslations("challenges");
  const locale = await getLocale();
  const isStaffRole = isMunicipalStaff(user);
  const { items } = await listMunicipalityChallenges(user, { pageSize: 200 });
  return (
    <div className="space-y-4">
      <PageHeader
        title={isStaffRole ? `${t("my.title")}（${user.organizationName ?? ""}）` : t("my.titleAll")}
        description={t("my.lead")}
        actions={
          isStaffRole ? (
            <Link
              href="/challenges/new"
              className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
            >
              ＋ {t("my.new")}
            </Link>
          ) : null
        }
      />
      {items.length === 0 ? (
        <EmptyState>{t("my.empty")}</EmptyState>
      ) : (
        <Card as="ul" padding="none" className="divide-y divide-stone-200" data-testid="my-challenges">
          {items.map((c) => (
            <li key={c.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:gap-4">
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={statusTone[c.status]}>{t(`status.${c.status}`)}</Badge>
                  <KindBadge kind={c.kindChosen ? c.kind : null} programKind={c.programKind} />
                </div>
                <p className="mt-1 break-words font-bold">{c.title || t("untitled")}</p>
                <p className="text-sm text-stone-600">
                  {isStaffRole ? "" : `${c.municipality.name} ・ `}
                  {c.department?.name ? `${c.department.name} ・ ` : ""}
                  {t("my.author")}：{c.author.name} ・ {t("my.colUpdated")}：{formatDate(c.updatedAt, locale)}
                </p>
              </div>
              <div className="flex gap-2">
                <Link
                  href={`/challenges/${c.id}/edit`}
                  className="inline-flex min-h-11 items-center rounded border border-stone-300 bg-white px-4 no-underline hover:bg-stone-100"
                >
                  {t("my.edit")}
                  <span className="sr-only">：{c.title || t("untitled")}</span>
                </Link>
                <Link
                  href={`/challenges/${c.id}`}
                  className="inline-flex min-h-11 items-center rounded border border-stone-300 bg-white px-4 no-underline hover:bg-stone-100"
                >
                  {t("my.view")}
                  <span className="sr-only">：{c.title || t("untitled")}</span>
                </Link>
              </div>
            </li>
          ))}
        </Card>
      )}
    </div>
  );
}
