"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";

export function MarkAllReadButton({ label, doneLabel }: { label: string; doneLabel: string }) {
  const [done, setDone] = useState(false);
  const { execute, pending, formError } = useAction(markAllNotificationsReadAction, {
    onSuccess: () => setDone(true),
    onError: () => setDone(false),
  });
  return (
    <div>
      <FormError message={formError} />
      <Button variant="secondary" disabled={pending} onClick={() => execute({})}>
        {label}
      </Button>
      <p role="status" className="sr-only">
        {done ? doneLabel : ""}
      </p>
    </div>
  );
}

export function MarkReadButton({ id, label, title }: { id: string; label: string; title: string }) {
  // A failed mark is left silent: the item simply stays unread, and the page says so.
  const { execute, pending } = useAction(markNotificationReadAction);
  return (
    <Button variant="secondary" disabled={pending} onClick={() => execute({ id })}>
      {label}
      <span className="sr-only">：{title}</span>
    </Button>
  );
}
