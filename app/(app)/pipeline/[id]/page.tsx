import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { requirePageRole } from "@/lib/auth/session";
import { getEditOptions, getMatch } from "@/lib/matches/queries";
import { listMeetings } from "@/lib/matches/meetings-queries";
import { MatchMeetings } from "@/components/match-meetings";
import { Notice } from "@/components/ui/notice";
import { idSchema } from "@/lib/matches/schema";
import { DetailMove } from "./_components/detail-move";
import { EditForm } from "./_components/edit-form";
import { History } from "./_components/history";
import { MatchFacts } from "./_components/match-facts";
import { CAN } from "@/lib/auth/roles";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { MatchPilots } from "@/components/loop/match-pilots";
import { MatchBudgetPath } from "@/components/loop/match-budget-path";
import { MatchCase } from "@/components/loop/match-case";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("matches.meta");
  return { title: t("detail") };
}

export default async function MatchPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRole(CAN.viewPipeline, { active: true });
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const m = await getMatch(user, id.data);
  if (!m || m.viewer === "company") notFound();
  const t = await getTranslations("matches.detail");
  const tp = await getTranslations("pipeline");
  const coordinator = m.viewer === "coordinator";
  const [options, meetings] = await Promise.all([
    coordinator ? getEditOptions(m.municipality.id) : null,
    listMeetings(user, m.id),
  ]);
  // A logged meeting does not move the card (stages stay the coordinator's), but the coordinator is asked.
  const suggestMeeting = coordinator && m.metDepartment && (m.stage === "INTEREST" || m.stage === "MATCHING");
  const tm = await getTranslations("inbox.meetings");
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <p>
        <Link href="/pipeline">← {t("back")}</Link>
      </p>
      <div>
        <PageTitle>
          {m.company.name}
          <span className="text-stone-700"> × {m.municipality.name}</span>
        </PageTitle>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <span>{t("stageNow")}：</span>
          <span
            data-testid="detail-stage"
            className={`rounded px-3 py-1 font-bold ${m.stage === "DECLINED" ? "bg-stone-200 text-stone-800" : "bg-brand-50 text-brand-800"}`}
          >
            {tp(`stage.${m.stage}`)}
          </span>
          {m.stale ? <Badge tone="warning">{tp("stale")}</Badge> : null}
        </div>
        {m.stage === "DECLINED" && m.declineReason ? (
          <p className="mt-2">
            {t("declined")}：{tp(`declineReason.${m.declineReason}`)}
            {m.declineNote ? `（${m.declineNote}）` : ""}
          </p>
        ) : null}
        {m.threadId ? (
          <p className="mt-2">
            <Link href={`/messages/${m.threadId}`}>{t("thread")}</Link>
          </p>
        ) : null}
      </div>
      {coordinator ? (
        <Card as="section" padding="lg" aria-labelledby="move-heading">
          <h2 id="move-heading" className="text-lg font-bold">
            {t("moveTitle")}
          </h2>
          {suggestMeeting ? (
            <Notice tone="info" role="status" className="my-3" data-testid="suggest-meeting">
              {tm("suggestMeeting")}
            </Notice>
          ) : null}
          <DetailMove id={m.id} name={m.company.name} stage={m.stage} version={m.version} />
        </Card>
      ) : (
        <p className="rounded border border-stone-200 bg-stone-50 p-3" data-testid="read-only-note">
          {t("readOnly")}
        </p>
      )}
      <Card as="section" padding="lg" aria-labelledby="info-heading">
        <h2 id="info-heading" className="mb-2 text-lg font-bold">
          {t("info")}
        </h2>
        <MatchFacts m={m} />
      </Card>
      {meetings ? <MatchMeetings log={meetings} /> : null}
      <MatchPilots matchId={m.id} user={user} />
      <MatchBudgetPath matchId={m.id} user={user} />
      <MatchCase matchId={m.id} user={user} />
      {coordinator && options ? (
        <Card as="section" padding="lg" aria-labelledby="edit-heading">
          <h2 id="edit-heading" className="mb-4 text-lg font-bold">
            {t("edit")}
          </h2>
          <EditForm
            version={m.version}
            initial={{
              id: m.id,
              coordinatorId: m.coordinatorId ?? "",
              departmentId: m.departmentId ?? "",
              contentOrganized: m.contentOrganized,
              nextAction: m.nextAction ?? "",
              nextActionOn: m.nextActionOn ? m.nextActionOn.toISOString().slice(0, 10) : "",
              internalNote: m.internalNote ?? "",
            }}
            departments={options.departments.map((d) => ({ value: d.id, label: d.name }))}
            coordinators={options.coordinators.map((c) => ({ value: c.id, label: c.name }))}
          />
        </Card>
      ) : null}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-lg font-bold">
          {t("history")}
        </h2>
        <History changes={m.changes} />
      </section>
    </div>
  );
}
