import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Pagination } from "@/components/ui/pagination";
import { requirePageRole } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { countUnread, listNotifications, PAGE_SIZE } from "@/lib/notifications/queries";
import { notificationListParams } from "@/lib/notifications/schema";
import { isLocale } from "@/lib/i18n/config";
import { MarkAllReadButton, MarkReadButton } from "./_components/mark-buttons";
import { CAN } from "@/lib/auth/roles";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications.centre");
  return { title: t("meta") };
}

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(CAN.useOwnAccount);
  const t = await getTranslations("notifications");
  const locale = await getLocale();
  const parsed = notificationListParams.safeParse(await searchParams);
  const page = parsed.success ? parsed.data.page : 1;
  const [list, unread] = await Promise.all([
    listNotifications(user, { page, locale: isLocale(locale) ? locale : undefined }),
    countUnread(user),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("centre.title")}
        description={t("centre.lead")}
        actions={
          <>
            <Link href="/settings/alerts" className="inline-flex min-h-11 items-center">
              {t("centre.settings")}
            </Link>
            {unread > 0 ? <MarkAllReadButton label={t("centre.markAllRead")} doneLabel={t("centre.allRead")} /> : null}
          </>
        }
      >
        <p className="mt-1 text-sm text-stone-600">{t("centre.count", { total: list.total, unread })}</p>
      </PageHeader>
      {list.items.length === 0 ? (
        <EmptyState>{t("centre.empty")}</EmptyState>
      ) : (
        <Card as="ul" padding="none" className="divide-y divide-stone-200" data-testid="notification-list">
          {list.items.map((n) => (
            <li
              key={n.id}
              className={`flex flex-col gap-3 p-4 sm:flex-row sm:items-center ${n.readAt ? "" : "border-l-4 border-l-brand-700 bg-brand-50/40"}`}
              data-unread={n.readAt ? undefined : "true"}
            >
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  {n.readAt ? null : <Badge tone="danger">{t("centre.unread")}</Badge>}
                  <Badge tone="brand">{t(`types.${n.type}`)}</Badge>
                  <span className="text-stone-600">{formatDateTime(n.createdAt, locale)}</span>
                </div>
                {/* A plain <a>: opening marks it read, so it must never be prefetched. */}
                <a
                  href={`/notifications/${n.id}/open`}
                  className={`mt-1 block break-words ${n.readAt ? "" : "font-bold"}`}
                >
                  {n.title}
                </a>
                {n.body ? (
                  <p className="mt-1 whitespace-pre-line break-words text-sm text-stone-700">{n.body}</p>
                ) : null}
              </div>
              {n.readAt ? null : <MarkReadButton id={n.id} label={t("centre.markRead")} title={n.title} />}
            </li>
          ))}
        </Card>
      )}
      {list.total > PAGE_SIZE ? (
        <Pagination page={list.page} pageSize={PAGE_SIZE} total={list.total} basePath="/notifications" params={{}} />
      ) : null}
    </div>
  );
}
