import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { getChallengeForEdit, listDepartments } from "@/lib/challenges/queries";
import { challengeIdSchema } from "@/lib/challenges/schema";
import { listThemes } from "@/lib/themes/queries";
import { countInterestsForChallenge } from "@/lib/interests/queries";
import { stateFromChallenge } from "../../_components/form-state";
import { PendingNotice } from "@/components/pending-notice";
import { ChallengeWizard } from "../../_components/wizard";
import { CAN } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { getConfirmRule } from "@/lib/calls/queries";
import { ChallengeReplication } from "@/components/loop/challenge-replication";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("challenges");
  return { title: t("meta.edit") };
}

export default async function EditChallengePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRole(CAN.editChallenges);
  if (user.status !== "ACTIVE") return <PendingNotice />;
  const id = challengeIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const c = await getChallengeForEdit(id.data, user);
  if (!c) notFound();
  const t = await getTranslations("challenges.wizard");
  // Departments of the challenge's municipality (a coordinator editing is not a member of it).
  const [themes, departments, interested, confirm, tc] = await Promise.all([
    listThemes(),
    listDepartments(c.municipalityId),
    countInterestsForChallenge(c.id, user),
    c.status === "DRAFT" ? getConfirmRule(user, c.id) : null,
    getTranslations("calls.wizard"),
  ]);
  // A draft made from a theme call's answer: its department in charge confirms it by publishing (lib/calls/confirm.ts).
  const confirmText =
    confirm && tc(confirm.mayPublish ? "confirmByYou" : "confirmFirst", { department: confirm.department });
  const initial = stateFromChallenge({
    ...c,
    // An autosaved draft without a kind holds a placeholder: the wizard shows the choice as open.
    kind: c.kindChosen ? c.kind : "",
    budgetAmount: c.budgetAmount === null ? null : String(c.budgetAmount),
    themeSlugs: c.themes.map((th) => th.slug),
  });
  return (
    <div>
      <PageHeader title={t("editTitle")} description={t("lead")} className="mb-4" />
      {confirmText ? (
        <Notice tone="info" className="mb-4">
          {confirmText}
        </Notice>
      ) : null}
      <div className="mb-4">
        <ChallengeReplication challengeId={c.id} user={user} invite={false} />
      </div>
      <ChallengeWizard
        id={c.id}
        revision={c.revision}
        status={c.status}
        initial={initial}
        themes={themes}
        departments={departments}
        interestedCompanies={interested}
        publishBlocked={confirm && !confirm.mayPublish ? (confirmText ?? undefined) : undefined}
        municipality={{
          name: c.municipality.name,
          prefectureCode: c.municipality.prefectureCode,
          isPrefecture: c.municipality.municipalityType === "PREFECTURE",
        }}
      />
    </div>
  );
}
