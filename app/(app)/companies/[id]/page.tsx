import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { companyLogoUrl } from "@/lib/companies/logo";
import { requireDirectoryPage } from "@/lib/companies/page-guard";
import { getCompany } from "@/lib/companies/queries";
import { companyIdSchema } from "@/lib/companies/schema";
import { formatFiscalYear } from "@/lib/format";
import { prefectureName } from "@/lib/municipalities/prefectures";
import { InquiryForm } from "../_components/inquiry-form";
import { CompanyLogo } from "../_components/company-logo";
import { IndustryBadges } from "../_components/industry-badges";
import { regionsLabel } from "../_components/labels";
import { isCoordinator, isMunicipalStaff } from "@/lib/auth/roles";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const user = await requireDirectoryPage();
  const parsed = companyIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const c = await getCompany(user, parsed.data);
  if (!c) notFound();
  return { c, user };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { c } = await load(params);
  return { title: c.name, robots: { index: false } };
}

const H2 = ({ id, children }: { id: string; children: React.ReactNode }) => (
  <h2 id={id} className="border-l-4 border-brand-600 pl-2 text-lg font-bold">
    {children}
  </h2>
);

export default async function CompanyPage({ params }: Props) {
  const { c, user } = await load(params);
  const t = await getTranslations("companies");
  const locale = await getLocale();
  const p = c.companyProfile;
  const none = <span className="text-stone-600">{t("detail.notWritten")}</span>;
  const logoUrl = companyLogoUrl(c.id, p);
  const hq = [prefectureName(c.prefectureCode), p?.hqMunicipality?.name].filter(Boolean).join(" ");
  const rows: [string, React.ReactNode][] = [
    [t("detail.corporateNumber"), c.corporateNumber ?? none],
    [t("detail.hq"), hq || none],
    [t("detail.size"), p?.size ? t(`size.${p.size}`) : none],
    [t("detail.regions"), p ? regionsLabel(p.regionsServed, t("nationwide"), 47) : none],
    [
      t("detail.website"),
      c.website ? (
        <a href={c.website} rel="noopener noreferrer" target="_blank" className="break-all">
          {c.website}
        </a>
      ) : (
        none
      ),
    ],
  ];
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="flex flex-wrap justify-between gap-4 text-sm">
        <Link href="/companies" className="inline-flex min-h-11 items-center">
          ← {t("detail.back")}
        </Link>
        {isCoordinator(user) ? (
          <Link href={`/companies/${c.id}/edit`} className="inline-flex min-h-11 items-center">
            {t("detail.edit")}
          </Link>
        ) : null}
      </p>
      <Card as="article" padding="lg" className="space-y-6">
        <header className="space-y-3">
          <div className="flex flex-wrap items-center gap-4">
            {logoUrl ? (
              <CompanyLogo src={logoUrl} alt={t("logo.alt", { name: c.name })} size="lg" data-testid="company-logo" />
            ) : null}
            <PageTitle className="leading-snug">{c.name}</PageTitle>
          </div>
          <div className="flex flex-wrap gap-2">{p ? <IndustryBadges industries={p.industries} /> : null}</div>
          {!p ? <p className="rounded border border-stone-200 bg-stone-50 p-3">{t("detail.noProfile")}</p> : null}
          {c.description ? <p className="whitespace-pre-wrap break-words text-stone-700">{c.description}</p> : null}
        </header>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
          {rows.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-medium text-stone-700">{k}</dt>
              <dd className="mb-2 break-words sm:mb-0">{v}</dd>
            </div>
          ))}
        </dl>
        {p?.capabilities ? (
          <section className="space-y-2" aria-labelledby="cap">
            <H2 id="cap">{t("detail.capabilities")}</H2>
            <p className="whitespace-pre-wrap break-words">{p.capabilities}</p>
          </section>
        ) : null}
        {p?.services ? (
          <section className="space-y-2" aria-labelledby="svc">
            <H2 id="svc">{t("detail.services")}</H2>
            <p className="whitespace-pre-wrap break-words">{p.services}</p>
          </section>
        ) : null}
        <section className="space-y-2" aria-labelledby="track">
          <H2 id="track">{t("detail.track")}</H2>
          <p className="text-sm text-stone-700">{t("detail.trackLead")}</p>
          {c.casePartnerships.length === 0 ? (
            <p>{t("detail.trackEmpty")}</p>
          ) : (
            <ul className="space-y-2" data-testid="track-record">
              {c.casePartnerships.map((cp) => (
                <li key={cp.id} className="rounded border border-stone-200 p-3">
                  <Link href={`/cases/${cp.case.id}`} className="font-medium">
                    {cp.case.title}
                  </Link>
                  <p className="text-sm text-stone-700">
                    {cp.case.municipality.name} ・ {formatFiscalYear(cp.case.fiscalYear, locale)}
                    {cp.role ? ` ・ ${cp.role}` : ""}
                    {cp.case.isDemo ? (
                      <>
                        {" "}
                        <Badge tone="warning">{t("detail.demoBadge")}</Badge>
                      </>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="space-y-2" aria-labelledby="contact">
          <H2 id="contact">{t("detail.contact")}</H2>
          <p className="text-sm text-stone-700">{t("detail.contactNote")}</p>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]" data-testid="company-contact">
            <dt className="font-medium text-stone-700">{t("detail.contactName")}</dt>
            <dd className="mb-2 sm:mb-0">{p?.contactName ?? none}</dd>
            <dt className="font-medium text-stone-700">{t("detail.contactEmail")}</dt>
            <dd className="mb-2 break-all sm:mb-0">
              {p?.contactEmail ? <a href={`mailto:${p.contactEmail}`}>{p.contactEmail}</a> : none}
            </dd>
            <dt className="font-medium text-stone-700">{t("detail.contactPhone")}</dt>
            <dd>
              {p?.contactPhone ? <a href={`tel:${p.contactPhone.replace(/[^0-9+]/g, "")}`}>{p.contactPhone}</a> : none}
            </dd>
          </dl>
        </section>
      </Card>
      <section className="space-y-3 rounded border-2 border-brand-200 bg-white p-4 sm:p-6" aria-labelledby="inquiry">
        <h2 id="inquiry" className="text-xl font-bold">
          {t("inquiry.title")}
        </h2>
        {isMunicipalStaff(user) ? (
          <>
            <p className="text-stone-700">{t("inquiry.lead")}</p>
            <InquiryForm companyId={c.id} />
          </>
        ) : (
          <p className="text-stone-700">{t("inquiry.staffOnly")}</p>
        )}
      </section>
    </div>
  );
}
