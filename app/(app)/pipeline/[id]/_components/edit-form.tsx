"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/action";
import { updateMatchAction } from "@/lib/matches/actions";
import { SCHEMES } from "@/lib/matches/schema";

export type EditValues = {
  id: string;
  coordinatorId: string;
  departmentId: string;
  metDepartment: boolean;
  contentOrganized: boolean;
  nextAction: string;
  nextActionOn: string;
  expectedBudget: string;
  targetFiscalYear: string;
  scheme: string;
  internalNote: string;
};
type Option = { value: string; label: string };

/** Coordinators edit the match's working data; the version guard catches a colleague's edit in between. */
export function EditForm({
  initial,
  version,
  departments,
  coordinators,
  fiscalYears,
}: {
  initial: EditValues;
  version: number;
  departments: Option[];
  coordinators: Option[];
  fiscalYears: Option[];
}) {
  const t = useTranslations("matches.detail");
  const tm = useTranslations("matches.move");
  const tp = useTranslations("pipeline.flags");
  const tc = useTranslations("cases.scheme");
  const router = useRouter();
  const [v, setV] = useState(initial);
  const [pending, start] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const set =
    <K extends keyof EditValues>(k: K) =>
    (e: { target: { value: string; checked?: boolean } }) =>
      setV((s) => ({ ...s, [k]: typeof s[k] === "boolean" ? !!e.target.checked : e.target.value }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    start(async () => {
      const r = await updateMatchAction({ ...v, expectedVersion: version });
      if (!r.ok) {
        setFormError(r.formError);
        setFieldErrors(r.fieldErrors ?? {});
        setConflict(false);
        return;
      }
      if (!r.data.ok) {
        setFormError(tm("conflict"));
        setConflict(true);
        setFieldErrors({});
        return;
      }
      setFormError(undefined);
      setFieldErrors({});
      setConflict(false);
      setSaved(true);
      router.refresh();
    });
  };
  const choose = t("choose");
  return (
    <form onSubmit={submit} noValidate data-testid="match-edit-form">
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
          name="coordinatorId"
          label={t("coordinator")}
          value={v.coordinatorId}
          onChange={set("coordinatorId")}
          placeholder={t("notSet")}
          options={coordinators}
          error={fieldErrors.coordinatorId}
        />
        <SelectField
          name="departmentId"
          label={t("department")}
          value={v.departmentId}
          onChange={set("departmentId")}
          placeholder={t("notSet")}
          options={departments}
          error={fieldErrors.departmentId}
        />
      </div>
      <fieldset className="mb-4">
        <legend className="font-medium">{t("flags")}</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input
            type="checkbox"
            name="metDepartment"
            checked={v.metDepartment}
            onChange={set("metDepartment")}
            className="size-5"
          />
          {tp("metDepartment")}
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input
            type="checkbox"
            name="contentOrganized"
            checked={v.contentOrganized}
            onChange={set("contentOrganized")}
            className="size-5"
          />
          {tp("contentOrganized")}
        </label>
      </fieldset>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          name="nextAction"
          label={t("nextAction")}
          value={v.nextAction}
          onChange={set("nextAction")}
          maxLength={200}
          error={fieldErrors.nextAction}
        />
        <TextField
          name="nextActionOn"
          type="date"
          label={t("nextActionOn")}
          value={v.nextActionOn}
          onChange={set("nextActionOn")}
          error={fieldErrors.nextActionOn}
        />
        <TextField
          name="expectedBudget"
          inputMode="numeric"
          label={t("expectedBudget")}
          hint={t("budgetHint")}
          value={v.expectedBudget}
          onChange={set("expectedBudget")}
          error={fieldErrors.expectedBudget}
        />
        <SelectField
          name="targetFiscalYear"
          label={t("targetFiscalYear")}
          value={v.targetFiscalYear}
          onChange={set("targetFiscalYear")}
          placeholder={t("notSet")}
          options={fiscalYears}
          error={fieldErrors.targetFiscalYear}
        />
        <SelectField
          name="scheme"
          label={t("scheme")}
          value={v.scheme}
          onChange={set("scheme")}
          placeholder={choose}
          options={SCHEMES.map((s) => ({ value: s, label: tc(s) }))}
          error={fieldErrors.scheme}
        />
      </div>
      <TextAreaField
        name="internalNote"
        label={t("internalNote")}
        hint={t("internalNoteHint")}
        value={v.internalNote}
        onChange={set("internalNote")}
        maxLength={4000}
        error={fieldErrors.internalNote}
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
