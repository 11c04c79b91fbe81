"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { errorText, FieldsetHead, FormError, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { schemaResolver, useAction } from "@/components/use-action";
import { createCallAction } from "@/lib/calls/actions";
import {
  createCallSchema,
  DEPARTMENT_NAME_MAX,
  NOTE_MAX,
  TITLE_MAX,
  todayInJapan,
  type CreateCallValues,
} from "@/lib/calls/schema";

type Values = {
  themeId: string;
  title: string;
  deadline: string;
  note: string;
  departmentIds: string[];
  newDepartment: string;
};

export function CallForm({
  labels: l,
  themes,
  departments,
}: {
  labels: Record<string, string>;
  themes: { value: string; label: string }[];
  departments: { id: string; name: string; staff: number; note: string }[];
}) {
  const router = useRouter();
  const form = useForm<Values>({
    resolver: schemaResolver<Values>(createCallSchema),
    defaultValues: { themeId: "", title: "", deadline: "", note: "", departmentIds: [], newDepartment: "" },
  });
  const { execute, pending, formError, onInvalid } = useAction(createCallAction, {
    setError: form.setError,
    refresh: false,
    onSuccess: ({ id }) => router.push(`/desk/calls/${id}`),
  });
  const e = form.formState.errors;
  return (
    <form
      onSubmit={form.handleSubmit((v) => execute(v as CreateCallValues), onInvalid)}
      className="rounded border border-stone-200 bg-white p-4 sm:p-6"
      noValidate
    >
      <FormError message={formError} />
      <SelectField
        {...form.register("themeId")}
        label={l.theme}
        required
        requiredLabel={l.required}
        options={themes}
        placeholder={l.themePlaceholder}
        error={errorText(e.themeId)}
      />
      <TextField
        {...form.register("title")}
        label={l.title}
        hint={l.titleHint}
        required
        requiredLabel={l.required}
        maxLength={TITLE_MAX}
        error={errorText(e.title)}
      />
      <TextField
        {...form.register("deadline")}
        type="date"
        min={todayInJapan()}
        label={l.deadline}
        hint={l.deadlineHint}
        required
        requiredLabel={l.required}
        error={errorText(e.deadline)}
      />
      <TextAreaField
        {...form.register("note")}
        label={l.note}
        hint={l.noteHint}
        maxLength={NOTE_MAX}
        rows={3}
        error={errorText(e.note)}
      />
      <fieldset
        className="mb-4"
        aria-describedby={`departmentIds-hint${e.departmentIds ? " departmentIds-error" : ""}`}
        aria-invalid={e.departmentIds ? true : undefined}
      >
        <FieldsetHead
          name="departmentIds"
          legend={l.departments}
          note={<span className="ml-2 rounded bg-red-50 px-1.5 text-xs text-red-700">{l.required}</span>}
          hint={l.departmentsHint}
        />
        {departments.length === 0 ? <p className="mt-2 text-sm text-stone-700">{l.noDepartments}</p> : null}
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {departments.map((d) => (
            <li key={d.id}>
              <label className="flex min-h-11 items-center gap-2">
                <input type="checkbox" value={d.id} {...form.register("departmentIds")} className="size-5" />
                <span className="break-words">
                  {d.name}
                  <span className={`ml-2 text-sm ${d.staff ? "text-stone-600" : "text-amber-900"}`}>（{d.note}）</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {e.departmentIds ? (
          <p id="departmentIds-error" role="alert" className="mt-1 text-sm text-red-700">
            {errorText(e.departmentIds)?.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <TextField
        {...form.register("newDepartment")}
        label={l.newDepartment}
        hint={l.newDepartmentHint}
        maxLength={DEPARTMENT_NAME_MAX}
        error={errorText(e.newDepartment)}
      />
      <Button type="submit" disabled={pending}>
        {l.submit}
      </Button>
    </form>
  );
}
