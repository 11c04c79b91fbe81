import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { CaseDetail } from "@/lib/cases/queries";
import { formatDate, formatFiscalYear, formatYen } from "@/lib/format";
import { prefectureName } from "@/lib/municipalities/prefectures";
import { DemoBadge, OutcomeBadge, placeName, SchemeBadge } from "../../_components/case-badges";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";

const H2 = ({ children }: { children: React.ReactNode }) => (
  <h2 className="border-l-4 border-brand-600 pl-2 text-lg font-bold">{children}</h2>
);

/**
 * The case as the public reads it. The company's approval page (/cases/[id]/approval) renders this same component,
 * so what the company approves is exactly what is published.
 */
export async function CaseArticle({ c, origin }: { c: CaseDetail; origin?: ReactNode }) {
  const t = await getTranslations("cases");
  const locale = await getLocale();
  const m = c.municipality;
  const period =
    c.startedOn || c.endedOn
      ? t("detail.periodRange", { start: formatDate(c.startedOn, locale), end: formatDate(c.endedOn, locale) })
      : t("detail.notWritten");
  const paragraphs = c.body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <Card as="article" padding="lg" className="space-y-6">
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <SchemeBadge scheme={c.scheme} />
          <OutcomeBadge outcome={c.outcome} />
          {c.isDemo ? <DemoBadge /> : null}
          {!c.published ? <Badge tone="danger">{t("unpublishedBadge")}</Badge> : null}
        </div>
        <PageTitle className="leading-snug">{c.title}</PageTitle>
        <p className="text-stone-700">{c.summary}</p>
        {origin}
      </header>

      {c.figures.length ? (
        <section className="space-y-2" aria-labelledby="figures">
          <h2 id="figures" className="sr-only">
            {t("detail.figures")}
          </h2>
          <dl className="grid gap-3 sm:grid-cols-2" data-testid="case-figures">
            {c.figures.map((f, i) => (
              <div key={i} className="rounded border border-brand-100 bg-brand-50 p-4">
                <dt className="text-sm font-medium text-stone-700">{f.label}</dt>
                <dd className="mt-1 text-3xl font-bold text-brand-800">{f.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      <section className="space-y-2">
        <H2>{t("detail.body")}</H2>
        {paragraphs.map((p, i) => (
          <p key={i} className="whitespace-pre-wrap break-words">
            {p}
          </p>
        ))}
      </section>

      <section className="space-y-2">
        <H2>{t("detail.partners")}</H2>
        <ul className="space-y-1">
          {c.partners.map((p, i) => (
            <li key={i}>
              <span className="font-medium">{p.name}</span>
              {p.role ? <span className="text-stone-700">（{p.role}）</span> : null}
            </li>
          ))}
        </ul>
      </section>

      <section className="space-y-2">
        <H2>{t("detail.facts")}</H2>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[9rem_1fr]">
          <dt className="font-medium text-stone-600">{t("detail.municipality")}</dt>
          <dd>
            {placeName(m)}
            {m.municipalityType ? (
              <span className="text-stone-700">
                （{t(`municipalityType.${m.municipalityType}`)}
                {m.municipalityType !== "PREFECTURE" ? `・${prefectureName(m.prefectureCode)}` : ""}）
              </span>
            ) : null}
            <br />
            <Link href={`/cases?municipality=${m.lgCode ?? m.id}`} className="text-sm">
              {t("detail.moreFromMunicipality", { name: m.name })}
            </Link>
          </dd>
          <dt className="font-medium text-stone-600">{t("detail.fiscalYear")}</dt>
          <dd>{formatFiscalYear(c.fiscalYear, locale)}</dd>
          <dt className="font-medium text-stone-600">{t("detail.period")}</dt>
          <dd>{period}</dd>
          {c.budgetAmount !== null ? (
            <>
              <dt className="font-medium text-stone-600">{t("detail.budgetAmount")}</dt>
              <dd>{formatYen(c.budgetAmount, locale)}</dd>
            </>
          ) : null}
          <dt className="font-medium text-stone-600">{t("detail.source")}</dt>
          <dd data-testid="case-source" className="break-words">
            {c.sourceUrl ? (
              <a href={c.sourceUrl} target="_blank" rel="noopener noreferrer">
                {c.sourcePublisher ?? t("detail.sourceUnknownPublisher")}
                <span className="text-sm text-stone-600">{t("detail.externalLink")}</span>
              </a>
            ) : (
              (c.sourcePublisher ?? (c.sourcePublishedOn ? "" : t("detail.notWritten")))
            )}
            {c.sourcePublishedOn ? (
              <span className="text-stone-700">
                {" "}
                {t("detail.sourcePublished", { date: formatDate(c.sourcePublishedOn, locale) })}
              </span>
            ) : null}
          </dd>
          <dt className="font-medium text-stone-600">{t("detail.scheme")}</dt>
          <dd>{t(`scheme.${c.scheme}`)}</dd>
          <dt className="font-medium text-stone-600">{t("detail.outcome")}</dt>
          <dd>{t(`outcome.${c.outcome}`)}</dd>
          <dt className="font-medium text-stone-600">{t("detail.themes")}</dt>
          <dd>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {c.themes.map((th) => (
                <li key={th.slug}>
                  <Link href={`/cases?theme=${th.slug}`}>{locale === "ja" ? th.nameJa : th.nameEn}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      </section>

      {c.links.length ? (
        <section className="space-y-2">
          <H2>{t("detail.links")}</H2>
          <ul className="list-disc space-y-1 pl-5">
            {c.links.map((l, i) => (
              <li key={i} className="break-words">
                <a href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.label}
                </a>
                <span className="text-sm text-stone-600">{t("detail.externalLink")}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Card>
  );
}
