import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { requirePageRole } from "@/lib/auth/session";
import { listPendingStaff } from "@/lib/accounts/queries";
import { formatDate } from "@/lib/format";
import { ReviewButtons } from "./_components/review-buttons";
import { ReviewFeedbackProvider } from "./_components/review-feedback";
import { CAN } from "@/lib/auth/roles";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata() {
  const t = await getTranslations("admin.approvals");
  return { title: t("title") };
}

export default async function ApprovalsPage() {
  const user = await requirePageRole(CAN.reviewSignUps, { active: true });
  const [t, locale, rows] = await Promise.all([
    getTranslations("admin.approvals"),
    getLocale(),
    listPendingStaff(user),
  ]);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("title")} description={t("lead")}>
        <p className="mt-1 text-sm text-stone-700">{t("mailNote")}</p>
        <p className="mt-2 font-medium">{t("count", { count: rows.length })}</p>
      </PageHeader>
      <ReviewFeedbackProvider>
        {rows.length === 0 ? (
          <EmptyState className="mt-6">{t("empty")}</EmptyState>
        ) : (
          <ul className="mt-4 space-y-4">
            {rows.map((r) => (
              <Card
                as="li"
                key={r.id}
                className="sm:p-5"
                data-testid="pending-user"
                aria-labelledby={`pending-${r.id}`}
              >
                <h2 id={`pending-${r.id}`} className="text-lg font-bold">
                  {r.name}
                </h2>
                <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
                  <dt className="font-medium text-stone-600">{t("email")}</dt>
                  <dd className="break-all">
                    {r.email}
                    {r.lgJpHint ? (
                      <span className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1" title={t("lgHintNote")}>
                        <Badge tone="brand">{t("lgHint")}</Badge>
                        <span className="text-xs text-stone-600">{t("lgHintNote")}</span>
                      </span>
                    ) : null}
                  </dd>
                  <dt className="font-medium text-stone-600">{t("municipality")}</dt>
                  <dd>
                    {r.municipality ? (
                      <>
                        {r.municipality.prefecture} {r.municipality.name}
                        {r.municipality.lgCode ? (
                          <span className="ml-2 text-sm text-stone-600">
                            {t("lgCode", { code: r.municipality.lgCode })}
                          </span>
                        ) : null}
                      </>
                    ) : (
                      t("none")
                    )}
                  </dd>
                  <dt className="font-medium text-stone-600">{t("department")}</dt>
                  <dd>
                    {r.department ?? t("none")}
                    {r.departmentRequested ? (
                      <span className="mt-1 block text-xs text-stone-600">{t("departmentRequested")}</span>
                    ) : null}
                  </dd>
                  <dt className="font-medium text-stone-600">{t("note")}</dt>
                  <dd className="whitespace-pre-wrap">{r.note ?? t("none")}</dd>
                  <dt className="font-medium text-stone-600">{t("signedUpAt")}</dt>
                  <dd>{formatDate(r.createdAt, locale)}</dd>
                </dl>
                <ReviewButtons userId={r.id} name={r.name} />
              </Card>
            ))}
          </ul>
        )}
      </ReviewFeedbackProvider>
    </div>
  );
}
