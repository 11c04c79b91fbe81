"use client";
import { useState } from "react";
import { useAction } from "@/components/use-action";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { inviteCasePartnerAction } from "@/lib/replication/actions";

type Labels = {
  button: string;
  sending: string;
  sent: string;
  not_open: string;
  case_unpublished: string;
  interested: string;
};

/** 「招待する」 for one partner company; the page refreshes to show the thread it opened. Labels come from the server. */
export function InvitePartnerButton(props: { challengeId: string; companyId: string; labels: Labels }) {
  const [sent, setSent] = useState(false);
  const [refused, setRefused] = useState<string>();
  const action = useAction(inviteCasePartnerAction, {
    refresh: (d) => d.ok,
    onSuccess: (d): void => (d.ok ? setSent(true) : setRefused(props.labels[d.reason])),
  });
  if (sent)
    return (
      <p role="status" className="text-green-900">
        {props.labels.sent}
      </p>
    );
  return (
    <div>
      <FormError message={action.formError ?? refused} />
      <Button
        type="button"
        onClick={() => action.execute({ challengeId: props.challengeId, companyId: props.companyId })}
        disabled={action.pending}
      >
        {action.pending ? props.labels.sending : props.labels.button}
      </Button>
    </div>
  );
}
