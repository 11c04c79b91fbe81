import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import type { PilotView } from "@/lib/pilots/queries";

/** Who did what when, from the pilot's own dates: created, each agreement, the reviews, the last change. */
export async function PilotHistory({ pilot: p }: { pilot: PilotView }) {
  const t = await getTranslations("pilots.detail");
  const ts = await getTranslations("pilots.side");
  const locale = await getLocale();
  const at = (d: Date) => formatDateTime(d, locale);
  const events: [Date, string][] = [
    [
      p.createdAt,
      p.createdBy
        ? t("created", { date: at(p.createdAt), name: p.createdBy })
        : t("createdUnknown", { date: at(p.createdAt) }),
    ],
    ...(p.cityAgreed
      ? [[p.cityAgreed.at, t("agreedEvent", { date: at(p.cityAgreed.at), side: ts("municipality") })] as [Date, string]]
      : []),
    ...(p.companyAgreed
      ? [
          [p.companyAgreed.at, t("agreedEvent", { date: at(p.companyAgreed.at), side: ts("company") })] as [
            Date,
            string,
          ],
        ]
      : []),
    ...(p.midReview ? [[p.midReview.at, t("midEvent", { date: at(p.midReview.at) })] as [Date, string]] : []),
    ...(p.endReview ? [[p.endReview.at, t("endEvent", { date: at(p.endReview.at) })] as [Date, string]] : []),
  ];
  events.sort((a, b) => a[0].getTime() - b[0].getTime());
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className="mb-2 text-lg font-bold">
        {t("history")}
      </h2>
      <ol className="space-y-1" data-testid="pilot-history">
        {events.map(([d, text]) => (
          <li key={`${d.getTime()}-${text}`}>{text}</li>
        ))}
        <li className="text-stone-600">{t("updated", { date: at(p.updatedAt) })}</li>
      </ol>
    </section>
  );
}
