import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Pagination } from "@/components/ui/pagination";
import { requirePageRole } from "@/lib/auth/session";
import { listThreads, THREAD_PAGE_SIZE } from "@/lib/threads/queries";
import { threadListParams } from "@/lib/threads/schema";
import { formatDateTime } from "@/lib/format";
import { CAN, isCompanyMember, isCoordinator, isMunicipalStaff } from "@/lib/auth/roles";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messages.list");
  return { title: t("meta") };
}

export default async function MessagesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(CAN.useOwnAccount);
  const t = await getTranslations("messages");
  const locale = await getLocale();
  const parsed = threadListParams.safeParse(await searchParams);
  const page = parsed.success ? parsed.data.page : 1;
  const list = await listThreads(user, { page });
  // An empty inbox still leads somewhere: where this role starts the conversations that will land here.
  const emptyNext = (u: typeof user) =>
    isCompanyMember(u)
      ? { href: "/challenges", label: t("list.emptyNext.company") }
      : isMunicipalStaff(u)
        ? { href: "/my/challenges", label: t("list.emptyNext.staff") }
        : isCoordinator(u)
          ? { href: "/pipeline", label: t("list.emptyNext.coordinator") }
          : undefined;
  // The other party's name: staff see the company, the company sees the municipality, coordinators both.
  const other = (th: (typeof list.items)[number]) =>
    isMunicipalStaff(user)
      ? th.company.name
      : isCompanyMember(user)
        ? [th.municipality.name, th.department?.name].filter(Boolean).join(" ")
        : t("thread.between", { municipality: th.municipality.name, company: th.company.name });

  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <PageHeader title={t("list.title")} description={t("list.lead")} />
      {user.status !== "ACTIVE" ? <Notice tone="warning">{t("list.pending")}</Notice> : null}
      {list.items.length === 0 ? (
        <EmptyState action={emptyNext(user)}>{t("list.empty")}</EmptyState>
      ) : (
        <Card as="ul" padding="none" className="divide-y divide-stone-200" data-testid="thread-list">
          {list.items.map((th) => (
            <li
              key={th.id}
              data-testid="thread-item"
              data-unread={th.unread > 0 ? "true" : undefined}
              className={`p-4 ${th.unread > 0 ? "border-l-4 border-l-brand-700 bg-brand-50/40" : ""}`}
            >
              <div className="flex flex-wrap items-center gap-2 text-sm">
                {th.unread > 0 ? <Badge tone="danger">{t("list.unread", { count: th.unread })}</Badge> : null}
                <Badge tone="brand">{t(`kinds.${th.kind}`)}</Badge>
                <span className="text-stone-600">
                  {t("list.lastActivity", { time: formatDateTime(th.lastMessageAt, locale) })}
                </span>
              </div>
              <Link
                href={`/messages/${th.id}`}
                className={`mt-1 block min-h-11 break-words py-2 text-lg ${th.unread > 0 ? "font-bold" : ""}`}
              >
                {th.subject ?? t("thread.nowPrivate")}
              </Link>
              <p className="break-words text-sm text-stone-700">{t("list.with", { name: other(th) })}</p>
              {th.challenge ? (
                <p className="break-words text-sm text-stone-700">
                  {t("list.challenge", { title: th.challenge.title })}
                </p>
              ) : null}
            </li>
          ))}
        </Card>
      )}
      {list.total > THREAD_PAGE_SIZE ? (
        <Pagination page={list.page} pageSize={THREAD_PAGE_SIZE} total={list.total} basePath="/messages" params={{}} />
      ) : null}
    </div>
  );
}
