import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser, requirePageRole } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getInterestForm } from "@/lib/interests/queries";
import { idSchema } from "@/lib/interests/schema";
import { InterestForm } from "./_components/interest-form";
import { CAN } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { InterestStanding } from "@/components/interest-entry";
import { interestHref, parseSource } from "@/lib/views/source";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("interests.meta");
  return { title: t("form") };
}

export default async function InterestFormPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const id = idSchema.safeParse((await params).id);
  const src = parseSource((await searchParams).src);
  // Signed out (a shared link, or a session that ended): sign in and come back here, source and all.
  if (id.success && !(await getCurrentUser()))
    redirect(`/signin?callbackUrl=${encodeURIComponent(interestHref(id.data, src))}`);
  const user = await requirePageRole(CAN.expressInterest, { active: true });
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
        <InterestForm
          challengeId={c.id}
          questions={c.screeningQuestions}
          dailyLimit={env.INTEREST_DAILY_LIMIT}
          source={src}
        />
      ) : (
        <InterestStanding status={existing.status} testId="interest-already" />
      )}
    </div>
  );
}
