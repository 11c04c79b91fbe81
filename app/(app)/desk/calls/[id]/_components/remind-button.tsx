"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/use-action";
import { remindDepartmentAction } from "@/lib/calls/actions";

const REASONS = { today: "remindToday", answered: "remindAnswered", closed: "remindClosed" } as const;

export function RemindButton({
  callId,
  departmentId,
  labels: l,
}: {
  callId: string;
  departmentId: string;
  labels: Record<string, string>;
}) {
  const [said, setSaid] = useState<string | null>(null);
  const { execute, pending, formError } = useAction(remindDepartmentAction, {
    onSuccess: (r) => setSaid(r.ok ? l.reminded : l[REASONS[r.reason]]),
  });
  return (
    <div>
      <Button type="button" variant="secondary" disabled={pending} onClick={() => execute({ callId, departmentId })}>
        {l.remind}
      </Button>
      {said || formError ? (
        <p role="status" className="mt-1 text-sm text-stone-700">
          {said ?? formError}
        </p>
      ) : null}
    </div>
  );
}
