import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getCase } from "@/lib/cases/queries";
import { caseIdSchema } from "@/lib/cases/schema";
import { isCoordinator } from "@/lib/auth/roles";
import { Notice } from "@/components/ui/notice";
import { ProposeLink } from "./_components/propose-link";
import { CaseArticle } from "./_components/case-article";
import { CaseOrigin } from "@/components/loop/case-origin";
import { CaseReplicate } from "@/components/loop/case-replicate";
import { CaseAsk } from "@/components/loop/case-ask";

type Props = { params: Promise<{ id: string }> };

// Page and metadata both load through getCase, so an unpublished case's title never leaks via <title>.
async function load(params: Props["params"]) {
  const parsed = caseIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const user = await getCurrentUser();
  const c = await getCase(parsed.data, user);
  if (!c) notFound();
  return { c, user };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { c } = await load(params);
  return { title: c.title, description: c.summary, robots: c.published ? undefined : { index: false } };
}

export default async function CaseDetailPage({ params }: Props) {
  const { c, user } = await load(params);
  const t = await getTranslations("cases");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/cases">← {t("detail.backToList")}</Link>
      </p>
      {c.isDemo ? (
        <Notice tone="warning" data-testid="demo-notice">
          {t("detail.demoNotice")}
        </Notice>
      ) : null}
      {!c.published ? <Notice tone="warning">{t("detail.unpublishedNotice")}</Notice> : null}
      <CaseArticle c={c} origin={<CaseOrigin caseId={c.id} user={user} />} />
      <CaseReplicate caseId={c.id} user={user} />
      <CaseAsk caseId={c.id} user={user} />
      <ProposeLink caseId={c.id} user={user} />
      {isCoordinator(user) ? (
        <p>
          <Link
            href={`/cases/${c.id}/edit`}
            className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
          >
            {t("detail.edit")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
