import { dateTimeFormat, formatDate } from "@/lib/format";

/** 2026年4月1日 14:05 (Japan time), the way the notification centre shows it. */
export function formatDateTime(d: Date, locale: string): string {
  const hm = dateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Tokyo" }).format(d);
  return `${formatDate(d, locale)} ${hm}`;
}
