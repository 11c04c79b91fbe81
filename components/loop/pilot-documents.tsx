import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";

/**
 * The pilot's generated documents (協定書（案）, 評価シート) on /pilots/[id]. The page has already checked that the
 * viewer reads this pilot; the downloads check again in their own query. Plain <a>: a download must reach the server
 * as a full request (docs/architecture.md, Links).
 */
export async function PilotDocuments({ pilotId }: { pilotId: string; user?: SessionUser | null }) {
  const t = await getTranslations("budget-path.documents");
  const link = "inline-flex min-h-11 items-center underline";
  return (
    <section aria-labelledby="pilot-documents-heading" className="space-y-2" data-testid="pilot-documents">
      <h2 id="pilot-documents-heading" className="text-lg font-bold">
        {t("title")}
      </h2>
      <ul className="flex flex-wrap gap-x-6">
        <li>
          <a className={link} href={`/api/pilots/${pilotId}/agreement`} download>
            {t("agreement")}
          </a>
        </li>
        <li>
          <a className={link} href={`/api/pilots/${pilotId}/review-sheet`} download>
            {t("reviewSheet")}
          </a>
        </li>
      </ul>
      <p className="text-sm text-stone-700">{t("hint")}</p>
    </section>
  );
}
