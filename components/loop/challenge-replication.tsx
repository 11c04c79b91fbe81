import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import type { SessionUser } from "@/lib/auth/session";
import { getChallengeReplication } from "@/lib/replication/queries";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { InvitePartnerButton } from "./invite-partner-button";

/**
 * 横展開 on a challenge started from a case (the wizard and the challenge page): 「参考にした事例：…」 for every
 * viewer of the challenge, and for its municipality's staff, once published, the case's partner companies with
 * 「招待する」. Renders nothing for a challenge that did not start from a case.
 */
export async function ChallengeReplication({
  challengeId,
  user,
  invite = true,
}: {
  challengeId: string;
  user: SessionUser | null;
  /** false in the wizard: the partner list belongs to the published challenge's page. */
  invite?: boolean;
}) {
  const r = await getChallengeReplication(user, challengeId);
  if (!r) return null;
  const t = await getTranslations("replication");
  return (
    <>
      <p className="text-sm" data-testid="challenge-source-case">
        {t("source.label")}
        <Link href={`/cases/${r.source.id}`}>{r.source.title}</Link>
        {r.source.published ? null : <span className="ml-1 text-stone-700">{t("source.unpublished")}</span>}
      </p>
      {invite && r.invite ? (
        <Card as="section" aria-labelledby="invite-heading" className="space-y-3" data-testid="challenge-invite">
          <h2 id="invite-heading" className="text-lg font-bold">
            {t("invite.heading")}
          </h2>
          <p className="text-stone-700">{t("invite.lead")}</p>
          {r.invite.reason ? <Notice tone="info">{t(`invite.${r.invite.reason}`)}</Notice> : null}
          {r.invite.partners.length === 0 ? <p>{t("invite.none")}</p> : null}
          <ul className="divide-y divide-stone-200">
            {r.invite.partners.map((p) => (
              <li key={p.companyId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/companies/${p.companyId}`} className="break-words font-medium">
                  {p.name}
                </Link>
                {p.threadId ? (
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="text-stone-700">{t("invite.invited")}</span>
                    <Link href={`/messages/${p.threadId}`}>{t("invite.openThread")}</Link>
                  </span>
                ) : p.interested ? (
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="text-stone-700">{t("invite.interested")}</span>
                    <Link href={`/challenges/${challengeId}/interests`}>{t("invite.openInterests")}</Link>
                  </span>
                ) : r.invite!.open ? (
                  <InvitePartnerButton
                    challengeId={challengeId}
                    companyId={p.companyId}
                    labels={{
                      button: t("invite.button"),
                      sending: t("invite.sending"),
                      sent: t("invite.sent"),
                      not_open: t("invite.not_open"),
                      case_unpublished: t("invite.case_unpublished"),
                      interested: t("invite.interestedRefused"),
                    }}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
