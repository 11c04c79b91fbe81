"use client";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { closeCallAction } from "@/lib/calls/actions";

export function CloseCallButton({ callId, labels: l }: { callId: string; labels: Record<string, string> }) {
  const { execute, pending, formError } = useAction(closeCallAction);
  return (
    <div>
      <FormError message={formError} />
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (window.confirm(l.closeConfirm)) execute({ callId });
        }}
      >
        {l.close}
      </Button>
    </div>
  );
}
