// A notice written by the platform (not typed by a person) is stored as its message key and values
// (Notification.data) and rendered in each reader's locale: an English-speaking company hears of a
// Japanese coordinator's move in English. Values that are themselves texts of ours (a stage name) are
// references ({ msg: "pipeline.stage.MEETING" }), translated in the same locale; a fiscal year
// ({ fiscalYear: 2027 }) reads 2027年度（令和9年度） or FY2027. Dates are ICU arguments ({on, date, long}).
import type { Locale } from "@/lib/i18n/config";
import { formatFiscalYear } from "@/lib/format";
import { translatorFor } from "@/lib/mail/i18n";
import jaNotices from "@/lib/i18n/messages/ja/notices.json";

export type NoticeKey = keyof typeof jaNotices;
export type NoticeValue = string | number | { msg: string } | { fiscalYear: number };
export type NoticeMessage = { key: NoticeKey; values: Record<string, NoticeValue> };

export function renderNotice(locale: Locale, m: NoticeMessage): { title: string; body: string | null } {
  const t = translatorFor(locale);
  const value = (v: NoticeValue) =>
    typeof v !== "object" ? v : "fiscalYear" in v ? formatFiscalYear(v.fiscalYear, locale) : t(v.msg);
  const values = Object.fromEntries(Object.entries(m.values).map(([k, v]) => [k, value(v)]));
  const hasBody = "body" in (jaNotices[m.key] as object);
  return {
    title: t(`notices.${m.key}.title`, values),
    body: hasBody ? t(`notices.${m.key}.body`, values) : null,
  };
}

/** The stored message of a notification, when it has one in the shape we write (older rows have none). */
export function storedNotice(data: unknown): NoticeMessage | null {
  if (!data || typeof data !== "object") return null;
  const d = data as { key?: unknown; values?: unknown };
  if (typeof d.key !== "string" || !(d.key in jaNotices) || !d.values || typeof d.values !== "object") return null;
  return { key: d.key as NoticeKey, values: d.values as Record<string, NoticeValue> };
}
