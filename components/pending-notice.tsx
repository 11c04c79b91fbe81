import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

export async function PendingNotice() {
  const t = await getTranslations("challenges.pending");
  return (
    <Notice as="div" tone="warning" className="mx-auto max-w-2xl" data-testid="pending-notice">
      <h1 className="text-xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
    </Notice>
  );
}
