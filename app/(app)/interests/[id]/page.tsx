import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { getCompanyInterest } from "@/lib/interests/queries";
import { idSchema } from "@/lib/interests/schema";
import { InterestItem } from "../_components/interest-item";
import { CAN } from "@/lib/auth/roles";
import { PageTitle } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("interests.meta");
  return { title: t("summary") };
}

/** One interest or introduction; for an introduction not yet accepted this is the approved summary only. */
export default async function InterestSummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRole(CAN.expressInterest, { active: true });
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const item = await getCompanyInterest(id.data, user);
  if (!item) notFound();
  const t = await getTranslations("interests.mine");
  const locale = await getLocale();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/interests">← {t("back")}</Link>
      </p>
      <PageTitle>{item.origin === "INTRODUCTION" ? t("intro") : (item.challenge?.title ?? t("nowPrivate"))}</PageTitle>
      <InterestItem item={item} locale={locale} detailed />
    </div>
  );
}
