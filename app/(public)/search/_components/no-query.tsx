import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listFeaturedCases } from "@/lib/cases/queries";
import { listPublicChallenges } from "@/lib/challenges/queries";
import { formatFiscalYear } from "@/lib/format";
import { ThemeLinks } from "./empty-state";
import { Card } from "@/components/ui/card";
import { challengeHref } from "@/lib/views/source";

/** The page before anything is typed: say what to do, and offer ways in that need no typing. */
export async function NoQuery({ themes }: { themes: { label: string; href: string }[] }) {
  const t = await getTranslations("search.noQuery");
  const locale = await getLocale();
  const [cases, challenges] = await Promise.all([listFeaturedCases(5), listPublicChallenges({ pageSize: 5 })]);
  return (
    <div className="space-y-6" data-testid="search-no-query">
      <div className="rounded border border-brand-100 bg-brand-50 p-5">
        <h2 className="text-lg font-bold">{t("title")}</h2>
        <p className="mt-2">{t("body")}</p>
      </div>
      <section aria-labelledby="nq-themes">
        <h2 id="nq-themes" className="text-lg font-bold">
          {t("themes")}
        </h2>
        <ThemeLinks themes={themes} />
      </section>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="nq-challenges">
          <h2 id="nq-challenges" className="text-lg font-bold">
            {t("recentChallenges")}
          </h2>
          <ul className="mt-2 space-y-2">
            {challenges.items.map((c) => (
              <Card as="li" key={c.id} padding="sm">
                <Link href={challengeHref(c.id, "search")} className="font-medium">
                  {c.title}
                </Link>
                <p className="text-sm text-stone-700">{c.municipality.name}</p>
              </Card>
            ))}
          </ul>
          <p className="mt-2">
            <Link href="/challenges" className="inline-flex min-h-11 items-center">
              {t("allChallenges")}
            </Link>
          </p>
        </section>
        <section aria-labelledby="nq-cases">
          <h2 id="nq-cases" className="text-lg font-bold">
            {t("recentCases")}
          </h2>
          <ul className="mt-2 space-y-2">
            {cases.map((c) => (
              <Card as="li" key={c.id} padding="sm">
                <Link href={`/cases/${c.id}`} className="font-medium">
                  {c.title}
                </Link>
                <p className="text-sm text-stone-700">
                  {c.municipality.name} ・ {formatFiscalYear(c.fiscalYear, locale)}
                </p>
              </Card>
            ))}
          </ul>
          <p className="mt-2">
            <Link href="/cases" className="inline-flex min-h-11 items-center">
              {t("allCases")}
            </Link>
          </p>
        </section>
      </div>
    </div>
  );
}
