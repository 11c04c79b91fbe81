"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { errorText, FieldsetHead, FormError, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { schemaResolver, useAction } from "@/components/use-action";
import { createPilotAction, updatePilotAction } from "@/lib/pilots/actions";
import {
  COST_NOTE_MAX,
  CRITERIA_MAX,
  CRITERION_MAX,
  createPilotSchema,
  PROVIDES_MAX,
  PURPOSE_MAX,
  TITLE_MAX,
  todayJst,
  updatePilotSchema,
} from "@/lib/pilots/schema";

export type PilotValues = {
  title: string;
  purpose: string;
  criteria: { label: string; target: string; baseline: string }[];
  startsOn: string;
  endsOn: string;
  cityProvides: string;
  companyProvides: string;
  cost: "FREE" | "PAID";
  costAmount: string;
  costNote: string;
  midReviewOn: string;
  endReviewOn: string;
};
type Mode = { matchId: string } | { id: string; version: number };
type Outcome = { ok: true; id: string; version: number } | { ok: false; reason: string; id?: string };

/**
 * Creates a pilot (`matchId`) or edits its terms (`id` + the version the page shows). Whatever goes wrong (a refusal,
 * a colleague's edit first) the fields keep what was typed.
 */
export function PilotForm({ mode, initial }: { mode: Mode; initial: PilotValues }) {
  const t = useTranslations("pilots.form");
  const tr = useTranslations("pilots.refusal");
  const router = useRouter();
  const creating = "matchId" in mode;
  const [saved, setSaved] = useState<"saved" | "unchanged" | null>(null);
  const [stale, setStale] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const form = useForm<PilotValues & { matchId?: string; id?: string; expectedVersion?: number }>({
    resolver: schemaResolver(creating ? createPilotSchema : updatePilotSchema),
    defaultValues: { ...initial, ...("version" in mode ? { id: mode.id, expectedVersion: mode.version } : mode) },
  });
  const rows = useFieldArray({ control: form.control, name: "criteria" });
  const action = (i: PilotValues & Record<string, unknown>) =>
    creating ? createPilotAction(i as never) : updatePilotAction(i as never);
  const { execute, pending, formError, fail, onInvalid } = useAction(action, {
    setError: form.setError,
    refresh: (r: Outcome) => r.ok && !creating,
    onSuccess: (r: Outcome): void => {
      if (!r.ok) {
        setStale(r.reason === "stale");
        setOpenId(r.reason === "open_exists" ? (r.id ?? null) : null);
        fail({ formError: tr(r.reason as "stale") });
        return;
      }
      if (creating) return void router.push(`/pilots/${r.id}`);
      setSaved("version" in mode && r.version === mode.version ? "unchanged" : "saved");
    },
  });
  const errors = form.formState.errors;
  const field = (name: Exclude<keyof PilotValues, "criteria" | "cost">) => ({
    ...form.register(name),
    error: errorText(errors[name]),
  });
  const [startsOn, cost] = useWatch({ control: form.control, name: ["startsOn", "cost"] });
  const paid = cost === "PAID";
  return (
    <form
      noValidate
      data-testid="pilot-form"
      onSubmit={(e) => {
        setSaved(null);
        // The version the page shows now: a save refreshes it, and the next save must say so.
        const extra = "version" in mode ? { id: mode.id, expectedVersion: mode.version } : { matchId: mode.matchId };
        return form.handleSubmit((v) => execute({ ...v, ...extra }), onInvalid)(e);
      }}
    >
      <FormError message={formError} />
      {stale ? (
        <Button type="button" variant="secondary" className="mb-4" onClick={() => window.location.reload()}>
          {t("reload")}
        </Button>
      ) : null}
      {openId ? (
        <p className="mb-4">
          <Link href={`/pilots/${openId}`}>{tr("open_exists")}</Link>
        </p>
      ) : null}
      <TextField {...field("title")} label={t("title")} maxLength={TITLE_MAX} required />
      <TextAreaField
        {...field("purpose")}
        label={t("purpose")}
        hint={t("purposeHint")}
        maxLength={PURPOSE_MAX}
        required
      />
      <fieldset className="mb-4 min-w-0" aria-describedby="criteria-hint">
        <FieldsetHead name="criteria" legend={t("criteria")} hint={t("criteriaHint")} />
        {errors.criteria?.root?.message || errors.criteria?.message ? (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {errors.criteria?.root?.message ?? errors.criteria?.message}
          </p>
        ) : null}
        <ol className="mt-2 space-y-3">
          {rows.fields.map((row, i) => (
            <li key={row.id} className="rounded border border-stone-200 p-3" data-testid="criterion-row">
              <div className="flex items-center justify-between gap-2">
                <p className="font-medium">{t("criterion", { n: i + 1 })}</p>
                {rows.fields.length > 1 ? (
                  <Button type="button" variant="secondary" onClick={() => rows.remove(i)}>
                    {t("removeCriterion", { n: i + 1 })}
                  </Button>
                ) : null}
              </div>
              <div className="grid gap-x-3 sm:grid-cols-3">
                {(["label", "target", "baseline"] as const).map((k) => (
                  <TextField
                    key={k}
                    {...form.register(`criteria.${i}.${k}`)}
                    id={`criteria-${i}-${k}`}
                    label={t(k)}
                    maxLength={CRITERION_MAX}
                    required={k !== "baseline"}
                    error={errorText(errors.criteria?.[i]?.[k])}
                  />
                ))}
              </div>
            </li>
          ))}
        </ol>
        {rows.fields.length < CRITERIA_MAX ? (
          <Button
            type="button"
            variant="secondary"
            className="mt-3"
            onClick={() => rows.append({ label: "", target: "", baseline: "" })}
          >
            {t("addCriterion")}
          </Button>
        ) : null}
      </fieldset>
      <fieldset className="mb-4 min-w-0">
        <FieldsetHead name="period" legend={t("period")} hint={t("periodHint")} />
        <div className="mt-2 grid gap-x-4 sm:grid-cols-2">
          <TextField {...field("startsOn")} type="date" label={t("startsOn")} required />
          <TextField {...field("endsOn")} type="date" label={t("endsOn")} required />
        </div>
        {startsOn && startsOn < todayJst() ? (
          <Notice tone="warning" className="mb-4" data-testid="late-note">
            {t("lateNote")}
          </Notice>
        ) : null}
      </fieldset>
      <TextAreaField
        {...field("cityProvides")}
        label={t("cityProvides")}
        hint={t("cityProvidesHint")}
        rows={3}
        maxLength={PROVIDES_MAX}
        required
      />
      <TextAreaField
        {...field("companyProvides")}
        label={t("companyProvides")}
        hint={t("companyProvidesHint")}
        rows={3}
        maxLength={PROVIDES_MAX}
        required
      />
      <fieldset className="mb-4 min-w-0">
        <FieldsetHead name="cost" legend={t("cost")} />
        {(["FREE", "PAID"] as const).map((c) => (
          <label key={c} className="mt-2 flex min-h-11 items-center gap-2">
            <input type="radio" value={c} {...form.register("cost")} />
            {t(c === "FREE" ? "costFree" : "costPaid")}
          </label>
        ))}
        {errors.cost ? (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {errors.cost.message}
          </p>
        ) : null}
        {paid ? <TextField {...field("costAmount")} inputMode="numeric" label={t("costAmount")} required /> : null}
        <TextField {...field("costNote")} label={t("costNote")} maxLength={COST_NOTE_MAX} />
      </fieldset>
      <fieldset className="mb-4 min-w-0">
        <FieldsetHead name="reviews" legend={t("reviews")} />
        <div className="mt-2 grid gap-x-4 sm:grid-cols-2">
          <TextField {...field("midReviewOn")} type="date" label={t("midReviewOn")} hint={t("midReviewHint")} />
          <TextField
            {...field("endReviewOn")}
            type="date"
            label={t("endReviewOn")}
            hint={t("endReviewHint")}
            required
          />
        </div>
      </fieldset>
      {creating ? null : <p className="mb-3 text-stone-700">{t("editHint")}</p>}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : creating ? t("create") : t("save")}
        </Button>
        <p role="status" className="text-green-900">
          {saved ? t(saved) : ""}
        </p>
      </div>
    </form>
  );
}
