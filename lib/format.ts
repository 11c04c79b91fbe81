// Japanese formatting shared by pages. The fiscal year (年度) runs April–March: 2021-03-31 is in
// FY2020 (令和2年度), as every municipal budget counts it.

export function fiscalYearOf(date: Date): number {
  return date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
}

/** 2024 → "2024年度（令和6年度）" */
export function formatFiscalYear(fy: number, locale = "ja"): string {
  if (locale !== "ja") return `FY${fy}`;
  const reiwa = fy - 2018;
  const era = reiwa >= 1 ? `令和${reiwa === 1 ? "元" : reiwa}年度` : `平成${fy - 1988}年度`;
  return `${fy}年度（${era}）`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date formatter for the UI locale ("ja" → ja-JP, else en-GB), made once per options: making one costs
 *  ~50 µs, and a thread or notification page formats two dates per row. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const tag = locale === "ja" ? "ja-JP" : "en-GB";
  const key = tag + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(tag, options)));
  return f;
}

export function formatDate(d: Date | string | null | undefined, locale = "ja"): string {
  if (!d) return "";
  const date = typeof d === "string" ? new Date(d) : d;
  return dateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", timeZone: "Asia/Tokyo" }).format(
    date,
  );
}

/** 2026年4月1日 14:05 (Japan time): messages, threads and the notification centre. */
export function formatDateTime(d: Date, locale: string): string {
  return `${formatDate(d, locale)} ${dateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Tokyo" }).format(d)}`;
}

/** 12000000 → "1,200万円" (ja) / "¥12,000,000" (en) */
/** Exact yen (「1,234,567円」) where the amount is agreed or requested: agreements, memos, a pilot's cost. */
export function formatYenExact(amount: number | bigint | null | undefined, locale = "ja"): string {
  if (amount === null || amount === undefined) return "";
  const n = BigInt(amount);
  return locale === "ja" ? `${n.toLocaleString("ja-JP")}円` : `¥${n.toLocaleString("en")}`;
}

export function formatYen(amount: number | bigint | null | undefined, locale = "ja"): string {
  if (amount === null || amount === undefined) return "";
  const n = Number(amount);
  if (locale !== "ja") return `¥${n.toLocaleString("en")}`;
  if (n >= 100_000_000) return `${(n / 100_000_000).toLocaleString("ja", { maximumFractionDigits: 2 })}億円`;
  if (n >= 10_000) return `${(n / 10_000).toLocaleString("ja", { maximumFractionDigits: 1 })}万円`;
  return `${n.toLocaleString("ja")}円`;
}
