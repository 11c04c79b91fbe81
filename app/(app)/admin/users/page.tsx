import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { TableHead } from "@/components/ui/table-head";
import { SelectField } from "@/components/ui/field";
import { FilterFormShell } from "@/components/ui/filter-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { listAdminUsers } from "@/lib/admin/queries";
import { USER_ROLES, USER_STATUSES, userFilters } from "@/lib/admin/schema";
import { formatDate } from "@/lib/format";
import { StatusBadge } from "./_components/status-badge";

export async function generateMetadata() {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

const PAGE_SIZE = 50;

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(CAN.administer, { active: true });
  const filter = userFilters.parse(await searchParams);
  const [t, tc, locale, { total, rows }] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("common"),
    getLocale(),
    listAdminUsers(user, filter, PAGE_SIZE),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("lead")} />
      <FilterFormShell
        action="/admin/users"
        aria-label={t("filters")}
        columns="sm:grid-cols-2"
        search={{ label: t("q"), hint: t("qHint"), value: filter.q }}
        applyLabel={t("apply")}
        resetLabel={t("clear")}
      >
        <SelectField
          name="role"
          label={t("role")}
          defaultValue={filter.role}
          placeholder={t("anyRole")}
          options={USER_ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
        />
        <SelectField
          name="status"
          label={t("status")}
          defaultValue={filter.status}
          placeholder={t("anyStatus")}
          options={USER_STATUSES.map((s) => ({ value: s, label: tc(`status.${s}`) }))}
        />
      </FilterFormShell>
      <p className="text-sm text-stone-700" role="status">
        {t("count", { total })}
      </p>
      {rows.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        // Focusable so keyboard users can scroll the wide table on a phone.
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("title")}>
          <table className="w-full min-w-[48rem] border-collapse bg-white text-sm" data-testid="admin-users">
            <TableHead
              labels={[
                t("name"),
                t("email"),
                t("role"),
                t("status"),
                t("organization"),
                t("department"),
                t("createdAt"),
              ]}
            />
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-stone-200 align-top">
                  <td className="p-2">
                    <Link href={`/admin/users/${r.id}`} className="font-medium underline">
                      {r.name}
                    </Link>
                  </td>
                  <td className="break-all p-2">{r.email}</td>
                  <td className="p-2">{tc(`roles.${r.role}`)}</td>
                  <td className="p-2">
                    <StatusBadge status={r.status} deleted={r.deleted} />
                  </td>
                  <td className="p-2">{r.organization ?? ""}</td>
                  <td className="p-2">{r.department ?? ""}</td>
                  <td className="whitespace-nowrap p-2">{formatDate(r.createdAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={filter.page}
        pageSize={PAGE_SIZE}
        total={total}
        basePath="/admin/users"
        params={userFilters.toParams(filter)}
      />
    </div>
  );
}
