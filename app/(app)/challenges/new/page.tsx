import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { getMunicipalitySummary, listDepartments } from "@/lib/challenges/queries";
import { listThemes } from "@/lib/themes/queries";
import { emptyState } from "../_components/form-state";
import { PendingNotice } from "../_components/pending-notice";
import { ChallengeWizard } from "../_components/wizard";
import { CAN } from "@/lib/auth/roles";

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
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="mb-4 mt-1 text-stone-700">{t("lead")}</p>
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
