import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { getCurrentUser } from "@/lib/auth/session";
import { getCase } from "@/lib/cases/queries";
import { caseIdSchema } from "@/lib/cases/schema";
import { formatDate, formatFiscalYear } from "@/lib/format";
import { prefectureName } from "@/lib/municipalities/prefectures";
import { DemoBadge, OutcomeBadge, placeName, SchemeBadge } from "../_components/case-badges";
import { isCoordinator } from "@/lib/auth/roles";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { ProposeLink } from "./_components/propose-link";
import { CaseOrigin } from "@/components/loop/case-origin";
import { CaseReplicate } from "@/components/loop/case-replicate";
import { CaseAsk } from "@/components/loop/case-ask";

type Props = { params: Promise<{ id: string }> };

// Page and metadata both load through getCase, so an unpublished case's title never leaks via <title>.
async function load(params: Props["params"]) {
  const parsed = caseIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const user = await getCurrentUser();
  const c = await getCase(parsed.data, user);
  if (!c) notFound();
  return { c, user };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { c } = await load(params);
  return { title: c.title, description: c.summary, robots: c.published ? undefined : { index: false } };
}

const H2 = ({ children }: { children: React.ReactNode }) => (
  <h2 className="border-l-4 border-brand-600 pl-2 text-lg font-bold">{children}</h2>
);

export default async function CaseDetailPage({ params }: Props) {
  const { c, user } = await load(params);
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
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/cases">← {t("detail.backToList")}</Link>
      </p>
      {c.isDemo ? (
        <Notice tone="warning" data-testid="demo-notice">
          {t("detail.demoNotice")}
        </Notice>
      ) : null}
      {!c.published ? <Notice tone="warning">{t("detail.unpublishedNotice")}</Notice> : null}
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
          <CaseOrigin caseId={c.id} user={user} />
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
      <CaseReplicate caseId={c.id} user={user} />
      <CaseAsk caseId={c.id} user={user} />
      <ProposeLink caseId={c.id} user={user} />
      {isCoordinator(user) ? (
        <p>
          <Link
            href={`/cases/${c.id}/edit`}
            className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
          >
            {t("detail.edit")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
