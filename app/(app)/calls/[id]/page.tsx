import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { PageSection } from "@/components/ui/page-section";
import { getCallForDepartment, listCasesForCall } from "@/lib/calls/queries";
import { callIdSchema } from "@/lib/calls/schema";
import { requirePageRole } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format";
import { callLabels } from "@/app/(app)/desk/calls/_components/labels";
import { AnswerForm } from "./_components/answer-form";
import { OwnAnswer } from "./_components/own-answer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calls.meta"))("answer") };
}

/** A department answers the desk's call; the desk may look. Anyone else, other municipalities too, gets 404. */
export default async function CallPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRole(CAN.postChallenges, { active: true });
  const id = callIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const call = await getCallForDepartment(user, id.data);
  if (!call) notFound();
  const [t, locale, cases, labels] = await Promise.all([
    getTranslations("calls.answer"),
    getLocale(),
    listCasesForCall(call),
    callLabels("answer"),
  ]);
  const themeName = call.theme ? (locale === "en" ? call.theme.nameEn : call.theme.nameJa) : "";
  const refusal = call.asked && !call.canAnswer ? (call.status === "CLOSED" ? t("closed") : t("past")) : null;
  return (
    <div className="space-y-6">
      <PageHeader
        title={call.title}
        description={t("lead", { municipality: user.organizationName ?? "", department: user.departmentName ?? "" })}
      >
        <p className="mt-2 flex flex-wrap items-center gap-2 text-stone-700">
          {themeName ? <Badge tone="brand">{themeName}</Badge> : null}
          <span>{t("deadline", { date: formatDate(call.deadline, locale) })}</span>
        </p>
      </PageHeader>
      {call.note ? (
        <Card>
          <h2 className="font-bold">{t("note")}</h2>
          <p className="mt-1 whitespace-pre-wrap break-words">{call.note}</p>
        </Card>
      ) : null}
      {call.theme ? (
        <PageSection id="cases" title={t("casesTitle", { theme: themeName })}>
          <p className="mt-1 text-stone-700">{t("casesLead")}</p>
          {cases.length === 0 ? <p className="mt-2">{t("casesEmpty")}</p> : null}
          <ul className="mt-2 space-y-2">
            {cases.map((c) => (
              <Card as="li" key={c.id} padding="sm">
                <Link href={`/cases/${c.id}`} className="break-words font-medium text-brand-800 underline">
                  {c.title}
                </Link>
                <p className="mt-1 text-sm text-stone-700">
                  {c.municipality.name} ・ {c.fiscalYear}
                  {c.isDemo ? (
                    <span className="ml-2">
                      <Badge tone="warning">{t("demo")}</Badge>
                    </span>
                  ) : null}
                </p>
                <p className="mt-1 line-clamp-2 break-words text-sm">{c.summary}</p>
              </Card>
            ))}
          </ul>
        </PageSection>
      ) : null}
      {call.answers.length ? (
        <PageSection id="yours" title={t("yours", { department: user.departmentName ?? "" })}>
          <ul className="mt-2 space-y-3">
            {call.answers.map((a) => (
              <OwnAnswer key={a.id} answer={a} canEdit={call.canAnswer} labels={labels} />
            ))}
          </ul>
        </PageSection>
      ) : null}
      {refusal ? <Notice tone="warning">{refusal}</Notice> : null}
      {!call.asked ? <Notice tone="info">{t("notAsked")}</Notice> : null}
      {call.canAnswer ? (
        <PageSection id="form" title={t("formTitle")}>
          <p className="mt-1 text-stone-700">{t("formLead")}</p>
          <AnswerForm callId={call.id} labels={labels} again={call.answers.length > 0} />
        </PageSection>
      ) : null}
    </div>
  );
}
