import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import type { ProposalEventView } from "@/lib/proposals/queries";

/** The proposal's steps and notes, oldest first; the company's list holds only what was meant for it. */
export async function History({ events, company }: { events: ProposalEventView[]; company: boolean }) {
  const t = await getTranslations("proposals");
  const locale = await getLocale();
  return (
    <ol className="mt-3 space-y-3" data-testid="proposal-history">
      {events.map((e) => (
        <li key={e.id} className="rounded border border-stone-200 bg-white p-3">
          <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
            <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale)}</time>
            {e.toStatus ? <Badge tone="brand">{t(`status.${e.toStatus}`)}</Badge> : null}
            {!company && e.note ? (
              <Badge tone={e.visibleToCompany ? "neutral" : "warning"}>
                {e.visibleToCompany ? t("detail.toCompany") : t("detail.internal")}
              </Badge>
            ) : null}
            {e.actorName ? <span>{e.actorName}</span> : null}
          </p>
          {e.note ? <p className="mt-1 whitespace-pre-wrap break-words">{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
