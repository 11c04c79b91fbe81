import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** A settings form's submit button and, next to it, a status line that screen readers announce once saved. */
export function SaveBar({ pending, saved, children }: { pending: boolean; saved: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-4">
      <Button type="submit" disabled={pending}>
        {children}
      </Button>
      <p role="status" className="font-medium text-brand-800">
        {saved}
      </p>
    </div>
  );
}
