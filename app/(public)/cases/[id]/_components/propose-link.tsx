import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import type { SessionUser } from "@/lib/auth/session";
import { companyTookPartIn } from "@/lib/proposals/queries";

/** 「この事例を提案する」 for a member of a company that took part in the case (横展開 to other municipalities). */
export async function ProposeLink({ caseId, user }: { caseId: string; user: SessionUser | null }) {
  if (!(await companyTookPartIn(user, caseId))) return null;
  const t = await getTranslations("proposals.caseLink");
  return (
    <p className="space-y-1">
      <Link
        href={`/proposals/new?case=${caseId}`}
        className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
      >
        {t("label")}
      </Link>
      <span className="block text-sm text-stone-700">{t("hint")}</span>
    </p>
  );
}
