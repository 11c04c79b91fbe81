"use client";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import Link from "@/components/ui/link";
import { errorText, FormError, TextField } from "@/components/ui/field";
import { SaveBar } from "@/components/ui/save-bar";
import { schemaResolver, useAction } from "@/components/use-action";
import { saveDeskSettingsAction } from "@/lib/desk/settings-actions";
import { deskSettingsSchema, type DeskSettingsInput } from "@/lib/desk/settings-schema";

type Text = Record<
  | "legend"
  | "firstAnswerDays"
  | "firstAnswerHint"
  | "stepDays"
  | "stepHint"
  | "unit"
  | "businessDays"
  | "example"
  | "exampleStep"
  | "recompute"
  | "publicLegend"
  | "publicLabel"
  | "publicHint"
  | "publicLink"
  | "save"
  | "saved"
  | "savedMoved",
  string
>;

/** "{date}" / "{count}" in a message the page passed raw (this form's texts travel as props, not a namespace). */
const fill = (s: string, values: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

const asDays = (v: unknown): number | null => {
  const n = Number(String(v ?? "").replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  return Number.isInteger(n) ? n : null;
};

export function DeskSettingsForm({
  initial,
  firstDue,
  stepDue,
  publicHref,
  text,
}: {
  initial: DeskSettingsInput;
  firstDue: Record<number, string>;
  stepDue: Record<number, string>;
  publicHref: string | null;
  text: Text;
}) {
  const [saved, setSaved] = useState("");
  const form = useForm<DeskSettingsInput>({ resolver: schemaResolver(deskSettingsSchema), defaultValues: initial });
  const v = useWatch({ control: form.control });
  const { execute, pending, formError, onInvalid } = useAction(saveDeskSettingsAction, {
    setError: form.setError,
    onSuccess: (r) => setSaved(r.moved > 0 ? fill(text.savedMoved, { count: r.moved }) : text.saved),
    onError: () => setSaved(""),
  });
  const errors = form.formState.errors;
  const first = firstDue[asDays(v.firstAnswerDays) ?? 0];
  const step = stepDue[asDays(v.stepDays) ?? 0];
  const onChange = () => setSaved("");

  return (
    <form
      onSubmit={form.handleSubmit(execute, onInvalid)}
      onChange={onChange}
      className="space-y-4 rounded border border-stone-200 bg-white p-4 sm:p-6"
      noValidate
    >
      <FormError message={formError} />
      <fieldset>
        <legend className="text-lg font-bold">{text.legend}</legend>
        <p className="mb-3 text-sm text-stone-600">{text.businessDays}</p>
        <TextField
          {...form.register("firstAnswerDays")}
          label={`${text.firstAnswerDays}（${text.unit}）`}
          hint={text.firstAnswerHint}
          error={errorText(errors.firstAnswerDays)}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <TextField
          {...form.register("stepDays")}
          label={`${text.stepDays}（${text.unit}）`}
          hint={text.stepHint}
          error={errorText(errors.stepDays)}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <div className="rounded bg-stone-50 p-3 text-sm" aria-live="polite">
          {first ? <p>{fill(text.example, { date: first })}</p> : null}
          {step ? <p>{fill(text.exampleStep, { date: step })}</p> : null}
          <p className="mt-1 text-stone-600">{text.recompute}</p>
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-lg font-bold">{text.publicLegend}</legend>
        <label className="mt-2 flex min-h-11 cursor-pointer items-center gap-3 rounded border border-stone-300 px-3 py-2">
          <input type="checkbox" {...form.register("publicLog")} className="size-5 accent-brand-700" />
          <span className="font-medium">{text.publicLabel}</span>
        </label>
        <p className="mt-1 text-sm text-stone-600">{text.publicHint}</p>
        {publicHref && initial.publicLog ? (
          <p className="mt-1">
            <Link href={publicHref} className="inline-flex min-h-11 items-center">
              {text.publicLink}
            </Link>
          </p>
        ) : null}
      </fieldset>
      <SaveBar pending={pending} saved={saved}>
        {text.save}
      </SaveBar>
    </form>
  );
}
