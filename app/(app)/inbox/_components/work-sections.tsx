import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import type { Inbox } from "@/lib/inbox/queries";
import { InboxItem, InboxSection } from "./inbox-section";

// The sections that come to the department from outside: proposals the desk routed, theme calls and the drafts made
// from its answers.

export async function ProposalsSection({ data }: { data: Inbox["proposals"] }) {
  const t = await getTranslations("inbox.proposals");
  const locale = await getLocale();
  return (
    <InboxSection
      id="inbox-proposals"
      title={t("heading")}
      total={data.total}
      shown={data.items.length}
      empty={t("empty")}
      note={data.overdue ? <Badge tone="danger">{t("overdueCount", { count: data.overdue })}</Badge> : null}
    >
      {data.items.map((p) => (
        <InboxItem key={p.id} testId="inbox-proposal">
          <p className="flex flex-wrap items-center gap-2">
            {p.overdue ? <Badge tone="danger">{t("overdue")}</Badge> : null}
            <Badge tone="brand">{t(`status.${p.status}`)}</Badge>
            <Link href={`/proposals/${p.id}`} className="font-medium">
              {p.title}
            </Link>
          </p>
          <p className="mt-1 text-sm text-stone-700">
            {t("company", { name: p.company.name })}　
            {p.dueAt ? t("due", { date: formatDate(p.dueAt, locale) }) : t("noDue")}
          </p>
        </InboxItem>
      ))}
    </InboxSection>
  );
}

export async function CallsSection({ data }: { data: Inbox["calls"] }) {
  const t = await getTranslations("inbox.calls");
  const locale = await getLocale();
  return (
    <div className="space-y-6">
      <InboxSection
        id="inbox-calls"
        title={t("heading")}
        total={data.total}
        shown={data.items.length}
        empty={t("empty")}
        note={data.unanswered ? <Badge tone="warning">{t("unansweredCount", { count: data.unanswered })}</Badge> : null}
      >
        {data.items.map((c) => (
          <InboxItem key={c.id} testId="inbox-call">
            <p className="flex flex-wrap items-center gap-2">
              {c.answered ? (
                <Badge tone="brand">{t("answered", { count: c.answered })}</Badge>
              ) : (
                <Badge tone="warning">{t("unanswered")}</Badge>
              )}
              <span className="font-medium">{c.title}</span>
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-x-4 text-sm">
              <span className="text-stone-700">{t("deadline", { date: formatDate(c.deadline, locale) })}</span>
              <Link href={`/calls/${c.id}`} className="inline-flex min-h-11 items-center">
                {t("answer")}
              </Link>
            </p>
          </InboxItem>
        ))}
      </InboxSection>
      <InboxSection
        id="inbox-drafts"
        title={t("draftsHeading")}
        total={data.drafts.total}
        shown={data.drafts.items.length}
        empty={t("draftsEmpty")}
      >
        <li className="text-stone-700">{t("draftsLead")}</li>
        {data.drafts.items.map((d) => (
          <InboxItem key={d.id} testId="inbox-draft">
            <p className="font-medium">{d.title}</p>
            {d.callTitle ? <p className="text-sm text-stone-700">{t("fromCall", { title: d.callTitle })}</p> : null}
            <Link href={`/challenges/${d.id}/edit`} className="inline-flex min-h-11 items-center">
              {t("confirm")}
            </Link>
          </InboxItem>
        ))}
      </InboxSection>
    </div>
  );
}
