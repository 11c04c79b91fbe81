import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getInterestForm } from "@/lib/interests/queries";
import { idSchema } from "@/lib/interests/schema";
import { InterestForm } from "./_components/interest-form";
import { CAN } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { InterestStanding } from "@/components/interest-entry";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("interests.meta");
  return { title: t("form") };
}

export default async function InterestFormPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRole(CAN.expressInterest, { active: true });
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const data = await getInterestForm(id.data, user);
  if (!data) notFound();
  const { challenge: c, existing } = data;
  const t = await getTranslations("interests");
  const open = !existing || existing.status === "WITHDRAWN";
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href={`/challenges/${c.id}`}>← {t("form.back")}</Link>
      </p>
      <PageHeader
        title={t("form.title")}
        description={t("form.lead", { municipality: c.municipality.name, title: c.title })}
      />
      {open ? (
        <InterestForm challengeId={c.id} questions={c.screeningQuestions} dailyLimit={env.INTEREST_DAILY_LIMIT} />
      ) : (
        <InterestStanding status={existing.status} testId="interest-already" />
      )}
    </div>
  );
}
