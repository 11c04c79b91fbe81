import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { requirePageRole } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { getProposalForViewer, listRoutingDepartments } from "@/lib/proposals/queries";
import { DEPARTMENT_STEPS, isOpenStatus, proposalIdSchema, STEP_FROM, DESK_STEPS } from "@/lib/proposals/schema";
import { formatDate } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { PageSection } from "@/components/ui/page-section";
import { ProposalStatus } from "@/components/proposal-status";
import { ProposalBody } from "./_components/proposal-body";
import { History } from "./_components/history";
import { RouteForm } from "./_components/route-form";
import { StepForm } from "./_components/step-form";
import { AnswerForm } from "./_components/answer-form";
import { WithdrawButton } from "./_components/withdraw-button";
import { SalesOnlyToggle } from "./_components/sales-only-toggle";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(params: Props["params"]) {
  const user = await requirePageRole(CAN.useOwnAccount, { active: true });
  const id = proposalIdSchema.safeParse((await params).id);
  const p = id.success ? await getProposalForViewer(user, id.data) : null;
  if (!p) notFound();
  return { user, p };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { p } = await load(params);
  return { title: p.title };
}

// Each side goes back to where it reads its proposals: /desk/proposals is the desk's own (404 for anyone else).
const BACK = {
  company: { href: "/proposals", label: "detail.back" },
  coordinator: { href: "/proposals", label: "detail.back" },
  desk: { href: "/desk/proposals", label: "detail.backDesk" },
  department: { href: "/inbox", label: "detail.backInbox" },
} as const;

export default async function ProposalPage({ params, searchParams }: Props) {
  const { user, p } = await load(params);
  const t = await getTranslations("proposals");
  const locale = await getLocale();
  const sent = (await searchParams).sent === "1";
  const open = isOpenStatus(p.status);
  const deskSteps = DESK_STEPS.filter(
    (s) => (STEP_FROM[s] as readonly string[]).includes(p.status) && (s !== "ADOPTED" || !!p.departmentId),
  );
  const deptSteps = DEPARTMENT_STEPS.filter((s) => (STEP_FROM[s] as readonly string[]).includes(p.status));
  const departments = p.side === "desk" && open ? await listRoutingDepartments(user) : [];
  const company = p.side === "company";
  const fact = (label: string, value: React.ReactNode) => (
    <>
      <dt className="font-medium text-stone-600">{label}</dt>
      <dd className="break-words">{value}</dd>
    </>
  );
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href={BACK[p.side].href}>← {t(BACK[p.side].label)}</Link>
      </p>
      {sent && company ? (
        <Notice tone="success" data-testid="proposal-sent">
          {t("mine.sent")}
        </Notice>
      ) : null}
      <PageHeader title={p.title}>
        <div className="mt-2 flex flex-wrap items-center gap-2" data-testid="proposal-status">
          <ProposalStatus status={p.status} overdue={!company && p.overdue} />
          {p.salesOnly ? <Badge tone="warning">{t("detail.salesOnly")}</Badge> : null}
        </div>
      </PageHeader>
      <Card>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
          {fact(t("detail.municipality"), p.municipality.name)}
          {fact(t("detail.company"), p.company.name)}
          {p.company.salesOnlyCount !== null
            ? fact(t("detail.salesOnly"), t("detail.salesOnlyCount", { count: p.company.salesOnlyCount }))
            : null}
          {!company ? fact(t("detail.department"), p.department?.name ?? t("detail.notRouted")) : null}
          {fact(t("detail.received"), formatDate(p.createdAt, locale))}
          {p.firstAnsweredAt ? fact(t("detail.firstAnswer"), formatDate(p.firstAnsweredAt, locale)) : null}
          {p.dueAt ? fact(t("detail.due"), formatDate(p.dueAt, locale)) : null}
          {p.author ? fact(t("detail.author"), p.author.name) : null}
        </dl>
        {p.match && !company ? (
          <p className="mt-3 flex flex-wrap gap-x-6">
            {p.matchId ? <Link href={`/pipeline/${p.matchId}`}>{t("detail.match")}</Link> : null}
            {p.match.threadId ? <Link href={`/messages/${p.match.threadId}`}>{t("detail.thread")}</Link> : null}
          </p>
        ) : p.match?.threadId ? (
          <p className="mt-3">
            <Link href={`/messages/${p.match.threadId}`}>{t("detail.thread")}</Link>
          </p>
        ) : null}
      </Card>
      {p.status === "DECLINED" && p.declineReason ? (
        <Notice tone="info" as="div">
          <p className="font-bold">{t("detail.declineReason")}</p>
          <p className="mt-1 whitespace-pre-wrap break-words">{p.declineReason}</p>
        </Notice>
      ) : null}
      {/* What the company proposes comes before what the desk or the department does with it. */}
      <ProposalBody p={p} />
      {p.side === "desk" && open ? (
        <Card as="section" aria-labelledby="desk-actions" className="space-y-6">
          <h2 id="desk-actions" className="text-xl font-bold">
            {t("actions.route")}
          </h2>
          <RouteForm id={p.id} version={p.version} current={p.departmentId} departments={departments} />
          <h2 className="text-xl font-bold">{t("actions.step")}</h2>
          <StepForm id={p.id} version={p.version} steps={deskSteps} />
        </Card>
      ) : null}
      {p.side === "desk" ? <SalesOnlyToggle id={p.id} salesOnly={p.salesOnly} /> : null}
      {p.side === "department" && ["ROUTED", "REVIEWING", "MEETING"].includes(p.status) ? (
        <Card as="section" aria-labelledby="answer">
          <h2 id="answer" className="mb-2 text-xl font-bold">
            {t("actions.answer")}
          </h2>
          <AnswerForm id={p.id} version={p.version} steps={deptSteps} />
        </Card>
      ) : null}
      {company && open ? <WithdrawButton id={p.id} version={p.version} /> : null}
      {p.side === "coordinator" ? <p className="text-sm text-stone-700">{t("detail.readOnly")}</p> : null}
      <PageSection id="history" title={t("detail.history")}>
        <History events={p.events} company={company} />
      </PageSection>
    </div>
  );
}
