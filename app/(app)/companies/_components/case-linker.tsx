import { getTranslations } from "next-intl/server";
import type { CompanyDetail } from "@/lib/companies/queries";
import { LinkButton } from "./link-button";
import { Card } from "@/components/ui/card";

type Found = {
  id: string;
  name: string;
  organizationId: string | null;
  case: { id: string; title: string; fiscalYear: number };
};

/** Coordinators attach case partner rows to this company: search by partner name, then link. */
export async function CaseLinker({ company, q, found }: { company: CompanyDetail; q: string; found: Found[] }) {
  const t = await getTranslations("companies.link");
  return (
    <Card as="section" className="space-y-3" aria-labelledby="link-heading" data-testid="case-linker">
      <h2 id="link-heading" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-700">{t("lead")}</p>
      <h3 className="font-medium">{t("linked")}</h3>
      {company.casePartnerships.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-2">
          {company.casePartnerships.map((cp) => (
            <li
              key={cp.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded border border-stone-200 p-2"
            >
              <span>{cp.case.title}</span>
              <LinkButton companyId={company.id} casePartnerId={cp.id} linked={false} label={t("unlink")} />
            </li>
          ))}
        </ul>
      )}
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="block grow">
          <span className="block font-medium">{t("search")}</span>
          <input
            type="search"
            name="partnerQ"
            defaultValue={q}
            maxLength={100}
            className="mt-1 block w-full rounded border border-stone-300 px-3 py-2"
          />
        </label>
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded border border-stone-300 bg-white px-4 py-2 hover:bg-stone-100"
        >
          {t("searchButton")}
        </button>
      </form>
      {q ? (
        found.length === 0 ? (
          <p>{t("noResults")}</p>
        ) : (
          <ul className="space-y-2" aria-label={t("results")}>
            {found.map((p) => (
              <li
                key={p.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded border border-stone-200 p-2"
              >
                <span>
                  <span className="font-medium">{p.name}</span> — {p.case.title}
                </span>
                {p.organizationId === company.id ? null : (
                  <span className="flex items-center gap-2">
                    {p.organizationId ? <span className="text-sm text-stone-600">{t("linkedOther")}</span> : null}
                    <LinkButton companyId={company.id} casePartnerId={p.id} linked label={t("link")} />
                  </span>
                )}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </Card>
  );
}
