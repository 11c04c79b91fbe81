"use client";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { setDeskFlagAction } from "@/lib/admin/actions";
import { Done } from "./done";
import { useAdminAction } from "./use-admin-action";

type Texts = Record<"on" | "off" | "give" | "take" | "given" | "taken" | "working", string>;

/** The clerk's 官民連携窓口 flag; the texts come from the page (the desk's namespace is not sent to /admin). */
export function DeskForm({ userId, isDesk, texts: t }: { userId: string; isDesk: boolean; texts: Texts }) {
  const a = useAdminAction(setDeskFlagAction, () => (isDesk ? t.taken : t.given));
  return (
    <div className="mt-3">
      <FormError message={a.formError} />
      <p data-testid="desk-flag">{isDesk ? t.on : t.off}</p>
      <Button
        type="button"
        variant={isDesk ? "secondary" : "primary"}
        className="mt-3"
        disabled={a.pending}
        onClick={() => a.execute({ userId, isDesk: !isDesk })}
      >
        {a.pending ? t.working : isDesk ? t.take : t.give}
      </Button>
      <Done message={a.message} />
    </div>
  );
}
