import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { countPublishedCases, listFeaturedCases } from "@/lib/cases/queries";
import { countOpenChallenges, listPublicChallenges } from "@/lib/challenges/queries";
import { countCompanies, countParticipatingMunicipalities } from "@/lib/platform/queries";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { prefectureName } from "@/lib/municipalities/prefectures";
import { formatDate, formatFiscalYear } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { SearchBox } from "@/components/search-box";
import { isMunicipalStaff } from "@/lib/auth/roles";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { challengeHref } from "@/lib/views/source";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const t = await getTranslations("home");
  const tc = await getTranslations("common");
  const ts = await getTranslations("search.home");
  const locale = await getLocale();
  const [user, municipalities, companies, openChallenges, cases, newest, featured] = await Promise.all([
    getCurrentUser(),
    countParticipatingMunicipalities(),
    countCompanies(),
    countOpenChallenges(),
    countPublishedCases(),
    listPublicChallenges({ pageSize: 6 }),
    listFeaturedCases(3),
  ]);
  const stats = [
    { label: t("statMunicipalities"), value: municipalities, unit: t("unitMunicipalities") },
    { label: t("statCompanies"), value: companies, unit: t("unitCompanies") },
    { label: t("statChallenges"), value: openChallenges, unit: t("unitChallenges") },
    { label: t("statCases"), value: cases, unit: t("unitCases") },
  ];
  return (
    <div className="space-y-10">
      <section className="space-y-6">
        <div>
          <PageTitle className="leading-snug sm:text-3xl">{t("heroTitle")}</PageTitle>
          <p className="mt-3 max-w-3xl text-base sm:text-lg">{t("heroLead")}</p>
          <div className="mt-5 max-w-xl">
            <SearchBox label={ts("label")} testId="home-search" />
          </div>
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <Audience
            title={t("forMunicipalities")}
            body={t("forMunicipalitiesBody")}
            href={postHref(user)}
            cta={t("forMunicipalitiesCta")}
          />
          <Audience
            title={t("forCompanies")}
            body={t("forCompaniesBody")}
            href="/challenges"
            cta={t("forCompaniesCta")}
          />
        </div>
      </section>

      <section aria-labelledby="stats">
        <h2 id="stats" className="sr-only">
          {t("stats")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="platform-stats">
          {stats.map((s) => (
            <Card key={s.label} className="text-center">
              <dt className="text-sm text-stone-600">{s.label}</dt>
              <dd className="text-2xl font-bold text-brand-800">
                {s.value.toLocaleString(locale)}
                <span className="ml-1 text-sm font-normal">{s.unit}</span>
              </dd>
            </Card>
          ))}
        </dl>
      </section>

      <section aria-labelledby="newest">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="newest" className="text-xl font-bold">
            {t("newestChallenges")}
          </h2>
          <Link href="/challenges">{t("allChallenges")}</Link>
        </div>
        {newest.items.length === 0 ? (
          <p className="mt-4 text-stone-600">{t("noChallenges")}</p>
        ) : (
          <ul className="mt-4 grid gap-3 md:grid-cols-2">
            {newest.items.map((c) => (
              <Card as="li" key={c.id}>
                <Link href={challengeHref(c.id, "home")} className="font-bold">
                  {c.title}
                </Link>
                <p className="mt-1 text-sm text-stone-600">
                  {prefectureName(c.municipality.prefectureCode)}{" "}
                  {c.municipality.municipalityType === "PREFECTURE" ? "" : c.municipality.name}
                  {c.publishedAt ? ` ・ ${formatDate(c.publishedAt, locale)}` : ""}
                </p>
                {c.isDemo ? <Badge tone="warning">{tc("demoBadge")}</Badge> : null}
              </Card>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="featured">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="featured" className="text-xl font-bold">
            {t("featuredCases")}
          </h2>
          <Link href="/cases">{t("allCases")}</Link>
        </div>
        <ul className="mt-4 grid gap-3 md:grid-cols-3">
          {featured.map((c) => (
            <Card as="li" key={c.id}>
              <Link href={`/cases/${c.id}`} className="font-bold">
                {c.title}
              </Link>
              <p className="mt-1 text-sm text-stone-600">
                {c.municipality.name} ・ {formatFiscalYear(c.fiscalYear, locale)}
              </p>
              {c.isDemo ? <Badge tone="warning">{tc("demoBadge")}</Badge> : null}
            </Card>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** Visitors first sign up as staff; staff go straight to the wizard; others learn how it works. */
function postHref(user: SessionUser | null) {
  if (!user) return "/signup?type=staff";
  return isMunicipalStaff(user) ? "/challenges/new" : "/about";
}

function Audience({ title, body, href, cta }: { title: string; body: string; href: string; cta: string }) {
  return (
    <div className="flex flex-col rounded-lg border-2 border-brand-100 bg-white p-5">
      <h2 className="text-lg font-bold text-brand-800">{title}</h2>
      <p className="mt-2 flex-1">{body}</p>
      <Link
        href={href}
        className="mt-4 inline-flex min-h-11 items-center justify-center rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
      >
        {cta}
      </Link>
    </div>
  );
}
