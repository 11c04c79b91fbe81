import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { countPendingStaff } from "@/lib/accounts/queries";
import { PendingNotice } from "@/components/pending-notice";
import { CompanyPanel, CoordinatorPanel, StaffPanel } from "./_components/role-panels";
import { isAdmin, isCompanyMember, isCoordinator } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

export default async function DashboardPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?callbackUrl=/dashboard");
  const t = await getTranslations("dashboard");
  const tc = await getTranslations("common");
  const org = user.organizationName;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader title={t("title")}>
        <p className="mt-2 text-lg">
          {t("hello", { name: user.name })}
          <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800">
            {tc(`roles.${user.role}`)}
            {user.status === "PENDING" ? `（${tc("status.PENDING")}）` : ""}
          </span>
        </p>
        {org ? (
          <p className="text-stone-700">
            {user.departmentName ? t("orgWithDept", { org, dept: user.departmentName }) : t("org", { org })}
          </p>
        ) : null}
      </PageHeader>
      {isCoordinator(user) ? (
        <CoordinatorPanel
          pendingCount={user.status === "ACTIVE" ? await countPendingStaff(user) : 0}
          isAdmin={isAdmin(user)}
        />
      ) : isCompanyMember(user) ? (
        <CompanyPanel />
      ) : user.status === "ACTIVE" ? (
        <StaffPanel />
      ) : (
        <PendingNotice on="dashboard" />
      )}
    </div>
  );
}
