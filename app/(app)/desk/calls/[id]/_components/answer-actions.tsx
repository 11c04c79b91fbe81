"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { askBackAction, mergeAnswerAction, turnIntoChallengeAction } from "@/lib/calls/actions";
import { QUESTION_MAX } from "@/lib/calls/schema";

const control = "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base";

/** The desk's three moves on one answer: 課題にする, merge it into another, ask the department back. */
export function AnswerActions({
  answer,
  mergeTargets,
  labels: l,
}: {
  answer: { id: string; version: number };
  mergeTargets: { id: string; label: string }[];
  labels: Record<string, string>;
}) {
  const router = useRouter();
  const [note, setNote] = useState<string | null>(null);
  const [into, setInto] = useState("");
  const [question, setQuestion] = useState("");
  const turn = useAction(turnIntoChallengeAction, {
    refresh: false,
    onSuccess: (r) => {
      if (r.ok) return router.push(`/challenges/${r.challengeId}/edit`);
      setNote(r.challengeId ? l.turnStale : l.turnState);
      if (r.challengeId) router.push(`/challenges/${r.challengeId}/edit`);
      else router.refresh();
    },
  });
  const merge = useAction(mergeAnswerAction, { onSuccess: (r) => setNote(r.ok ? null : l.mergeState) });
  const ask = useAction(askBackAction, {
    onSuccess: () => {
      setQuestion("");
      setNote(l.askBackSent);
    },
  });
  const pending = turn.pending || merge.pending || ask.pending;
  const id = (k: string) => `${k}-${answer.id}`;
  return (
    <div className="mt-3 space-y-3 border-t border-stone-200 pt-3">
      <FormError message={turn.formError ?? merge.formError ?? ask.formError} />
      {note ? (
        <p role="status" className="text-sm text-stone-800">
          {note}
        </p>
      ) : null}
      <Button
        type="button"
        disabled={pending}
        onClick={() => turn.execute({ answerId: answer.id, version: answer.version })}
      >
        {l.turn}
      </Button>
      {mergeTargets.length ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            merge.execute({ answerId: answer.id, intoId: into });
          }}
        >
          <div className="min-w-0 flex-1">
            <label htmlFor={id("into")} className="block text-sm font-medium">
              {l.mergeInto}
            </label>
            <select id={id("into")} value={into} onChange={(e) => setInto(e.target.value)} className={control}>
              <option value="">{l.mergePlaceholder}</option>
              {mergeTargets.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary" disabled={pending || !into}>
            {l.merge}
          </Button>
        </form>
      ) : null}
      <details>
        <summary className="min-h-11 cursor-pointer py-2 text-brand-800 underline">{l.askBack}</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            ask.execute({ answerId: answer.id, question });
          }}
        >
          <label htmlFor={id("question")} className="block text-sm font-medium">
            {l.askBackLabel}
          </label>
          <textarea
            id={id("question")}
            rows={3}
            maxLength={QUESTION_MAX}
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
            aria-invalid={ask.fieldErrors.question ? true : undefined}
            className={control}
          />
          {ask.fieldErrors.question ? (
            <p role="alert" className="mt-1 text-sm text-red-700">
              {ask.fieldErrors.question.join(" ")}
            </p>
          ) : null}
          <Button type="submit" variant="secondary" disabled={pending} className="mt-2">
            {l.askBackSend}
          </Button>
        </form>
      </details>
    </div>
  );
}
