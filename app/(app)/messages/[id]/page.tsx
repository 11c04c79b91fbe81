import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { requirePageRole } from "@/lib/auth/session";
import { markThreadRead } from "@/lib/threads/mutations";
import { getThread } from "@/lib/threads/queries";
import { findMatchIdForThread } from "@/lib/matches/queries";
import { findMeetingMatchForThread, listMeetings } from "@/lib/matches/meetings-queries";
import { MatchMeetings } from "@/components/match-meetings";
import { threadIdSchema } from "@/lib/threads/schema";
import { MessageItem } from "../_components/message-item";
import { ReplyForm } from "../_components/reply-form";
import { CAN } from "@/lib/auth/roles";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ThreadPilots } from "@/components/loop/thread-pilots";
import { ThreadCase } from "@/components/loop/thread-case";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messages.thread");
  return { title: t("meta") };
}

export default async function ThreadPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRole(CAN.useOwnAccount);
  const id = threadIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const thread = await getThread(user, id.data);
  if (!thread) notFound();
  // Coordinators (and staff, read-only) go on from the conversation to the match it belongs to.
  const matchId = await findMatchIdForThread(user, thread.id);
  // The company has no match page: it keeps the meeting log of its match here (staff and coordinators too).
  const meetingMatchId = await findMeetingMatchForThread(user, thread.id);
  const meetings = meetingMatchId ? await listMeetings(user, meetingMatchId) : null;
  const last = thread.messages.at(-1);
  // Read up to what is on this page, not "now" (see markThreadRead).
  if (last) await markThreadRead(user, thread.id, last.createdAt);
  const t = await getTranslations("messages");
  const locale = await getLocale();
  const municipality = [thread.municipality.name, thread.department?.name].filter(Boolean).join(" ");

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/messages" className="inline-flex min-h-11 items-center">
          ← {t("thread.back")}
        </Link>
      </p>
      <div>
        <Badge tone="brand">{t(`kinds.${thread.kind}`)}</Badge>
        <PageTitle className="mt-2">{thread.subject ?? t("thread.nowPrivate")}</PageTitle>
        <p className="mt-1 break-words text-stone-700">
          {t("thread.between", { municipality, company: thread.company.name })}
        </p>
        {thread.challenge ? (
          <p className="mt-1 break-words text-sm">
            {t("thread.challenge")}
            <Link href={`/challenges/${thread.challenge.id}`}>{thread.challenge.title}</Link>
          </p>
        ) : null}
        {matchId ? (
          <p className="mt-1 text-sm">
            <Link href={`/pipeline/${matchId}`} className="inline-flex min-h-11 items-center">
              {t("thread.match")}
            </Link>
          </p>
        ) : null}
      </div>
      {thread.messages.length === 0 ? (
        <EmptyState>{t("thread.empty")}</EmptyState>
      ) : (
        <ol className="space-y-3" data-testid="message-list">
          {thread.messages.map((m) => (
            <MessageItem key={m.id} message={m} own={m.authorId === user.id} locale={locale} />
          ))}
        </ol>
      )}
      {meetings ? <MatchMeetings log={meetings} /> : null}
      <ThreadPilots threadId={thread.id} user={user} />
      <ThreadCase threadId={thread.id} user={user} />
      {user.status === "ACTIVE" ? (
        <Card as="section" aria-labelledby="reply-heading">
          <h2 id="reply-heading" className="mb-3 text-lg font-bold">
            {t("form.heading")}
          </h2>
          <ReplyForm threadId={thread.id} />
        </Card>
      ) : (
        <p className="text-stone-700">{t("thread.readOnly")}</p>
      )}
    </div>
  );
}
