"use client";
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { schemaResolver, useAction } from "@/components/use-action";
import { saveCompanyProfileAction } from "@/lib/companies/actions";
import { COMPANY_SIZES, companyProfileSchema, INDUSTRIES } from "@/lib/companies/schema";
import { prefectureOptions } from "@/lib/municipalities/prefectures";
import { HqSelect } from "./hq-select";

export type ProfileFormState = {
  organizationId: string;
  name: string;
  corporateNumber: string;
  prefectureCode: string;
  hqMunicipalityId: string;
  size: string;
  industries: string[];
  capabilities: string;
  services: string;
  regionsServed: string[];
  website: string;
  description: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
};

const box = "rounded border border-stone-200 bg-white p-4";

export function ProfileForm({ initial, afterSave }: { initial: ProfileFormState; afterSave?: string }) {
  const t = useTranslations("companies");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const top = useRef<HTMLDivElement>(null);
  const toTop = () => top.current?.scrollIntoView({ block: "start" });
  const form = useForm<ProfileFormState>({ resolver: schemaResolver(companyProfileSchema), defaultValues: initial });
  const { execute, pending, formError, fail, onInvalid } = useAction(saveCompanyProfileAction, {
    setError: form.setError,
    refresh: (r) => r.ok && !afterSave,
    onError: toTop,
    onSuccess: (r): void => {
      if (!r.ok) {
        const [field, message] =
          r.reason === "corporate_number_taken"
            ? (["corporateNumber", t("form.corporateNumberTaken")] as const)
            : (["hqMunicipalityId", t("form.cityMismatch")] as const);
        return fail({ formError: message, fieldErrors: { [field]: [message] } });
      }
      setSaved(true);
      if (afterSave) router.push(afterSave);
      toTop();
    },
  });
  const errors = form.formState.errors;
  const industriesError = errorText(errors.industries);
  const regionsError = errorText(errors.regionsServed);
  const hq = useWatch({ control: form.control, name: ["prefectureCode", "hqMunicipalityId"] });
  const input = (name: "name" | "corporateNumber" | "website" | "contactName" | "contactEmail" | "contactPhone") => ({
    ...form.register(name),
    error: errorText(errors[name]),
    requiredLabel: t("form.required"),
  });

  return (
    <form
      onSubmit={(e) =>
        form.handleSubmit(execute, () => {
          onInvalid();
          toTop();
        })(e)
      }
      // Any edit makes 「保存しました」 stale.
      onChange={() => setSaved(false)}
      noValidate
      className="space-y-4"
      data-testid="profile-form"
    >
      <div ref={top} className="scroll-mt-4">
        <FormError message={formError} />
        {saved ? (
          <p
            role="status"
            className="rounded border border-green-300 bg-green-50 p-3 text-green-900"
            data-testid="profile-saved"
          >
            {t("form.saved")}
          </p>
        ) : null}
      </div>
      <section className={box}>
        <h2 className="mb-3 text-lg font-bold">{t("form.basics")}</h2>
        <TextField
          {...input("name")}
          label={t("form.name")}
          hint={t("form.nameHint")}
          required
          maxLength={100}
          autoComplete="organization"
        />
        <TextField
          {...input("corporateNumber")}
          label={t("form.corporateNumber")}
          hint={t("form.corporateNumberHint")}
          inputMode="numeric"
          maxLength={20}
        />
        <HqSelect
          pref={hq[0]}
          municipalityId={hq[1]}
          prefError={errorText(errors.prefectureCode)}
          cityError={errorText(errors.hqMunicipalityId)}
          onChange={({ pref, municipalityId }) => {
            form.setValue("prefectureCode", pref);
            form.setValue("hqMunicipalityId", municipalityId);
          }}
        />
        <SelectField
          {...form.register("size")}
          label={t("form.size")}
          placeholder={t("form.choose")}
          error={errorText(errors.size)}
          options={COMPANY_SIZES.map((s) => ({ value: s, label: t(`size.${s}`) }))}
        />
        <TextField {...input("website")} label={t("form.website")} type="url" maxLength={300} placeholder="https://" />
        <TextAreaField
          {...form.register("description")}
          label={t("form.description")}
          rows={3}
          maxLength={1000}
          error={errorText(errors.description)}
        />
      </section>
      <section className={box}>
        <h2 className="mb-3 text-lg font-bold">{t("form.business")}</h2>
        <fieldset className="mb-4" aria-describedby={industriesError ? "industries-error" : undefined}>
          <legend className="mb-2 font-medium">
            {t("form.industries")}
            <span className="ml-2 rounded bg-red-50 px-1.5 text-xs text-red-700">{t("form.required")}</span>
          </legend>
          <div className="grid gap-1 sm:grid-cols-3">
            {INDUSTRIES.map((i) => (
              <label key={i} className="flex min-h-11 items-center gap-2">
                <input type="checkbox" className="size-5" value={i} {...form.register("industries")} />
                {t(`industry.${i}`)}
              </label>
            ))}
          </div>
          {industriesError ? (
            <p id="industries-error" role="alert" className="mt-1 text-sm text-red-700">
              {industriesError.join(" ")}
            </p>
          ) : null}
        </fieldset>
        <TextAreaField
          {...form.register("capabilities")}
          label={t("form.capabilities")}
          hint={t("form.capabilitiesHint")}
          rows={4}
          maxLength={2000}
          error={errorText(errors.capabilities)}
        />
        <TextAreaField
          {...form.register("services")}
          label={t("form.services")}
          hint={t("form.servicesHint")}
          rows={3}
          maxLength={2000}
          error={errorText(errors.services)}
        />
        <fieldset className="mb-2">
          <legend className="font-medium">{t("form.regions")}</legend>
          <p className="mb-2 text-sm text-stone-600">{t("form.regionsHint")}</p>
          <div className="grid grid-cols-2 gap-1 sm:grid-cols-4 lg:grid-cols-6">
            {prefectureOptions.map((o) => (
              <label key={o.value} className="flex min-h-11 items-center gap-2">
                <input type="checkbox" className="size-5" value={o.value} {...form.register("regionsServed")} />
                {o.label}
              </label>
            ))}
          </div>
          {regionsError ? (
            <p role="alert" className="mt-1 text-sm text-red-700">
              {regionsError.join(" ")}
            </p>
          ) : null}
        </fieldset>
      </section>
      <section className={box}>
        <h2 className="text-lg font-bold">{t("form.contact")}</h2>
        <p className="mb-3 text-sm text-stone-600">{t("form.contactHint")}</p>
        <TextField {...input("contactName")} label={t("form.contactName")} maxLength={60} autoComplete="name" />
        <TextField
          {...input("contactEmail")}
          label={t("form.contactEmail")}
          type="email"
          maxLength={254}
          autoComplete="email"
        />
        <TextField
          {...input("contactPhone")}
          label={t("form.contactPhone")}
          type="tel"
          maxLength={20}
          autoComplete="tel"
        />
      </section>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? t("form.saving") : t("form.save")}
      </Button>
    </form>
  );
}
