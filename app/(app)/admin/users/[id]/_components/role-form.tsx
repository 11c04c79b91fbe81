"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, SelectField } from "@/components/ui/field";
import { changeRoleAction } from "@/lib/admin/actions";
import { Done } from "./done";
import { useAdminAction } from "./use-admin-action";

export function RoleForm({
  userId,
  role,
  roles,
}: {
  userId: string;
  role: string;
  roles: { value: string; label: string }[];
}) {
  const t = useTranslations("admin.users");
  const a = useAdminAction(changeRoleAction, () => t("roleSaved"));
  return (
    <form
      className="mt-3"
      onSubmit={(e) => {
        e.preventDefault();
        a.execute({ userId, role: String(new FormData(e.currentTarget).get("role") ?? "") });
      }}
    >
      <FormError message={a.formError} />
      <SelectField name="role" label={t("role")} defaultValue={role} options={roles} error={a.fieldErrors.role} />
      <Button type="submit" disabled={a.pending}>
        {a.pending ? t("working") : t("roleSave")}
      </Button>
      <Done message={a.message} />
    </form>
  );
}
