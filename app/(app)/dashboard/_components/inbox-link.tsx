import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { countInboxAttention } from "@/lib/inbox/queries";
import { BigLink } from "./big-link";

/** 「部署の受信箱」 with what waits there; nothing for staff who belong to no department (they have no inbox). */
export async function InboxLink() {
  const count = await countInboxAttention(await getCurrentUser());
  if (count === null) return null;
  const t = await getTranslations("dashboard.staff");
  return (
    <BigLink
      href="/inbox"
      title={t("inbox")}
      body={count ? t("inboxCount", { count }) : t("inboxBody")}
      primary={count > 0}
    />
  );
}
