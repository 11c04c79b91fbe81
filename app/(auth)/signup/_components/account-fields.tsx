import { useTranslations } from "next-intl";
import type { FieldError, Path, UseFormReturn } from "react-hook-form";
import { errorText, TextField } from "@/components/ui/field";
import { PASSWORD_MIN } from "@/lib/accounts/schema";

// Form values before the schema parses them, hence unknown.
type Account = { name: unknown; email: unknown; password: unknown };

/** Name, e-mail and password: the fields every sign-up form asks for, with the same autocomplete hints. */
export function AccountFields<T extends Account>({
  form,
  nameLabel,
  emailHint,
}: {
  form: Pick<UseFormReturn<T>, "register" | "formState">;
  nameLabel: string;
  emailHint?: string;
}) {
  const t = useTranslations("auth.signup");
  const fe = form.formState.errors as Partial<Record<keyof Account, FieldError>>;
  const field = (name: keyof Account) => ({
    ...form.register(name as Path<T>),
    error: errorText(fe[name]),
    required: true,
    requiredLabel: t("required"),
  });
  return (
    <>
      <TextField {...field("name")} label={nameLabel} autoComplete="name" maxLength={60} />
      <TextField
        {...field("email")}
        type="email"
        label={t("email")}
        hint={emailHint}
        autoComplete="email"
        inputMode="email"
      />
      <TextField
        {...field("password")}
        type="password"
        label={t("password")}
        hint={t("passwordHint", { min: PASSWORD_MIN })}
        autoComplete="new-password"
      />
    </>
  );
}
