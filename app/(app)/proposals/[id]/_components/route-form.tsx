"use client";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, SelectField, TextAreaField } from "@/components/ui/field";
import { schemaResolver } from "@/components/use-action";
import { routeProposalAction } from "@/lib/proposals/actions";
import { NOTE_MAX, routeSchema } from "@/lib/proposals/schema";
import { useStep } from "./use-step";

type Values = { id: string; departmentId: string; note: string; expectedVersion: number };

/** 所管部署へ回付: the department and a note that only the city hall reads. */
export function RouteForm({
  id,
  version,
  current,
  departments,
}: {
  id: string;
  version: number;
  current: string | null;
  departments: { id: string; name: string }[];
}) {
  const t = useTranslations("proposals.actions");
  const form = useForm<Values>({
    resolver: schemaResolver(routeSchema),
    defaultValues: { id, departmentId: current ?? "", note: "", expectedVersion: version },
  });
  const step = useStep(routeProposalAction, form.setError, () => form.reset({ ...form.getValues(), note: "" }));
  const errors = form.formState.errors;
  if (!departments.length) return <p className="text-stone-700">{t("noDepartments")}</p>;
  return (
    <form
      onSubmit={form.handleSubmit((v) => step.execute({ ...v, expectedVersion: version }), step.onInvalid)}
      noValidate
      data-testid="route-form"
    >
      <p className="mb-3 text-sm text-stone-700">{t("routeLead")}</p>
      <FormError message={step.formError} />
      <SelectField
        {...form.register("departmentId")}
        id="route-department"
        label={t("routeDepartment")}
        placeholder={t("routeChoose")}
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
        error={errorText(errors.departmentId)}
      />
      <TextAreaField
        {...form.register("note")}
        id="route-note"
        rows={3}
        maxLength={NOTE_MAX}
        label={t("routeNote")}
        error={errorText(errors.note)}
      />
      <Button type="submit" disabled={step.pending}>
        {t("routeSubmit")}
      </Button>
    </form>
  );
}
