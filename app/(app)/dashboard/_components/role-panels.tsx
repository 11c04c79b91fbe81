import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { BigLink } from "./big-link";
import { DeskLink } from "./desk-link";
import { InboxLink } from "./inbox-link";
import { PeerLink } from "./peer-link";

export async function StaffPanel() {
  const t = await getTranslations("dashboard.staff");
  return (
    <section className="space-y-4">
      <p>{t("lead")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <BigLink href="/challenges/new" title={t("post")} body={t("postBody")} primary />
        <DeskLink />
        <InboxLink />
        <BigLink href="/my/challenges" title={t("mine")} body={t("mineBody")} />
        <BigLink href="/companies" title={t("companies")} body={t("companiesBody")} />
        <BigLink href="/messages" title={t("messages")} body={t("messagesBody")} />
        <PeerLink />
        <BigLink href="/pipeline" title={t("pipeline")} body={t("pipelineBody")} />
      </div>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/pipeline/funnel" className="underline">
          {t("funnel")}
        </Link>
        <Link href="/cases" className="underline">
          {t("cases")}
        </Link>
      </p>
    </section>
  );
}

export async function CompanyPanel() {
  const t = await getTranslations("dashboard.company");
  return (
    <section className="space-y-4">
      <p>{t("lead")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <BigLink href="/challenges" title={t("challenges")} body={t("challengesBody")} primary />
        <BigLink href="/interests" title={t("interests")} body={t("interestsBody")} />
        <BigLink href="/proposals" title={t("proposals")} body={t("proposalsBody")} />
        <BigLink href="/messages" title={t("messages")} body={t("messagesBody")} />
        <BigLink href="/company/profile" title={t("profile")} body={t("profileBody")} />
        <BigLink href="/settings/alerts" title={t("alerts")} body={t("alertsBody")} />
        <BigLink href="/cases" title={t("cases")} body={t("casesBody")} />
      </div>
    </section>
  );
}

export async function CoordinatorPanel({ pendingCount, isAdmin }: { pendingCount: number; isAdmin: boolean }) {
  const t = await getTranslations("dashboard.coordinator");
  return (
    <section className="space-y-4">
      <p>{t("lead")}</p>
      <div
        className={`rounded-lg border-2 p-5 ${pendingCount > 0 ? "border-amber-400 bg-amber-50" : "border-stone-200 bg-white"}`}
      >
        <p className="text-lg font-bold" data-testid="pending-count">
          {t("pendingCount", { count: pendingCount })}
        </p>
        {pendingCount > 0 ? (
          <Link
            href="/admin/approvals"
            className="mt-3 inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 text-white no-underline hover:bg-brand-800"
          >
            <span className="text-white">{t("toApprovals")}</span>
          </Link>
        ) : (
          <p className="mt-1 text-sm">
            {t("noPending")}{" "}
            <Link href="/admin/approvals" className="underline">
              {t("toApprovals")}
            </Link>
          </p>
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <BigLink href="/pipeline" title={t("pipeline")} body={t("pipelineBody")} primary />
        <BigLink href="/pipeline/funnel" title={t("funnel")} body={t("funnelBody")} />
        <BigLink href="/pipeline/calendar" title={t("calendar")} body={t("calendarBody")} />
        <BigLink href="/my/challenges" title={t("challenges")} body={t("challengesBody")} />
        <BigLink href="/cases/new" title={t("newCase")} body={t("newCaseBody")} />
        <BigLink href="/companies" title={t("companies")} body={t("companiesBody")} />
        <BigLink href="/messages" title={t("messages")} body={t("messagesBody")} />
      </div>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/pipeline?stale=1" className="underline">
          {t("staleMatches")}
        </Link>
        <Link href="/cases" className="underline">
          {t("cases")}
        </Link>
        {isAdmin ? (
          <>
            <Link href="/admin/users" className="underline">
              {t("users")}
            </Link>
            <Link href="/admin/stale" className="underline">
              {t("stale")}
            </Link>
          </>
        ) : null}
      </p>
    </section>
  );
}
