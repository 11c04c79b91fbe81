import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { companyLogoUrl } from "@/lib/companies/logo";
import { getEditableCompany } from "@/lib/companies/queries";
import { initialProfile } from "@/components/company-profile/initial-profile";
import { LogoForm } from "@/components/company-profile/logo-form";
import { ProfileForm } from "@/components/company-profile/profile-form";
import { COMPANY_ROLES } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("companies");
  return { title: t("meta.profile") };
}

/** A company member edits their own organisation's profile; the where clause allows nothing else. */
export default async function OwnCompanyProfilePage() {
  const user = await requirePageRole(COMPANY_ROLES, { active: true });
  const t = await getTranslations("companies.form");
  const c = user.organizationId ? await getEditableCompany(user, user.organizationId) : null;
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PageHeader title={t("profileTitle")} description={c ? t("profileLead") : undefined} />
      {c ? (
        <>
          <LogoForm organizationId={c.id} companyName={c.name} logoUrl={companyLogoUrl(c.id, c.companyProfile)} />
          <ProfileForm initial={initialProfile(c)} />
        </>
      ) : (
        <Notice tone="warning" role="status">
          {t("noCompany")}
        </Notice>
      )}
    </div>
  );
}
