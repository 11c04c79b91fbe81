"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { schemaResolver, useAction } from "@/components/use-action";
import { updateMatchAction } from "@/lib/matches/actions";
import { updateSchema } from "@/lib/matches/schema";

export type EditValues = {
  id: string;
  coordinatorId: string;
  departmentId: string;
  contentOrganized: boolean;
  nextAction: string;
  nextActionOn: string;
  internalNote: string;
};
type Option = { value: string; label: string };

/** Coordinators edit the match's working data; the version guard catches a colleague's edit in between. */
export function EditForm({
  initial,
  version,
  departments,
  coordinators,
}: {
  initial: EditValues;
  version: number;
  departments: Option[];
  coordinators: Option[];
}) {
  const t = useTranslations("matches.detail");
  const tm = useTranslations("matches.move");
  const tp = useTranslations("pipeline.flags");
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const form = useForm<EditValues & { expectedVersion: number }>({
    resolver: schemaResolver(updateSchema),
    defaultValues: { ...initial, expectedVersion: version },
  });
  const { execute, pending, formError, fail, onInvalid } = useAction(updateMatchAction, {
    setError: form.setError,
    refresh: (r) => r.ok,
    onError: () => setConflict(false),
    onSuccess: (r): void => {
      if (!r.ok) {
        fail({ formError: tm("conflict") });
        return setConflict(true);
      }
      setSaved(true);
    },
  });
  const errors = form.formState.errors;
  const field = <K extends keyof EditValues>(name: K) => ({ ...form.register(name), error: errorText(errors[name]) });
  return (
    <form
      onSubmit={(e) => {
        setSaved(false);
        // The version the page shows now: a save refreshes it, and the next save must say so.
        return form.handleSubmit((values) => execute({ ...values, expectedVersion: version }), onInvalid)(e);
      }}
      noValidate
      data-testid="match-edit-form"
    >
      <FormError message={formError} />
      {conflict ? (
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="mb-4 min-h-11 rounded border border-stone-300 bg-white px-4 hover:bg-stone-100"
        >
          {tm("reload")}
        </button>
      ) : null}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          {...field("coordinatorId")}
          label={t("coordinator")}
          placeholder={t("notSet")}
          options={coordinators}
        />
        <SelectField
          {...field("departmentId")}
          label={t("department")}
          placeholder={t("notSet")}
          options={departments}
        />
      </div>
      <fieldset className="mb-4">
        <legend className="font-medium">{t("flags")}</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" {...form.register("contentOrganized")} className="size-5" />
          {tp("contentOrganized")}
        </label>
      </fieldset>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField {...field("nextAction")} label={t("nextAction")} maxLength={200} />
        <TextField {...field("nextActionOn")} type="date" label={t("nextActionOn")} />
      </div>
      <TextAreaField
        {...field("internalNote")}
        label={t("internalNote")}
        hint={t("internalNoteHint")}
        maxLength={4000}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <p role="status" className="text-green-900">
          {saved ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
