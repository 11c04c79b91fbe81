import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { TableHead } from "@/components/ui/table-head";
import { SelectField, TextField } from "@/components/ui/field";
import { requirePageRole } from "@/lib/auth/session";
import { dateTimeFormat } from "@/lib/format";
import { listAuditLog } from "@/lib/audit/queries";
import { AUDIT_ACTIONS, auditFilterSchema } from "@/lib/audit/schema";
import { CAN } from "@/lib/auth/roles";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterFormShell } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata() {
  const t = await getTranslations("audit");
  return { title: t("meta") };
}

const PAGE_SIZE = 50;

const dateTime = (d: Date, locale: string) =>
  dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Tokyo" }).format(d);

/** Only short, known keys; values are shown as text (React escapes them). */
function details(meta: unknown): string {
  if (!meta || typeof meta !== "object" || Array.isArray(meta)) return "";
  return Object.entries(meta as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(" / ")
    .slice(0, 300);
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(CAN.administer, { active: true });
  const filter = auditFilterSchema.parse(await searchParams);
  const [t, locale, { total, rows }] = await Promise.all([
    getTranslations("audit"),
    getLocale(),
    listAuditLog(user, filter, PAGE_SIZE),
  ]);
  const params = { action: filter.action, user: filter.user, from: filter.from, to: filter.to };
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("lead")} />
      <FilterFormShell
        action="/admin/audit"
        aria-label={t("filters")}
        columns="sm:grid-cols-2 lg:grid-cols-4"
        applyLabel={t("apply")}
        resetLabel={t("clear")}
      >
        <SelectField
          name="action"
          label={t("action")}
          defaultValue={filter.action ?? ""}
          placeholder={t("anyAction")}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`actions.${a}`) }))}
        />
        <TextField name="user" label={t("user")} defaultValue={filter.user ?? ""} />
        <TextField name="from" type="date" label={t("from")} defaultValue={filter.from ?? ""} />
        <TextField name="to" type="date" label={t("to")} defaultValue={filter.to ?? ""} />
      </FilterFormShell>
      {rows.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        // Focusable so keyboard users can scroll the wide table on a phone.
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("title")}>
          <table className="w-full min-w-[48rem] border-collapse bg-white text-sm" data-testid="audit-table">
            <TableHead labels={[t("at"), t("action"), t("actor"), t("target"), t("ip"), t("details")]} />
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-stone-200 align-top">
                  <td className="whitespace-nowrap p-2">{dateTime(r.at, locale)}</td>
                  <td className="p-2">{t(`actions.${r.action}` as "actions.SIGNIN_SUCCESS")}</td>
                  <td className="break-all p-2">
                    {r.actor ? (
                      <>
                        {r.actor.name}
                        <br />
                        <span className="text-stone-600">{r.actor.email}</span>
                      </>
                    ) : (
                      t("system")
                    )}
                  </td>
                  <td className="break-all p-2">{r.targetType ? `${r.targetType} ${r.targetId ?? ""}` : ""}</td>
                  <td className="p-2">{r.ip ?? ""}</td>
                  <td className="break-all p-2">{details(r.meta)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={filter.page} pageSize={PAGE_SIZE} total={total} basePath="/admin/audit" params={params} />
    </div>
  );
}
