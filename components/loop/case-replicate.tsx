import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { getReplicateEntry } from "@/lib/replication/queries";
import { Card } from "@/components/ui/card";
import { ReplicateButton } from "./replicate-button";

/**
 * 「この事例を自分のまちでも」 on a case page: ACTIVE staff of another municipality only (nothing for anonymous
 * visitors, companies, coordinators or the case's own municipality). Pressing it again opens the town's draft.
 */
export async function CaseReplicate({ caseId, user }: { caseId: string; user: SessionUser | null }) {
  const entry = await getReplicateEntry(user, caseId);
  if (!entry) return null;
  const t = await getTranslations("replication.case");
  return (
    <Card as="section" aria-labelledby="replicate-heading" className="space-y-2" data-testid="case-replicate">
      <h2 id="replicate-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <p className="text-stone-700">{entry.draftId ? t("draftHint") : t("hint")}</p>
      <ReplicateButton caseId={caseId} label={t("button")} working={t("working")} />
    </Card>
  );
}
