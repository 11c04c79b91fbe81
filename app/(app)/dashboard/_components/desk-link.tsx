import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { isDeskUser } from "@/lib/desk/access";
import { BigLink } from "./big-link";

/** 「官民連携窓口」 for staff who run their municipality's desk; nothing for anyone else. */
export async function DeskLink() {
  if (!isDeskUser(await getCurrentUser())) return null;
  const t = await getTranslations("desk.dashboard");
  return <BigLink href="/desk" title={t("title")} body={t("body")} />;
}
