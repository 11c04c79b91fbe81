import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { getCaseOrigin } from "@/lib/case-approval/queries";
import Link from "@/components/ui/link";
import { OriginBadge } from "./origin-badge";

/**
 * 「Kyoso Hub から生まれた事例」 on a case page the viewer may already read, with the way back to the match for those
 * who may read it. Anonymous visitors get the badge only.
 */
export async function CaseOrigin({ caseId, user }: { caseId: string; user: SessionUser | null }) {
  const origin = await getCaseOrigin(user, caseId);
  if (!origin) return null;
  const t = await getTranslations("case-approval.origin");
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1" data-testid="case-origin">
      <OriginBadge />
      {origin.href ? (
        <Link href={origin.href} className="inline-flex min-h-11 items-center text-sm">
          {origin.href.startsWith("/messages/") ? t("toThread") : t("toMatch")}
        </Link>
      ) : null}
    </p>
  );
}
