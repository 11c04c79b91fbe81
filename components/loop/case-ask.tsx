import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import { getAskState } from "@/lib/peer/queries";
import { PeerAskForm } from "./peer-forms";

/**
 * 「実施自治体に質問する」 on a case page, for active staff of another municipality than the case's (nothing for
 * anyone else). A clerk with an open question on the case goes on with it instead of starting a second one.
 */
export async function CaseAsk({ caseId, user }: { caseId: string; user: SessionUser | null }) {
  const state = await getAskState(user, caseId);
  if (!state) return null;
  const t = await getTranslations("peer.ask");
  return (
    <Card as="section" padding="lg" className="space-y-3" aria-labelledby="peer-ask" data-testid="case-ask">
      <h2 id="peer-ask" className="text-lg font-bold">
        {t("title")}
      </h2>
      {state.open ? (
        <p className="break-words">
          {t("open", { subject: state.open.subject })}{" "}
          <Link href={`/peer/${state.open.id}`} className="inline-flex min-h-11 items-center">
            {t("openLink")}
          </Link>
        </p>
      ) : (
        <>
          <p className="text-stone-700">{t("lead", { municipality: state.municipality })}</p>
          <details>
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800">
              {t("write")}
            </summary>
            <div className="mt-3">
              <PeerAskForm
                caseId={caseId}
                texts={{
                  subject: t("subject"),
                  subjectHint: t("subjectHint"),
                  body: t("body"),
                  bodyHint: t("bodyHint"),
                  submit: t("submit"),
                  sending: t("sending"),
                  rateLimited: t.raw("rateLimited") as string,
                }}
              />
            </div>
          </details>
        </>
      )}
    </Card>
  );
}
