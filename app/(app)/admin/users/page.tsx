import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { TableHead } from "@/components/ui/table-head";
import { requirePageRole } from "@/lib/auth/session";
import { listUsers } from "@/lib/accounts/queries";
import { formatDate } from "@/lib/format";
import { z } from "@/lib/fields";
import { CAN } from "@/lib/auth/roles";
import { PageTitle } from "@/components/ui/page-header";

export async function generateMetadata() {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

const PAGE_SIZE = 50;
const pageParam = z.coerce.number().int().min(1).max(10_000).catch(1);

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(CAN.administer, { active: true });
  const raw = (await searchParams).page;
  const page = pageParam.parse(Array.isArray(raw) ? raw[0] : (raw ?? 1));
  const [t, tc, locale, { total, rows }] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("common"),
    getLocale(),
    listUsers(user, { page, pageSize: PAGE_SIZE }),
  ]);
  return (
    <div>
      <PageTitle>{t("title")}</PageTitle>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse bg-white text-sm">
          <TableHead labels={[t("name"), t("email"), t("role"), t("status"), t("organization"), t("createdAt")]} />
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-stone-200">
                <td className="p-2">{r.name}</td>
                <td className="break-all p-2">{r.email}</td>
                <td className="p-2">{tc(`roles.${r.role}`)}</td>
                <td className="p-2">{tc(`status.${r.status}`)}</td>
                <td className="p-2">{r.organization ?? ""}</td>
                <td className="p-2">{formatDate(r.createdAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} basePath="/admin/users" params={{}} />
    </div>
  );
}
