import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import type { MatchPilotList } from "@/lib/pilots/queries";

const tone = { PLANNING: "warning", AGREED: "brand", ENDED: "neutral", CANCELLED: "neutral" } as const;

/** A match's pilots with their status and both agreements, and the way to set one up where the viewer may. */
export async function PilotList({ list }: { list: MatchPilotList }) {
  // A match before 商談 with no pilot has nothing to show here yet.
  if (list.items.length === 0 && !list.canCreate) return null;
  const t = await getTranslations("pilots");
  const locale = await getLocale();
  const yesNo = (b: boolean) => (b ? t("list.agreed") : t("list.notAgreed"));
  return (
    <Card as="section" padding="lg" aria-labelledby="pilots-heading" data-testid="match-pilots">
      <h2 id="pilots-heading" className="text-lg font-bold">
        {t("list.heading")}
      </h2>
      <p className="mt-1 text-stone-700">{t("list.lead")}</p>
      {list.items.length === 0 ? (
        <p className="my-4 rounded border border-dashed border-stone-300 p-4 text-center">{t("list.empty")}</p>
      ) : (
        <ul className="my-4 space-y-3">
          {list.items.map((p) => (
            <li key={p.id} className="rounded border border-stone-200 p-3" data-testid="pilot-item">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/pilots/${p.id}`} className="break-words font-medium">
                  {p.title}
                </Link>
                <Badge tone={tone[p.status]}>{t(`status.${p.status}`)}</Badge>
              </div>
              <p className="mt-1 text-sm text-stone-700">
                {t("list.period", { start: formatDate(p.startsOn, locale), end: formatDate(p.endsOn, locale) })}
                {p.status === "PLANNING"
                  ? `　${t("list.agreements", { city: yesNo(p.cityAgreed), company: yesNo(p.companyAgreed) })}`
                  : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      {list.canCreate ? (
        <Link href={`/pilots/new?match=${list.matchId}`} className="inline-flex min-h-11 items-center font-medium">
          {t("list.create")}
        </Link>
      ) : null}
    </Card>
  );
}
