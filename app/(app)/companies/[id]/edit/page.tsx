import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { companyLogoUrl } from "@/lib/companies/logo";
import { getEditableCompany, searchCasePartners } from "@/lib/companies/queries";
import { companyIdSchema } from "@/lib/companies/schema";
import { queryParam } from "@/lib/fields";
import { CaseLinker } from "../../_components/case-linker";
import { initialProfile } from "@/components/company-profile/initial-profile";
import { LogoForm } from "@/components/company-profile/logo-form";
import { ProfileForm } from "@/components/company-profile/profile-form";
import { CAN } from "@/lib/auth/roles";
import { PageTitle } from "@/components/ui/page-header";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("companies");
  return { title: t("meta.edit") };
}

const partnerQ = queryParam();

export default async function EditCompanyPage({ params, searchParams }: Props) {
  const user = await requirePageRole(CAN.curateDirectory, { active: true });
  const parsed = companyIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const q = partnerQ.parse((await searchParams).partnerQ);
  const [c, found, t] = await Promise.all([
    getEditableCompany(user, parsed.data),
    searchCasePartners(user, q),
    getTranslations("companies"),
  ]);
  if (!c) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href={`/companies/${c.id}`} className="inline-flex min-h-11 items-center">
          ← {c.name}
        </Link>
      </p>
      <PageTitle>{t("form.editTitle")}</PageTitle>
      <LogoForm organizationId={c.id} companyName={c.name} logoUrl={companyLogoUrl(c.id, c.companyProfile)} />
      <ProfileForm initial={initialProfile(c)} afterSave={`/companies/${c.id}`} />
      <CaseLinker company={c} q={q} found={found} />
    </div>
  );
}
