import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { getMatchCase } from "@/lib/case-approval/queries";
import { formatDate } from "@/lib/format";
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { CreateCaseButton, MatchCaseButtons } from "./match-case-actions";

/** 「事例にする」 on /pipeline/[id]: make the case, follow the company's approval, publish. */
export async function MatchCase({ matchId, user }: { matchId: string; user: SessionUser | null }) {
  const state = await getMatchCase(user, matchId);
  if (!state) return null;
  const t = await getTranslations("case-approval");
  const locale = await getLocale();
  const c = state.case;
  return (
    <Card as="section" padding="lg" aria-labelledby="match-case-heading" className="space-y-3" data-testid="match-case">
      <h2 id="match-case-heading" className="text-lg font-bold">
        {t("match.title")}
      </h2>
      {!c ? (
        <>
          <p className="text-stone-700">{t("match.lead")}</p>
          {!state.ready ? (
            <p className="text-stone-700">{t("match.notReady")}</p>
          ) : state.canWrite ? (
            <CreateCaseButton matchId={matchId} />
          ) : (
            <p className="text-stone-700">{t("match.readOnly")}</p>
          )}
        </>
      ) : (
        <>
          <p className="break-words font-medium">
            <Link href={`/cases/${c.id}`}>{c.title}</Link>
          </p>
          <p className="flex flex-wrap items-center gap-2">
            <span>{t("match.state")}：</span>
            <span data-testid="case-approval-state">
              <Badge tone={c.published ? "brand" : c.companyApproval === "APPROVED" ? "brand" : "warning"}>
                {c.published ? t("status.published") : t(`status.${c.companyApproval ?? "DRAFT"}`)}
              </Badge>
            </span>
            <span className="text-sm text-stone-600">{t("match.version", { version: c.contentVersion + 1 })}</span>
          </p>
          {c.companyApproval === "DRAFT" && !c.approvalRequestedAt ? (
            <Notice tone="info">{t("match.draftNote")}</Notice>
          ) : null}
          {c.companyApproval === "REQUESTED" && c.approvalRequestedAt ? (
            <p>{t("match.requested", { date: formatDate(c.approvalRequestedAt, locale) })}</p>
          ) : null}
          {c.companyApproval === "APPROVED" && !c.published ? (
            <Notice tone="success">{t("match.approvedNote", { version: (c.approvedVersion ?? 0) + 1 })}</Notice>
          ) : null}
          {c.published ? <p>{t("match.publishedNote")}</p> : null}
          {c.approvalComment && c.companyApproval !== "APPROVED" ? (
            <div className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
              <p className="font-medium">{t("match.comment")}</p>
              <p className="whitespace-pre-wrap break-words">{c.approvalComment}</p>
            </div>
          ) : null}
          <p className="flex flex-wrap gap-x-4">
            <Link href={`/cases/${c.id}`} className="inline-flex min-h-11 items-center">
              {t("match.view")}
            </Link>
            {state.canWrite ? (
              <Link href={`/cases/${c.id}/edit`} className="inline-flex min-h-11 items-center">
                {t("match.edit")}
              </Link>
            ) : null}
          </p>
          {state.canWrite ? (
            <>
              {c.companyApproval === "APPROVED" || c.published ? (
                <p className="text-sm text-stone-600">{t("match.editAfterApproval")}</p>
              ) : null}
              <MatchCaseButtons
                id={c.id}
                version={c.contentVersion}
                canRequest={
                  !c.published && (c.companyApproval === "DRAFT" || c.companyApproval === "CHANGES_REQUESTED")
                }
                canPublish={!c.published && c.companyApproval === "APPROVED" && c.approvedVersion === c.contentVersion}
                canUnpublish={c.published}
              />
            </>
          ) : null}
        </>
      )}
    </Card>
  );
}
