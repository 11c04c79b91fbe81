"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";

export function MarkAllReadButton({ label, doneLabel }: { label: string; doneLabel: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [msg, setMsg] = useState<{ ok: boolean; text?: string }>();
  return (
    <div>
      <FormError message={msg && !msg.ok ? msg.text : undefined} />
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await markAllNotificationsReadAction({});
            setMsg(r.ok ? { ok: true, text: doneLabel } : { ok: false, text: r.formError });
            router.refresh();
          })
        }
      >
        {label}
      </Button>
      <p role="status" className="sr-only">
        {msg?.ok ? msg.text : ""}
      </p>
    </div>
  );
}

export function MarkReadButton({ id, label, title }: { id: string; label: string; title: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      variant="secondary"
      disabled={pending}
      onClick={() =>
        start(async () => {
          await markNotificationReadAction({ id });
          router.refresh();
        })
      }
    >
      {label}
      <span className="sr-only">：{title}</span>
    </Button>
  );
}
