import { getTranslations } from "next-intl/server";

export async function PendingNotice() {
  const t = await getTranslations("challenges.pending");
  return (
    <div className="mx-auto max-w-2xl rounded border border-amber-300 bg-amber-50 p-6" data-testid="pending-notice">
      <h1 className="text-xl font-bold text-amber-900">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
    </div>
  );
}
