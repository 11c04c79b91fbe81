"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useCaseAction } from "./use-case-action";
import {
  createCaseFromMatchAction,
  publishMatchCaseAction,
  requestCaseApprovalAction,
  unpublishMatchCaseAction,
} from "@/lib/case-approval/actions";

const REASONS = {
  stale: "match.stale",
  already: "match.already",
  not_approved: "match.notApproved",
  not_requested: "match.stale",
  not_ready: "match.notReadyNow",
} as const;
export function CreateCaseButton({ matchId }: { matchId: string }) {
  const t = useTranslations("case-approval");
  const router = useRouter();
  const a = useCaseAction(createCaseFromMatchAction, REASONS, (r) => router.push(`/cases/${r.id}/edit`));
  return (
    <div>
      <FormError message={a.formError} />
      <Button type="button" onClick={() => a.execute({ matchId })} disabled={a.pending}>
        {a.pending ? t("match.creating") : t("match.create")}
      </Button>
    </div>
  );
}

export function MatchCaseButtons(p: {
  id: string;
  version: number;
  canRequest: boolean;
  canPublish: boolean;
  canUnpublish: boolean;
}) {
  const t = useTranslations("case-approval");
  const request = useCaseAction(requestCaseApprovalAction, REASONS);
  const publish = useCaseAction(publishMatchCaseAction, REASONS);
  const unpublish = useCaseAction(unpublishMatchCaseAction, REASONS);
  const pending = request.pending || publish.pending || unpublish.pending;
  return (
    <div className="space-y-2">
      <FormError message={request.formError ?? publish.formError ?? unpublish.formError} />
      <div className="flex flex-wrap gap-3">
        {p.canRequest ? (
          <Button type="button" disabled={pending} onClick={() => request.execute({ id: p.id, version: p.version })}>
            {request.pending ? t("match.requesting") : t("match.request")}
          </Button>
        ) : null}
        {p.canPublish ? (
          <Button
            type="button"
            disabled={pending}
            onClick={() => window.confirm(t("match.publishConfirm")) && publish.execute({ id: p.id })}
          >
            {publish.pending ? t("match.publishing") : t("match.publish")}
          </Button>
        ) : null}
        {p.canUnpublish ? (
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            onClick={() => window.confirm(t("match.unpublishConfirm")) && unpublish.execute({ id: p.id })}
          >
            {t("match.unpublish")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
