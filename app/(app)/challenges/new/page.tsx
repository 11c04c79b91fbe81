import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { getMunicipalitySummary, listDepartments } from "@/lib/challenges/queries";
import { listThemes } from "@/lib/themes/queries";
import { emptyState } from "../_components/form-state";
import { PendingNotice } from "@/components/pending-notice";
import { ChallengeWizard } from "../_components/wizard";
import { CAN } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("challenges");
  return { title: t("meta.new") };
}

export default async function NewChallengePage() {
  // Posting is for municipal staff; a pending account sees why it cannot post yet instead of a form.
  const user = await requirePageRole(CAN.postChallenges);
  if (user.status !== "ACTIVE") return <PendingNotice />;
  const t = await getTranslations("challenges.wizard");
  const [themes, departments, municipality] = await Promise.all([
    listThemes(),
    listDepartments(user.organizationId),
    getMunicipalitySummary(user.organizationId),
  ]);
  return (
    <div>
      <PageHeader title={t("newTitle")} description={t("lead")} className="mb-4" />
      <ChallengeWizard
        status="DRAFT"
        initial={emptyState(user.departmentId ?? "")}
        themes={themes}
        departments={departments}
        municipality={municipality}
      />
    </div>
  );
}
