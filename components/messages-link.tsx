import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { countUnreadMessages } from "@/lib/threads/queries";

/** Header link 「メッセージ」 with the unread count. Renders nothing when signed out. */
export async function MessagesLink() {
  const user = await getCurrentUser();
  if (!user) return null;
  const t = await getTranslations("messages.link");
  const unread = await countUnreadMessages(user);
  return (
    // The accessible name comes from the visible text (axe label-content-name-mismatch).
    <Link
      href="/messages"
      title={unread > 0 ? t("titleUnread", { count: unread }) : t("titleNone")}
      className="inline-flex min-h-11 items-center gap-1.5 rounded px-2 text-stone-800 no-underline hover:bg-stone-100"
      data-testid="messages-link"
    >
      <span>{t("name")}</span>
      {unread > 0 ? (
        <span
          className="min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs font-bold leading-5 text-white"
          data-testid="messages-unread"
        >
          <span className="sr-only">{t("unreadPrefix")}</span>
          {unread > 99 ? "99+" : unread}
          <span className="sr-only">{t("unreadSuffix")}</span>
        </span>
      ) : null}
    </Link>
  );
}
