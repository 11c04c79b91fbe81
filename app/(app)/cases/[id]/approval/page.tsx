import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { getCase } from "@/lib/cases/queries";
import { caseIdSchema } from "@/lib/cases/schema";
import { getCaseApproval } from "@/lib/case-approval/queries";
import { formatDate } from "@/lib/format";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { OriginBadge } from "@/components/loop/origin-badge";
import { CaseArticle } from "@/app/(public)/cases/[id]/_components/case-article";
import { ApprovalForm, WithdrawApproval } from "./_components/approval-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("case-approval.approval");
  return { title: t("meta"), robots: { index: false } };
}

/** The company's side of a case born from its match: the exact text that will be published, and its answer. */
export default async function CaseApprovalPage({ params }: Props) {
  const user = await requirePageRole(CAN.expressInterest, { active: true });
  const id = caseIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [a, c] = await Promise.all([getCaseApproval(user, id.data), getCase(id.data, user)]);
  if (!a || !c) notFound();
  const t = await getTranslations("case-approval.approval");
  const locale = await getLocale();
  const version = a.contentVersion + 1;
  const waiting = !a.published && a.companyApproval === "REQUESTED";
  const threadLink = a.match?.threadId ? (
    <Link href={`/messages/${a.match.threadId}`} className="inline-flex min-h-11 items-center">
      {t("toThread")}
    </Link>
  ) : null;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("title")} description={t("lead", { municipality: c.municipality.name })} />
      {a.approvalRequestedAt ? (
        <p className="text-stone-700">{t("askedOn", { date: formatDate(a.approvalRequestedAt, locale), version })}</p>
      ) : null}
      {a.published ? (
        <Notice tone="info">{t("published")}</Notice>
      ) : a.companyApproval === "APPROVED" ? (
        <Notice tone="success">{t("approved", { version: (a.approvedVersion ?? 0) + 1 })}</Notice>
      ) : a.companyApproval === "CHANGES_REQUESTED" ? (
        <Notice tone="info">{t("changesSent")}</Notice>
      ) : a.companyApproval === "DRAFT" ? (
        <Notice tone="info">{t("editing")}</Notice>
      ) : null}
      <section aria-labelledby="preview-heading" className="space-y-2">
        <h2 id="preview-heading" className="text-lg font-bold">
          {t("preview")}
        </h2>
        <CaseArticle c={c} origin={<OriginBadge />} />
      </section>
      {waiting ? <ApprovalForm id={a.id} version={a.contentVersion} /> : null}
      {!a.published && a.companyApproval === "APPROVED" ? <WithdrawApproval id={a.id} /> : null}
      {threadLink ? <p>{threadLink}</p> : null}
    </div>
  );
}
