import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { countMyData } from "@/lib/privacy/queries";
import { DELETE_CONFIRM_WORD } from "@/lib/privacy/schema";
import { AUDIT_RETENTION_DAYS } from "@/lib/audit/retention";
import { DeleteAccountForm } from "./_components/delete-account-form";
import { CAN } from "@/lib/auth/roles";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("meta") };
}

export default async function AccountSettingsPage() {
  const user = await requirePageRole(CAN.useOwnAccount);
  const [t, counts] = await Promise.all([getTranslations("privacy"), countMyData(user)]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("title")} description={t("lead")}>
        <p className="mt-2">
          <Link href="/settings/alerts" className="inline-flex min-h-11 items-center">
            {t("toAlerts")}
          </Link>
        </p>
      </PageHeader>

      <Card as="section" aria-labelledby="account-h" padding="lg">
        <h2 id="account-h" className="text-lg font-bold">
          {t("account")}
        </h2>
        <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium">{t("name")}</dt>
          <dd>{user.name}</dd>
          <dt className="font-medium">{t("email")}</dt>
          <dd className="break-all">{user.email}</dd>
          {user.organizationName ? (
            <>
              <dt className="font-medium">{t("organization")}</dt>
              <dd>
                {user.organizationName}
                {user.departmentName ? ` ${user.departmentName}` : ""}
              </dd>
            </>
          ) : null}
        </dl>
      </Card>

      <Card as="section" aria-labelledby="export-h" padding="lg">
        <h2 id="export-h" className="text-lg font-bold">
          {t("exportTitle")}
        </h2>
        <p className="mt-2">{t("exportLead")}</p>
        <p className="mt-1 text-sm text-stone-600">{t("exportCounts", counts)}</p>
        {/* A plain link: the browser saves the file; the route answers only to this session. */}
        <a
          href="/api/me/export"
          download
          className="mt-4 inline-flex min-h-11 items-center justify-center rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
        >
          {t("exportButton")}
        </a>
      </Card>

      <section aria-labelledby="delete-h" className="rounded border border-red-200 bg-white p-4 sm:p-6">
        <h2 id="delete-h" className="text-lg font-bold text-red-800">
          {t("deleteTitle")}
        </h2>
        <p className="mt-2 font-medium">{t("deleteLead")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-800">
          <li>{t("deleteErased")}</li>
          <li>{t("deleteKept")}</li>
          <li>{t("deleteCompanyContact")}</li>
          <li>{t("deleteAudit", { days: AUDIT_RETENTION_DAYS })}</li>
          <li>{t("deleteReuse")}</li>
        </ul>
        <div className="mt-4">
          <DeleteAccountForm word={DELETE_CONFIRM_WORD} />
        </div>
      </section>
    </div>
  );
}
