import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { getScreeningEditor } from "@/lib/interests/queries";
import { idSchema } from "@/lib/interests/schema";
import { PendingNotice } from "@/components/pending-notice";
import { ScreeningForm } from "./_components/screening-form";
import { CAN } from "@/lib/auth/roles";
import { PageTitle } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("interests.meta");
  return { title: t("screening") };
}

export default async function ScreeningPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRole(CAN.editChallenges);
  if (user.status !== "ACTIVE") return <PendingNotice />;
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const c = await getScreeningEditor(id.data, user);
  if (!c) notFound();
  const t = await getTranslations("interests.screening");
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href={`/challenges/${c.id}`}>← {t("back")}</Link>
      </p>
      <PageTitle>{t("title")}</PageTitle>
      <p className="break-words font-medium">{c.title}</p>
      <p className="text-stone-700">{t("lead")}</p>
      <ScreeningForm challengeId={c.id} initial={c.screeningQuestions.map((q) => q.text)} />
      <p className="text-sm text-stone-600">{t("note")}</p>
    </div>
  );
}
