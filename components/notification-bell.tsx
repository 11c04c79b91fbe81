import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { countUnread } from "@/lib/notifications/queries";
import { UnreadBadge } from "./unread-badge";

/** Header bell: a link to /notifications with the unread count. Renders nothing when signed out. */
export async function NotificationBell() {
  const user = await getCurrentUser();
  if (!user) return null;
  const t = await getTranslations("notifications.bell");
  const unread = await countUnread(user);
  const label = unread > 0 ? t("labelUnread", { count: unread }) : t("labelNone");
  return (
    // No aria-label: the name is built from the text inside, so it contains the visible count
    // (axe label-content-name-mismatch).
    <Link
      href="/notifications"
      title={label}
      className="relative inline-flex min-h-11 min-w-11 items-center justify-center rounded text-stone-700 no-underline hover:bg-stone-100"
      data-testid="notification-bell"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-6"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span className="sr-only">{t("name")}</span>
      <UnreadBadge
        count={unread}
        prefix={t("unreadPrefix")}
        suffix={t("unreadSuffix")}
        className="absolute right-0.5 top-0.5 px-1"
      />
    </Link>
  );
}
