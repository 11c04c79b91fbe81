import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/format";
import type { MeetingLog } from "@/lib/matches/meetings-queries";
import { MeetingDelete } from "./meeting-delete";
import { MeetingForm } from "./meeting-form";

/**
 * 「所管部署とMTG済」 as a log both sides keep: on the match page (staff, coordinators) and on the thread of the match
 * (the company, which has no match page). The first entry sets the flag the board and the funnel read.
 */
export async function MatchMeetings({ log }: { log: MeetingLog }) {
  const t = await getTranslations("inbox.meetings");
  const locale = await getLocale();
  return (
    <Card as="section" padding="lg" aria-labelledby="meetings-heading" data-testid="match-meetings">
      <h2 id="meetings-heading" className="text-lg font-bold">
        {t("heading", { count: log.items.length })}
      </h2>
      <p className="mt-1 text-stone-700">{t("lead")}</p>
      {log.items.length === 0 ? (
        <p className="my-4 rounded border border-dashed border-stone-300 p-4 text-center">{t("empty")}</p>
      ) : (
        <ol className="my-4 space-y-3" data-testid="meeting-list">
          {log.items.map((e) => (
            <li key={e.id} className="rounded border border-stone-200 p-3" data-testid="meeting-entry">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="font-medium">
                  {formatDate(e.heldOn, locale)}　{t("with", { participants: e.participants })}
                </p>
                {e.canDelete ? (
                  <MeetingDelete id={e.id} label={t("deleteLabel", { date: formatDate(e.heldOn, locale) })} />
                ) : null}
              </div>
              {e.memo ? <p className="mt-1 whitespace-pre-wrap break-words">{e.memo}</p> : null}
              <p className="mt-1 text-sm text-stone-600">
                {t("loggedBy", { name: e.author ?? t("unknownAuthor"), at: formatDateTime(e.createdAt, locale) })}
              </p>
            </li>
          ))}
        </ol>
      )}
      <h3 className="mb-2 font-bold">{t("formHeading")}</h3>
      <MeetingForm matchId={log.matchId} />
    </Card>
  );
}
