import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getPublicLog, type Cell, type LogRow } from "@/lib/desk/public-log";
import { formatFiscalYear } from "@/lib/format";

type Props = { params: Promise<{ lgCode: string }> };

// Public and signed out: counts only, and a 404 unless the municipality published them (DeskSetting.publicLog).
// Turning the log off answers 404 on the next request: the page is rendered per request, not cached.
async function load(params: Props["params"]) {
  const log = await getPublicLog((await params).lgCode);
  if (!log) notFound();
  return log;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const log = await load(params);
  const t = await getTranslations("desk-settings.log");
  return { title: t("meta", { municipality: log.municipality.name }) };
}

export default async function PublicProposalLogPage({ params }: Props) {
  const log = await load(params);
  const [t, locale] = await Promise.all([getTranslations("desk-settings.log"), getLocale()]);
  const count = (c: Cell) => (c === "small" ? t("small") : c === "hidden" ? t("hidden") : t("count", { count: c }));
  const average = (a: LogRow["averageDays"]) =>
    a === null ? t("none") : a === "small" ? t("small") : t("days", { days: a.toLocaleString(locale) });
  const columns = ["received", "routed", "adopted", "declined", "open"] as const;
  const row = (r: LogRow, head: string, strong = false) => (
    <tr key={head} className={`border-t border-stone-200 ${strong ? "font-bold" : ""}`}>
      <th scope="row" className="px-3 py-2 text-left whitespace-nowrap">
        {head}
      </th>
      {columns.map((k) => (
        <td key={k} className="px-3 py-2 text-right whitespace-nowrap">
          {count(r[k])}
        </td>
      ))}
      <td className="px-3 py-2 text-right whitespace-nowrap">{average(r.averageDays)}</td>
    </tr>
  );
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <PageHeader
        title={t("title", { municipality: log.municipality.name })}
        description={t("lead", { municipality: log.municipality.name })}
      />
      {/* The table scrolls inside its own box at 375 px; the page itself never scrolls sideways. */}
      <div
        className="overflow-x-auto rounded border border-stone-200 bg-white"
        tabIndex={0}
        role="region"
        aria-label={t("caption")}
      >
        <table className="min-w-full text-sm">
          <caption className="px-3 py-2 text-left font-medium">{t("caption")}</caption>
          <thead className="bg-stone-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                {t("fiscalYear")}
              </th>
              {columns.map((k) => (
                <th key={k} scope="col" className="px-3 py-2 text-right whitespace-nowrap">
                  {t(k)}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-right whitespace-nowrap">
                {t("averageDays")}
              </th>
            </tr>
          </thead>
          <tbody>
            {log.rows.map((r) => row(r, formatFiscalYear(r.fiscalYear!, locale)))}
            {row(log.total, t("total"), true)}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-stone-600">{t("notes")}</p>
      <p>
        <Link
          href={`/proposals/new?municipality=${log.municipality.lgCode}`}
          className="inline-flex min-h-11 items-center"
        >
          {t("propose")}
        </Link>
      </p>
    </div>
  );
}
