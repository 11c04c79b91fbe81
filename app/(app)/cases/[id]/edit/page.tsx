import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { getCase } from "@/lib/cases/queries";
import { getCaseEditAccess } from "@/lib/case-approval/queries";
import { caseIdSchema } from "@/lib/cases/schema";
import { listThemes } from "@/lib/themes/queries";
import { CaseForm } from "../../_components/case-form";
import { withKeys } from "../../_components/initial-rows";
import { CAN } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases");
  return { title: t("meta.edit") };
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export default async function EditCasePage({ params }: Props) {
  // Coordinators edit every case; the municipality side the cases born from its matches (lib/case-approval).
  const user = await requirePageRole(CAN.writeMatchCases, { active: true });
  const parsed = caseIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const access = await getCaseEditAccess(user, parsed.data);
  if (!access) notFound();
  const [c, themes, t] = await Promise.all([getCase(parsed.data, user), listThemes(), getTranslations("cases.form")]);
  if (!c) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("editTitle")} description={t("lead")} className="mb-4" />
      <CaseForm
        themes={themes}
        bornHere={access.bornHere}
        initial={{
          id: c.id,
          title: c.title,
          summary: c.summary,
          body: c.body,
          pref: c.municipality.prefectureCode ?? "",
          municipalityId: c.municipality.id,
          partners: withKeys(c.partners.map((p) => ({ name: p.name, role: p.role ?? "" }))),
          figures: withKeys(c.figures),
          links: withKeys(c.links),
          scheme: c.scheme,
          outcome: c.outcome,
          fiscalYear: String(c.fiscalYear),
          budgetAmount: c.budgetAmount === null ? "" : String(c.budgetAmount),
          startedOn: day(c.startedOn),
          endedOn: day(c.endedOn),
          sourceUrl: c.sourceUrl ?? "",
          sourcePublisher: c.sourcePublisher ?? "",
          sourcePublishedOn: day(c.sourcePublishedOn),
          themeSlugs: c.themes.map((th) => th.slug),
          published: c.published,
          isDemo: c.isDemo,
        }}
      />
    </div>
  );
}
