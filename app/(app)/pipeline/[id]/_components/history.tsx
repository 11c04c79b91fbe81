import { getLocale, getTranslations } from "next-intl/server";
import { dateTimeFormat } from "@/lib/format";
import type { MatchDetail } from "@/lib/matches/queries";
import { Card } from "@/components/ui/card";

const dateTime = (d: Date, locale: string) =>
  dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" }).format(d);

/** Every stage change, newest first: who, when, from, to (and the note, for coordinators). */
export async function History({ changes }: { changes: MatchDetail["changes"] }) {
  const t = await getTranslations("matches.detail");
  const tp = await getTranslations("pipeline.stage");
  const locale = await getLocale();
  return (
    <ol className="space-y-3" data-testid="match-history">
      {changes.map((c) => (
        <Card as="li" key={c.id} padding="sm">
          <p className="font-medium">
            {c.fromStage
              ? t("historyMove", { from: tp(c.fromStage), to: tp(c.toStage) })
              : t("historyStart", { to: tp(c.toStage) })}
          </p>
          <p className="text-sm text-stone-700">
            <time dateTime={c.createdAt.toISOString()}>{dateTime(c.createdAt, locale)}</time>・
            {c.actor ? t("historyBy", { name: c.actor.name }) : t("historyAuto")}
          </p>
          {c.note ? <p className="mt-1 whitespace-pre-wrap break-words text-sm">{c.note}</p> : null}
        </Card>
      ))}
    </ol>
  );
}
