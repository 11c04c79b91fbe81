import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { PageSection } from "@/components/ui/page-section";

export async function generateMetadata() {
  const t = await getTranslations("auth.done");
  return { title: t("title") };
}

/** Shown right after a municipal sign-up; static text, so it needs no session. */
export default async function SignUpDonePage() {
  const t = await getTranslations("auth.done");
  const steps = t.raw("steps") as string[];
  return (
    <div className="mx-auto max-w-2xl">
      <PageTitle>{t("title")}</PageTitle>
      <Notice tone="warning" className="mt-3 text-lg" data-testid="pending-notice">
        {t("lead")}
      </Notice>
      <PageSection id="next-steps" title={t("stepsTitle")} className="mt-6">
        <ol className="mt-3 space-y-3">
          {steps.map((s, i) => (
            <Card as="li" key={s} className="flex gap-3">
              <span className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-700 font-bold text-white">
                {i + 1}
              </span>
              <span>{s}</span>
            </Card>
          ))}
        </ol>
      </PageSection>
      <p className="mt-6">{t("meanwhile")}</p>
      <div className="mt-4 flex flex-col gap-3 sm:flex-row">
        <Link
          href="/cases"
          className="inline-flex min-h-11 items-center justify-center rounded bg-brand-700 px-4 py-2 text-white no-underline hover:bg-brand-800"
        >
          <span className="text-white">{t("toCases")}</span>
        </Link>
        <Link
          href="/challenges"
          className="inline-flex min-h-11 items-center justify-center rounded border border-stone-300 bg-white px-4 py-2 text-stone-800 no-underline hover:bg-stone-100"
        >
          <span className="text-stone-800">{t("toChallenges")}</span>
        </Link>
        <Link
          href="/dashboard"
          className="inline-flex min-h-11 items-center justify-center rounded border border-stone-300 bg-white px-4 py-2 text-stone-800 no-underline hover:bg-stone-100"
        >
          <span className="text-stone-800">{t("toDashboard")}</span>
        </Link>
      </div>
    </div>
  );
}
