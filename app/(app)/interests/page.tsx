import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { listCompanyInterests } from "@/lib/interests/queries";
import { InterestItem } from "./_components/interest-item";
import { CAN } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("interests.meta");
  return { title: t("mine") };
}

export default async function MyInterestsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(CAN.expressInterest, { active: true });
  const t = await getTranslations("interests.mine");
  const locale = await getLocale();
  const items = await listCompanyInterests(user);
  const sent = (await searchParams).sent === "1";
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PageHeader title={t("title")} description={t("lead")} />
      {sent ? (
        <Notice tone="success" data-testid="interest-sent">
          {t("sent")}
        </Notice>
      ) : null}
      {items.length === 0 ? (
        <EmptyState action={{ href: "/challenges", label: t("browse") }}>{t("empty")}</EmptyState>
      ) : (
        <ul className="space-y-4" data-testid="my-interests">
          {items.map((i) => (
            <li key={i.id}>
              <InterestItem item={i} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
