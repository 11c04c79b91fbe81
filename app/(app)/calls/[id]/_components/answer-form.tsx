"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { schemaResolver, useAction } from "@/components/use-action";
import { submitAnswerAction } from "@/lib/calls/actions";
import { answerSchema } from "@/lib/calls/schema";
import { AnswerFields, type AnswerFormValues } from "./answer-fields";

type Values = AnswerFormValues & { callId: string };
const REASONS = { closed: "closed", stale: "stale", turned: "turnedNoEdit" } as const;

/** The department's answer. A refused answer keeps what was typed: the text stays in the form. */
export function AnswerForm({
  callId,
  labels: l,
  again,
}: {
  callId: string;
  labels: Record<string, string>;
  again: boolean;
}) {
  const [done, setDone] = useState(false);
  const form = useForm<Values>({
    resolver: schemaResolver<Values>(answerSchema),
    defaultValues: { callId, trouble: "", tried: "", expectation: "" },
  });
  const [refused, setRefused] = useState<string | null>(null);
  const { execute, pending, formError, onInvalid } = useAction(submitAnswerAction, {
    setError: form.setError,
    refresh: (r) => r.ok,
    onSuccess: (r) => {
      setRefused(r.ok ? null : l[REASONS[r.reason]]);
      if (!r.ok) return;
      form.reset({ callId, trouble: "", tried: "", expectation: "" });
      setDone(true);
    },
  });
  return (
    <form
      onSubmit={(e) => {
        setDone(false);
        return form.handleSubmit(execute, onInvalid)(e);
      }}
      className="mt-2 rounded border border-stone-200 bg-white p-4 sm:p-6"
      noValidate
    >
      {done ? (
        <Notice tone="success" className="mb-4">
          {l.submitted}
        </Notice>
      ) : null}
      <FormError message={refused ?? formError} />
      <AnswerFields form={form as never} labels={l} />
      <Button type="submit" disabled={pending}>
        {again ? l.another : l.submit}
      </Button>
    </form>
  );
}
