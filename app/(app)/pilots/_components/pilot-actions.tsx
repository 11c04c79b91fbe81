"use client";
import { useState } from "react";
import { useForm, type FieldValues, type UseFormSetError } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FieldsetHead, FormError, TextAreaField, TextField } from "@/components/ui/field";
import { schemaResolver, useAction } from "@/components/use-action";
import {
  agreePilotAction,
  cancelPilotAction,
  endReviewPilotAction,
  midReviewPilotAction,
  savePilotNoteAction,
} from "@/lib/pilots/actions";
import {
  cancelPilotSchema,
  endReviewSchema,
  midReviewSchema,
  NOTE_MAX,
  pilotNoteSchema,
  REASON_MAX,
  RESULT_MAX,
  REVIEW_MAX,
} from "@/lib/pilots/schema";
import type { ActionResult } from "@/lib/action";

type Outcome = { ok: true; id: string; version: number } | { ok: false; reason: string };

/**
 * One pilot action: refusals ({ ok: false, reason }) become their Japanese message, the page refreshes only on
 * success, and a form's fields keep what was typed either way.
 */
function usePilotAction<I, F extends FieldValues = FieldValues>(
  action: (i: I) => Promise<ActionResult<Outcome>>,
  opts: { setError?: UseFormSetError<F> } = {},
) {
  const tr = useTranslations("pilots.refusal");
  const [done, setDone] = useState(false);
  const r = useAction<I, Outcome, F>(action, {
    setError: opts.setError,
    refresh: (o: Outcome) => o.ok,
    onSuccess: (o: Outcome) => {
      setDone(o.ok);
      if (!o.ok) r.fail({ formError: tr(o.reason as "stale") });
    },
  });
  return { ...r, done };
}

/** 「この内容で合意する」 for the viewer's side, on the version the page shows. */
export function AgreeButton({ id, version }: { id: string; version: number }) {
  const t = useTranslations("pilots.detail");
  const { execute, pending, formError } = usePilotAction(agreePilotAction);
  return (
    <div data-testid="pilot-agree">
      <FormError message={formError} />
      <Button type="button" disabled={pending} onClick={() => execute({ id, expectedVersion: version })}>
        {pending ? t("agreeing") : t("agree")}
      </Button>
    </div>
  );
}

export function CancelForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("pilots.detail");
  const form = useForm<{ reason: string }>({ resolver: schemaResolver(cancelPilotSchema.pick({ reason: true })) });
  const { execute, pending, formError, onInvalid } = usePilotAction(cancelPilotAction, { setError: form.setError });
  return (
    <details className="mt-4" data-testid="pilot-cancel">
      <summary className="min-h-11 cursor-pointer py-2 text-red-800">{t("cancel")}</summary>
      <form
        noValidate
        className="mt-2"
        onSubmit={form.handleSubmit((v) => execute({ ...v, id, expectedVersion: version }), onInvalid)}
      >
        <FormError message={formError} />
        <TextAreaField
          {...form.register("reason")}
          id="cancel-reason"
          label={t("cancelReason")}
          rows={3}
          maxLength={REASON_MAX}
          required
          error={errorText(form.formState.errors.reason)}
        />
        <Button type="submit" variant="danger" disabled={pending}>
          {t("cancelSave")}
        </Button>
      </form>
    </details>
  );
}

export function MidReviewForm({ id, version, initial }: { id: string; version: number; initial: string }) {
  const t = useTranslations("pilots.detail");
  const form = useForm<{ note: string }>({
    resolver: schemaResolver(midReviewSchema.pick({ note: true })),
    defaultValues: { note: initial },
  });
  const { execute, pending, formError, onInvalid, done } = usePilotAction(midReviewPilotAction, {
    setError: form.setError,
  });
  return (
    <form
      noValidate
      data-testid="pilot-mid-review"
      onSubmit={form.handleSubmit((v) => execute({ ...v, id, expectedVersion: version }), onInvalid)}
    >
      <FormError message={formError} />
      <TextAreaField
        {...form.register("note")}
        id="mid-review-note"
        label={t("midReviewNote")}
        rows={4}
        maxLength={REVIEW_MAX}
        required
        error={errorText(form.formState.errors.note)}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {t("midReviewSave")}
        </Button>
        <p role="status" className="text-green-900">
          {done ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}

type EndValues = { results: { id: string; met: string; result: string }[]; summary: string };

export function EndReviewForm({
  id,
  version,
  criteria,
}: {
  id: string;
  version: number;
  criteria: { id: string; label: string; target: string }[];
}) {
  const t = useTranslations("pilots.detail");
  const form = useForm<EndValues>({
    resolver: schemaResolver(endReviewSchema.pick({ results: true, summary: true })),
    defaultValues: { results: criteria.map((c) => ({ id: c.id, met: "", result: "" })), summary: "" },
  });
  const { execute, pending, formError, onInvalid } = usePilotAction(endReviewPilotAction, {
    setError: form.setError,
  });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      data-testid="pilot-end-review"
      onSubmit={form.handleSubmit((v) => execute({ ...v, id, expectedVersion: version } as never), onInvalid)}
    >
      <FormError message={formError} />
      {criteria.map((c, i) => (
        <fieldset key={c.id} className="mb-4 min-w-0 rounded border border-stone-200 p-3">
          <FieldsetHead name={`results-${i}`} legend={`${c.label}（${c.target}）`} />
          <div className="mt-1 flex flex-wrap gap-4">
            {(["MET", "NOT_MET"] as const).map((m) => (
              <label key={m} className="flex min-h-11 items-center gap-2">
                <input type="radio" value={m} {...form.register(`results.${i}.met`)} />
                {t(m === "MET" ? "metChoice" : "notMetChoice")}
              </label>
            ))}
          </div>
          {errors.results?.[i]?.met ? (
            <p role="alert" className="text-sm text-red-700">
              {errors.results[i]?.met?.message}
            </p>
          ) : null}
          <TextField
            {...form.register(`results.${i}.result`)}
            id={`results-${i}-result`}
            label={t("resultFigure")}
            maxLength={RESULT_MAX}
            required
            error={errorText(errors.results?.[i]?.result)}
          />
        </fieldset>
      ))}
      <TextAreaField
        {...form.register("summary")}
        id="end-review-summary"
        label={t("summary")}
        rows={4}
        maxLength={REVIEW_MAX}
        required
        error={errorText(errors.summary)}
      />
      <Button type="submit" disabled={pending}>
        {t("endReviewSave")}
      </Button>
    </form>
  );
}

export function NoteForm({ id, label, initial }: { id: string; label: string; initial: string }) {
  const t = useTranslations("pilots.detail");
  const form = useForm<{ note: string }>({
    resolver: schemaResolver(pilotNoteSchema.pick({ note: true })),
    defaultValues: { note: initial },
  });
  const { execute, pending, formError, onInvalid, done } = usePilotAction(savePilotNoteAction, {
    setError: form.setError,
  });
  return (
    <form noValidate data-testid="pilot-note" onSubmit={form.handleSubmit((v) => execute({ ...v, id }), onInvalid)}>
      <FormError message={formError} />
      <TextAreaField
        {...form.register("note")}
        id="pilot-note"
        label={label}
        rows={3}
        maxLength={NOTE_MAX}
        error={errorText(form.formState.errors.note)}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("noteSave")}
        </Button>
        <p role="status" className="text-green-900">
          {done ? t("noteSaved") : ""}
        </p>
      </div>
    </form>
  );
}
