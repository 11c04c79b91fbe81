import "server-only";
import { formatDate, formatFiscalYear, formatYenExact } from "@/lib/format";
import { translatorFor } from "@/lib/mail/i18n";

// The documents are for a Japanese city hall's own process, so they are written in Japanese whatever the
// reader's language; labels come from the same message files as the pages (one wording for both).
export const ja = translatorFor("ja");

export const date = (d: Date | null | undefined) => (d ? formatDate(d, "ja") : "");
/** An agreement and a 稟議 state the exact amount, never the pages' rounded 万円. */
export const yen = (n: bigint | number | null | undefined) => formatYenExact(n, "ja");
export const fy = (y: number | null | undefined) => (y ? formatFiscalYear(y, "ja") : "");

/** 〇 / × / blank for a criterion not yet recorded. */
export const metMark = (met: boolean | null) => (met === null ? "" : met ? "達成" : "未達成");

/** Placeholder a clerk fills in by hand. */
export const FILL = "　　　　　　　　";
