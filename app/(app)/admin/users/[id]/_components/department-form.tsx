"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { moveDepartmentAction } from "@/lib/admin/actions";
import { Done } from "./done";
import { useAdminAction } from "./use-admin-action";

export function DepartmentForm({
  userId,
  departmentId,
  departments,
}: {
  userId: string;
  departmentId: string | null;
  departments: { id: string; name: string }[];
}) {
  const t = useTranslations("admin.users");
  const a = useAdminAction(moveDepartmentAction, () => t("deptSaved"));
  return (
    <form
      className="mt-3"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const newDepartment = String(f.get("newDepartment") ?? "");
        // A typed name wins over the list, which still shows the current 課.
        a.execute({
          userId,
          departmentId: newDepartment.trim() ? "" : String(f.get("departmentId") ?? ""),
          newDepartment,
        });
      }}
    >
      <FormError message={a.formError} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          name="departmentId"
          label={t("deptSelect")}
          defaultValue={departmentId ?? ""}
          placeholder={t("noDept")}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
          error={a.fieldErrors.departmentId}
        />
        <TextField name="newDepartment" label={t("deptNew")} maxLength={100} error={a.fieldErrors.newDepartment} />
      </div>
      <Button type="submit" disabled={a.pending}>
        {a.pending ? t("working") : t("deptSave")}
      </Button>
      <Done message={a.message} />
    </form>
  );
}
