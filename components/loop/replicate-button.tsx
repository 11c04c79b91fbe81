"use client";
import { useRouter } from "next/navigation";
import { useAction } from "@/components/use-action";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { replicateCaseAction } from "@/lib/replication/actions";

/** Makes (or finds) the town's draft from the case, then opens the wizard on it. Labels come from the server. */
export function ReplicateButton({ caseId, label, working }: { caseId: string; label: string; working: string }) {
  const router = useRouter();
  const { execute, pending, formError } = useAction(replicateCaseAction, {
    refresh: false,
    onSuccess: (d) => router.push(`/challenges/${d.id}/edit`),
  });
  return (
    <div>
      <FormError message={formError} />
      <Button type="button" onClick={() => execute({ caseId })} disabled={pending}>
        {pending ? working : label}
      </Button>
    </div>
  );
}
