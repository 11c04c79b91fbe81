import type { CompanyDetail } from "@/lib/companies/queries";
import type { ProfileFormState } from "./profile-form";

/** The edit form's starting values from a loaded company (blank strings for what is not filled). */
export function initialProfile(c: CompanyDetail): ProfileFormState {
  const p = c.companyProfile;
  return {
    organizationId: c.id,
    name: c.name,
    corporateNumber: c.corporateNumber ?? "",
    prefectureCode: c.prefectureCode ?? "",
    hqMunicipalityId: p?.hqMunicipality?.id ?? "",
    size: p?.size ?? "",
    industries: p?.industries ?? [],
    capabilities: p?.capabilities ?? "",
    services: p?.services ?? "",
    regionsServed: p?.regionsServed ?? [],
    website: c.website ?? "",
    description: c.description ?? "",
    contactName: p?.contactName ?? "",
    contactEmail: p?.contactEmail ?? "",
    contactPhone: p?.contactPhone ?? "",
  };
}
