import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { PageSection } from "@/components/ui/page-section";
import { requirePageRole } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { getAdminUser } from "@/lib/admin/queries";
import { idSchema } from "@/lib/fields";
import { formatDate } from "@/lib/format";
import { StatusBadge } from "../_components/status-badge";
import { DepartmentForm } from "./_components/department-form";
import { DeskForm } from "./_components/desk-form";
import { HandoverForm } from "./_components/handover-form";
import { RoleForm } from "./_components/role-form";
import { StatusForm } from "./_components/status-form";

export async function generateMetadata() {
  const t = await getTranslations("admin.users");
  return { title: t("manage") };
}

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requirePageRole(CAN.administer, { active: true });
  const id = idSchema.safeParse((await params).id);
  const u = id.success ? await getAdminUser(me, id.data) : null;
  if (!u) notFound();
  const [t, tc, td, locale] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("common"),
    getTranslations("desk.admin"),
    getLocale(),
  ]);
  // Pending and rejected sign-ups are decided at /admin/approvals; a deleted account stays as it is.
  const manageable = !u.deleted && (u.status === "ACTIVE" || u.status === "SUSPENDED");
  const counts = u.responsibilities;
  const rows: [string, React.ReactNode][] = [
    [
      t("email"),
      <span key="email" className="break-all">
        {u.email}
      </span>,
    ],
    [t("role"), tc(`roles.${u.role}`)],
    [t("status"), <StatusBadge key="status" status={u.status} deleted={u.deleted} />],
    [t("organization"), u.organization ?? ""],
    ...(u.role === "MUNICIPAL_STAFF" ? [[t("deptCurrent"), u.department ?? t("noDept")] as [string, string]] : []),
    [t("createdAt"), formatDate(u.createdAt, locale)],
  ];
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/users" className="underline">
          ← {t("back")}
        </Link>
      </p>
      <PageHeader title={u.isSelf ? `${u.name}（${t("you")}）` : u.name} />
      <Card>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
          {rows.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-medium text-stone-700">{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      </Card>
      {!manageable ? (
        <Notice tone="info">{t("notApplicable")}</Notice>
      ) : (
        <>
          {u.isSelf ? <Notice tone="info">{t("selfNote")}</Notice> : null}
          <Card>
            <PageSection id="handover" title={t("handoverSection")}>
              <p className="mt-2">{t("handoverLead")}</p>
              <h3 className="mt-4 font-bold">{t("counts")}</h3>
              <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="handover-counts">
                {(
                  [
                    ["countChallenges", counts.challenges],
                    ["countThreads", counts.threads],
                    ["countInterests", counts.interests],
                    ["countMatches", counts.matches],
                  ] as const
                ).map(([key, n]) => (
                  <li key={key} className="rounded border border-stone-200 p-2">
                    <span className="block text-sm text-stone-700">{t(key)}</span>
                    <span className="text-lg font-bold">{t("unit", { count: n })}</span>
                  </li>
                ))}
              </ul>
              <HandoverForm
                from={{ id: u.id, name: u.name }}
                counts={counts}
                colleagues={u.colleagues}
                canSuspend={!u.isSelf && u.status === "ACTIVE"}
              />
            </PageSection>
          </Card>
          {u.role === "MUNICIPAL_STAFF" ? (
            <Card>
              <PageSection id="department" title={t("deptSection")}>
                <p className="mt-2">{t("deptLead")}</p>
                <DepartmentForm userId={u.id} departmentId={u.departmentId} departments={u.departments} />
              </PageSection>
            </Card>
          ) : null}
          {u.role === "MUNICIPAL_STAFF" ? (
            <Card>
              <PageSection id="desk" title={td("section")}>
                <p className="mt-2">{td("lead")}</p>
                <DeskForm
                  userId={u.id}
                  isDesk={u.isDesk}
                  texts={{
                    on: td("on"),
                    off: td("off"),
                    give: td("give"),
                    take: td("take"),
                    given: td("given"),
                    taken: td("taken"),
                    working: td("working"),
                  }}
                />
              </PageSection>
            </Card>
          ) : null}
          {u.isSelf ? null : (
            <>
              <Card>
                <PageSection id="status" title={t("statusSection")}>
                  <StatusForm userId={u.id} name={u.name} suspended={u.status === "SUSPENDED"} />
                </PageSection>
              </Card>
              <Card>
                <PageSection id="role" title={t("roleSection")}>
                  <p className="mt-2">{t("roleLead")}</p>
                  <RoleForm
                    userId={u.id}
                    role={u.role}
                    roles={u.roles.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
                  />
                </PageSection>
              </Card>
            </>
          )}
        </>
      )}
    </div>
  );
}
