import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageSection } from "@/components/ui/page-section";
import { requireDeskPage } from "@/lib/desk/pages";
import { INVITATION_DAYS } from "@/lib/desk/invitations-schema";
import { getInviteOptions, listColleagues, listInvitedPending, listOpenInvitations } from "@/lib/desk/staff";
import { searchParam, idSchema } from "@/lib/fields";
import { formatDate } from "@/lib/format";
import { reviewInvitedStaffAction } from "@/lib/desk/staff-actions";
import { ReviewButtons } from "@/app/(app)/admin/approvals/_components/review-buttons";
import { ReviewFeedbackProvider } from "@/app/(app)/admin/approvals/_components/review-feedback";
import { DeskFlagButton } from "./_components/desk-flag-button";
import { InviteForm } from "./_components/invite-form";
import { RevokeButton } from "./_components/revoke-button";

export async function generateMetadata() {
  const t = await getTranslations("desk.staff");
  return { title: t("meta") };
}

const param = searchParam(idSchema);

/**
 * The desk's colleagues: invite (prefilled from ?department=&call=, as the theme-call page links here), decide the
 * accounts made from invitations, revoke open invitations, and choose who runs the desk.
 */
export default async function DeskStaffPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireDeskPage();
  const sp = await searchParams;
  const [t, locale, options, pending, invitations, colleagues] = await Promise.all([
    getTranslations("desk.staff"),
    getLocale(),
    getInviteOptions(user),
    listInvitedPending(user),
    listOpenInvitations(user),
    listColleagues(user),
  ]);
  // Only ids of this municipality's 課 and open calls prefill the form; anything else is ignored.
  const pick = (id: string | undefined, list: { id: string }[]) => (id && list.some((o) => o.id === id) ? id : "");
  const calls = options.calls.map((c) => ({ id: c.id, name: c.title }));
  return (
    <div className="space-y-6">
      <PageHeader title={t("meta")} description={t("lead")} />
      <Card>
        <PageSection id="invite" title={t("inviteSection")}>
          <p className="mt-2 text-sm text-stone-700">{t("inviteLead", { days: INVITATION_DAYS })}</p>
          <InviteForm
            departments={options.departments}
            calls={calls}
            departmentId={pick(param.parse(sp.department), options.departments)}
            callId={pick(param.parse(sp.call), calls)}
          />
        </PageSection>
      </Card>
      <Card>
        <PageSection id="pending" title={t("pendingSection")}>
          <p className="mt-2 text-sm text-stone-700">{t("pendingLead")}</p>
          <ReviewFeedbackProvider>
            {pending.length === 0 ? (
              <EmptyState className="mt-3">{t("pendingEmpty")}</EmptyState>
            ) : (
              <ul className="mt-3 space-y-3">
                {pending.map((p) => (
                  <li key={p.id} className="rounded border border-stone-200 p-3" data-testid="desk-pending">
                    <p className="font-bold">{p.name}</p>
                    <p className="break-all text-sm">{p.email}</p>
                    <p className="text-sm text-stone-700">
                      {p.department ?? t("noDepartment")}
                      {p.callTitle ? `・${p.callTitle}` : ""}・{t("joinedAt")} {formatDate(p.createdAt, locale)}
                    </p>
                    <ReviewButtons userId={p.id} name={p.name} action={reviewInvitedStaffAction} />
                  </li>
                ))}
              </ul>
            )}
          </ReviewFeedbackProvider>
        </PageSection>
      </Card>
      <Card>
        <PageSection id="invitations" title={t("invitationsSection")}>
          {invitations.length === 0 ? (
            <EmptyState className="mt-3">{t("invitationsEmpty")}</EmptyState>
          ) : (
            <ul className="mt-3 space-y-3">
              {invitations.map((i) => (
                <li key={i.id} className="rounded border border-stone-200 p-3" data-testid="desk-invitation">
                  <p className="break-all font-bold">{i.email}</p>
                  <p className="text-sm text-stone-700">
                    {i.department ?? t("noDepartment")}
                    {i.callTitle ? `・${i.callTitle}` : ""}
                  </p>
                  <p className="text-sm text-stone-700">
                    {i.expired ? t("expired") : t("expires", { date: formatDate(i.expiresAt, locale) })}
                    {i.invitedBy ? `・${t("invitedBy", { name: i.invitedBy })}` : ""}
                  </p>
                  {i.expired ? null : <RevokeButton id={i.id} email={i.email} />}
                </li>
              ))}
            </ul>
          )}
        </PageSection>
      </Card>
      <Card>
        <PageSection id="colleagues" title={t("colleaguesSection")}>
          <p className="mt-2 text-sm text-stone-700">{t("colleaguesLead")}</p>
          <ul className="mt-3 space-y-3">
            {colleagues.map((c) => (
              <li key={c.id} className="rounded border border-stone-200 p-3" data-testid="desk-colleague">
                <p className="flex flex-wrap items-center gap-2 font-bold">
                  <span className="break-all">{c.name}</span>
                  {c.isDesk ? <Badge tone="brand">{t("deskBadge")}</Badge> : null}
                  {c.id === user.id ? <Badge>{t("you")}</Badge> : null}
                </p>
                <p className="break-all text-sm text-stone-700">
                  {c.department ?? t("noDepartment")}・{c.email}
                </p>
                <DeskFlagButton userId={c.id} name={c.name} isDesk={c.isDesk} self={c.id === user.id} />
              </li>
            ))}
          </ul>
        </PageSection>
      </Card>
    </div>
  );
}
