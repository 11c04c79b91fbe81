import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { formatFiscalYear } from "@/lib/format";
import { prefectureName } from "@/lib/municipalities/prefectures";
import type { Tab } from "./search-params";

export type FacetGroup = "theme" | "pref" | "cat" | "ind" | "year";
export type ThemeLite = { id: string; slug: string; nameJa: string; nameEn: string };

/**
 * One place that turns a facet value (slug, JIS code, enum, year) into the words a clerk reads,
 * reusing the labels the case, challenge and company pages already show.
 */
export async function getFacetLabeler(tab: Tab, themes: ThemeLite[]) {
  const [locale, tCases, tChallenges, tCompanies] = await Promise.all([
    getLocale(),
    getTranslations("cases"),
    getTranslations("challenges"),
    getTranslations("companies"),
  ]);
  const bySlug = new Map(themes.map((th) => [th.slug, locale === "ja" ? th.nameJa : th.nameEn]));
  // An unexpected value from the index shows as itself rather than as a missing-message key.
  type T = typeof tCases;
  const label = (t: T, key: string, value: string) => (t.has(key as never) ? t(key as never) : value);
  return (group: FacetGroup, value: string): string => {
    switch (group) {
      case "theme":
        return bySlug.get(value) ?? value;
      case "pref":
        return prefectureName(value) || value;
      case "year":
        return formatFiscalYear(Number(value), locale);
      case "ind":
        return label(tCompanies as unknown as T, `industry.${value}`, value);
      case "cat":
        if (tab === "CASE") return label(tCases, `scheme.${value}`, value);
        if (tab === "CHALLENGE") return label(tChallenges as unknown as T, `kind.${value}`, value);
        return label(tCompanies as unknown as T, `size.${value}`, value);
    }
  };
}

export type FacetLabeler = Awaited<ReturnType<typeof getFacetLabeler>>;
