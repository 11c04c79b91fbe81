import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { countPeerUnread } from "@/lib/peer/queries";
import { BigLink } from "./big-link";

/** 「自治体間の質問」 with the conversations that have something unread. */
export async function PeerLink() {
  const user = await getCurrentUser();
  if (user?.status !== "ACTIVE") return null;
  const count = await countPeerUnread(user);
  const t = await getTranslations("peer.dashboard");
  return (
    <BigLink href="/peer" title={t("title")} body={count ? t("unread", { count }) : t("body")} primary={count > 0} />
  );
}
