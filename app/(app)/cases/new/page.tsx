import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { listThemes } from "@/lib/themes/queries";
import { CaseForm } from "../_components/case-form";
import { withKeys } from "../_components/initial-rows";
import { CAN } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases");
  return { title: t("meta.new") };
}

export default async function NewCasePage() {
  // Everyone else gets a 404, not a hint that the page exists; the action checks the role again.
  await requirePageRole(CAN.editCases, { active: true });
  const t = await getTranslations("cases.form");
  const themes = await listThemes();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("newTitle")} description={t("lead")} className="mb-4" />
      <CaseForm
        themes={themes}
        initial={{
          title: "",
          summary: "",
          body: "",
          pref: "",
          municipalityId: "",
          partners: withKeys([{ name: "", role: "" }]),
          figures: [],
          links: [],
          scheme: "",
          outcome: "",
          fiscalYear: "",
          budgetAmount: "",
          startedOn: "",
          endedOn: "",
          sourceUrl: "",
          sourcePublisher: "",
          sourcePublishedOn: "",
          themeSlugs: [],
          published: true,
          isDemo: false,
        }}
      />
    </div>
  );
}
