import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listDeskCalls } from "@/lib/calls/queries";
import { requireDeskPage } from "@/lib/desk/pages";
import { formatDate } from "@/lib/format";
import { CallStatus } from "./_components/call-status";
import { ProgressLine } from "./_components/progress-line";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calls.meta"))("list") };
}

export default async function DeskCallsPage() {
  const user = await requireDeskPage();
  const [t, locale, calls] = await Promise.all([getTranslations("calls.list"), getLocale(), listDeskCalls(user)]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={t("lead")}
        actions={
          <Link
            href="/desk/calls/new"
            className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          >
            {t("new")}
          </Link>
        }
      />
      {calls.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("empty")}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {calls.map((c) => (
            <Card as="li" key={c.id}>
              <div className="flex flex-wrap items-center gap-2">
                <CallStatus status={c.status} deadline={c.deadline} />
                <Link href={`/desk/calls/${c.id}`} className="break-words font-bold text-brand-800 underline">
                  {c.title}
                </Link>
              </div>
              <p className="mt-1 text-sm text-stone-700">
                {t("deadline", { date: formatDate(c.deadline, locale) })}
                {c.theme ? ` ・ ${t("theme", { theme: locale === "en" ? c.theme.nameEn : c.theme.nameJa })}` : null}
              </p>
              <ProgressLine progress={c.progress} />
            </Card>
          ))}
        </ul>
      )}
    </div>
  );
}
