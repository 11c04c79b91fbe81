import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageTitle } from "@/components/ui/page-header";
import { PeerCloseButton, PeerReplyForm } from "@/components/loop/peer-forms";
import { CAN } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { markPeerRead } from "@/lib/peer/mutations";
import { getPeerQuestion } from "@/lib/peer/queries";
import { peerIdSchema } from "@/lib/peer/schema";
import { StatusBadge } from "../_components/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("peer.thread");
  return { title: t("meta") };
}

/** /peer/[id]: the conversation between two municipalities; any active clerk of either may write. */
export default async function PeerQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRole(CAN.peerQuestions, { active: true });
  const id = peerIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const q = await getPeerQuestion(user, id.data);
  if (!q) notFound();
  await markPeerRead(user, q.id);
  const t = await getTranslations("peer.thread");
  const locale = await getLocale();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/peer" className="inline-flex min-h-11 items-center">
          ← {t("back")}
        </Link>
      </p>
      <div className="space-y-1">
        <StatusBadge status={q.status} />
        <PageTitle className="mt-2">{q.subject}</PageTitle>
        <p className="break-words text-stone-700">{t("between", { from: q.from, to: q.to })}</p>
        <p className="break-words text-sm">
          {t("case")}
          {q.case.published ? (
            <Link href={`/cases/${q.case.id}`}>{q.case.title}</Link>
          ) : (
            <>
              {q.case.title}
              {t("caseUnpublished")}
            </>
          )}
        </p>
        <p className="text-sm text-stone-600">{t("privacy", { from: q.from, to: q.to })}</p>
      </div>
      {q.side === "asking" && q.waitingForTown && q.status !== "CLOSED" ? (
        <Notice tone="info" data-testid="peer-waiting">
          {t("waiting")}
        </Notice>
      ) : null}
      <section aria-labelledby="peer-messages" className="space-y-3">
        <h2 id="peer-messages" className="sr-only">
          {t("messages")}
        </h2>
        <ol className="space-y-3" data-testid="peer-messages">
          {q.messages.map((m) => (
            <li key={m.id}>
              <Card as="article" className={m.own ? "border-brand-200 bg-brand-50/40" : ""}>
                <p className="break-words text-sm font-medium">
                  {[m.municipality, m.department, m.author ?? t("deletedAuthor")].filter(Boolean).join(" ")}
                  {m.own ? <span className="text-stone-600">（{t("you")}）</span> : null}
                </p>
                <p className="text-sm text-stone-600">{formatDateTime(m.createdAt, locale)}</p>
                <p className="mt-2 whitespace-pre-wrap break-words">{m.body}</p>
              </Card>
            </li>
          ))}
        </ol>
      </section>
      {q.status === "CLOSED" ? (
        <Notice tone="info">{t("closedNote")}</Notice>
      ) : (
        <Card as="section" padding="lg" aria-labelledby="peer-reply-title" className="space-y-3">
          <h2 id="peer-reply-title" className="text-lg font-bold">
            {t("reply")}
          </h2>
          <PeerReplyForm
            questionId={q.id}
            texts={{
              body: t("body"),
              bodyHint: t("bodyHint"),
              send: t("send"),
              sending: t("sending"),
              sent: t("sent"),
              closedError: t("closedError"),
            }}
          />
          {q.side === "asking" ? (
            <div className="space-y-1 border-t border-stone-200 pt-3">
              <p className="text-sm text-stone-700">{t("closeHint")}</p>
              <PeerCloseButton questionId={q.id} texts={{ close: t("close"), closing: t("closing") }} />
            </div>
          ) : null}
        </Card>
      )}
    </div>
  );
}
