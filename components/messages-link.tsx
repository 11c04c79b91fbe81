import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { countUnreadMessages } from "@/lib/threads/queries";
import { UnreadBadge } from "./unread-badge";

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
      <UnreadBadge
        count={unread}
        prefix={t("unreadPrefix")}
        suffix={t("unreadSuffix")}
        className="px-1.5"
        data-testid="messages-unread"
      />
    </Link>
  );
}
