import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageSection } from "@/components/ui/page-section";
import { CAN, isCoordinator } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { listPeerQuestions, listQuestionsToConnect, type PeerListItem } from "@/lib/peer/queries";
import { StatusBadge } from "./_components/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("peer.list");
  return { title: t("meta") };
}

/** /peer: staff see their municipality's questions received and sent; coordinators see the ones waiting for a town. */
export default async function PeerPage() {
  const user = await requirePageRole([...CAN.peerQuestions, ...CAN.runPipeline], { active: true });
  const t = await getTranslations("peer.list");
  const locale = await getLocale();
  if (isCoordinator(user)) {
    const waiting = await listQuestionsToConnect(user);
    return (
      <div className="mx-auto max-w-4xl space-y-4">
        <PageHeader title={t("title")} description={t("connectLead")} />
        <PageSection id="peer-connect" title={t("connectTitle")} className="space-y-3">
          {waiting.length === 0 ? (
            <EmptyState>{t("connectEmpty")}</EmptyState>
          ) : (
            <Card as="ul" padding="none" className="divide-y divide-stone-200" data-testid="peer-connect-list">
              {waiting.map((q) => (
                <li key={q.id} className="space-y-1 p-4">
                  <p className="break-words font-bold">{q.subject}</p>
                  <p className="break-words text-sm">
                    {t("between", { from: q.fromMunicipality.name, to: q.toMunicipality.name })}
                  </p>
                  <p className="break-words text-sm">
                    {t("caseLabel")}
                    <Link href={`/cases/${q.case.id}`}>{q.case.title}</Link>
                  </p>
                  <p className="text-sm text-stone-600">{t("askedOn", { date: formatDate(q.createdAt, locale) })}</p>
                </li>
              ))}
            </Card>
          )}
        </PageSection>
      </div>
    );
  }
  const { received, sent } = await listPeerQuestions(user);
  const list = (items: PeerListItem[], testId: string, empty: React.ReactNode) =>
    items.length === 0 ? (
      empty
    ) : (
      <Card as="ul" padding="none" className="divide-y divide-stone-200" data-testid={`${testId}-list`}>
        {items.map((q) => (
          <li
            key={q.id}
            data-testid="peer-item"
            data-unread={q.unread ? "true" : undefined}
            className={`p-4 ${q.unread ? "border-l-4 border-l-brand-700 bg-brand-50/40" : ""}`}
          >
            <div className="flex flex-wrap items-center gap-2 text-sm">
              {q.unread ? <Badge tone="danger">{t("unread")}</Badge> : null}
              <StatusBadge status={q.status} />
              <span className="text-stone-600">{t("last", { time: formatDateTime(q.lastMessageAt, locale) })}</span>
            </div>
            <Link
              href={`/peer/${q.id}`}
              className={`mt-1 block min-h-11 break-words py-2 text-lg ${q.unread ? "font-bold" : ""}`}
            >
              {q.subject}
            </Link>
            <p className="break-words text-sm text-stone-700">{t("with", { name: q.other })}</p>
            <p className="break-words text-sm text-stone-700">{t("case", { title: q.caseTitle })}</p>
          </li>
        ))}
      </Card>
    );
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader title={t("title")} description={t("lead")} />
      <PageSection id="peer-received" title={t("received")} className="space-y-3">
        {list(received, "peer-received", <EmptyState>{t("emptyReceived")}</EmptyState>)}
      </PageSection>
      <PageSection id="peer-sent" title={t("sent")} className="space-y-3">
        {list(
          sent,
          "peer-sent",
          <EmptyState action={{ href: "/cases", label: t("toCases") }}>{t("emptySent")}</EmptyState>,
        )}
      </PageSection>
    </div>
  );
}
