"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { schemaResolver, useAction } from "@/components/use-action";
import { editAnswerAction } from "@/lib/calls/actions";
import { editAnswerSchema } from "@/lib/calls/schema";
import { AnswerFields, type AnswerFormValues } from "./answer-fields";

type Values = AnswerFormValues & { answerId: string; version: number };
const REASONS = { closed: "closed", stale: "stale", turned: "turnedNoEdit" } as const;

/** 回答を直す: opens the three questions filled in; the version it was loaded at guards a colleague's newer edit. */
export function EditAnswer({
  answer,
  labels: l,
}: {
  answer: AnswerFormValues & { id: string; version: number };
  labels: Record<string, string>;
}) {
  const [open, setOpen] = useState(false);
  const { id, version, ...text } = answer;
  const form = useForm<Values>({
    resolver: schemaResolver<Values>(editAnswerSchema),
    defaultValues: { answerId: id, version, ...text },
  });
  const [refused, setRefused] = useState<string | null>(null);
  const { execute, pending, formError, onInvalid } = useAction(editAnswerAction, {
    setError: form.setError,
    refresh: (r) => r.ok,
    onSuccess: (r) => {
      setRefused(r.ok ? null : l[REASONS[r.reason]]);
      if (r.ok) setOpen(false);
    },
  });
  if (!open)
    return (
      <Button type="button" variant="secondary" className="mt-3" onClick={() => setOpen(true)}>
        {l.edit}
      </Button>
    );
  return (
    <form onSubmit={form.handleSubmit(execute, onInvalid)} className="mt-3 border-t border-stone-200 pt-3" noValidate>
      <FormError message={refused ?? formError} />
      <AnswerFields form={form as never} labels={l} prefix={`${id}-`} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {l.save}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          {l.cancel}
        </Button>
      </div>
    </form>
  );
}
