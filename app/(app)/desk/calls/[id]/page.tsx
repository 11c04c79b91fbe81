import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PageSection } from "@/components/ui/page-section";
import { getDeskCall } from "@/lib/calls/queries";
import { callIdSchema } from "@/lib/calls/schema";
import { requireDeskPage } from "@/lib/desk/pages";
import { formatDate, formatDateTime } from "@/lib/format";
import { CallStatus } from "../_components/call-status";
import { callLabels } from "../_components/labels";
import { ProgressLine } from "../_components/progress-line";
import { AnswerCard } from "./_components/answer-card";
import { CloseCallButton } from "./_components/close-button";
import { RemindButton } from "./_components/remind-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calls.meta"))("detail") };
}

export default async function DeskCallPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireDeskPage();
  const id = callIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const call = await getDeskCall(user, id.data);
  if (!call) notFound();
  const [t, locale, labels] = await Promise.all([getTranslations("calls.detail"), getLocale(), callLabels("actions")]);
  const open = call.status === "OPEN";
  const top = call.answers.filter((a) => a.status !== "MERGED");
  return (
    <div className="space-y-6">
      <p>
        <Link href="/desk/calls" className="text-brand-800 underline">
          {t("back")}
        </Link>
      </p>
      <PageHeader title={call.title} actions={open ? <CloseCallButton callId={call.id} labels={labels} /> : null}>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-stone-700">
          <CallStatus status={call.status} deadline={call.deadline} />
          {call.theme ? <span>{locale === "en" ? call.theme.nameEn : call.theme.nameJa}</span> : null}
          <span>{t("deadline", { date: formatDate(call.deadline, locale) })}</span>
          {call.closedAt ? <span>{t("closedOn", { date: formatDate(call.closedAt, locale) })}</span> : null}
        </p>
        <ProgressLine progress={call.progress} />
      </PageHeader>
      {call.note ? (
        <Card>
          <h2 className="font-bold">{t("note")}</h2>
          <p className="mt-1 whitespace-pre-wrap break-words">{call.note}</p>
        </Card>
      ) : null}
      <PageSection id="asks" title={t("asksTitle")}>
        <ul className="mt-2 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {call.asks.map((a) => (
            <li key={a.departmentId} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <div className="min-w-0">
                <p className="break-words font-medium">{a.name}</p>
                <p className="text-sm text-stone-700">
                  {a.answers ? t("answeredCount", { n: a.answers }) : t("notAnswered")}
                  {a.remindedAt ? ` ・ ${t("remindedAt", { date: formatDateTime(a.remindedAt, locale) })}` : null}
                </p>
                {a.staff === 0 ? (
                  <p className="text-sm text-amber-900">
                    {t("noStaff")}{" "}
                    <Link
                      href={`/desk/staff?department=${a.departmentId}&call=${call.id}`}
                      className="text-brand-800 underline"
                    >
                      {t("invite")}
                    </Link>
                  </p>
                ) : null}
              </div>
              {open && a.answers === 0 && a.staff > 0 ? (
                <RemindButton callId={call.id} departmentId={a.departmentId} labels={labels} />
              ) : null}
            </li>
          ))}
        </ul>
      </PageSection>
      <PageSection id="answers" title={t("answersTitle")}>
        {top.length === 0 ? <p className="mt-2 text-stone-700">{t("answersEmpty")}</p> : null}
        <ul className="mt-2 space-y-3">
          {top.map((a) => (
            <AnswerCard
              key={a.id}
              answer={a}
              merged={call.answers.filter((m) => m.mergedIntoId === a.id)}
              mergeTargets={top
                .filter((o) => o.id !== a.id && o.status === "SUBMITTED")
                .map((o) => ({ id: o.id, label: `${o.department.name}：${o.trouble.split("\n")[0].slice(0, 40)}` }))}
              labels={labels}
            />
          ))}
        </ul>
      </PageSection>
    </div>
  );
}
