"use client";
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/action";
import { saveCompanyProfileAction } from "@/lib/companies/actions";
import { COMPANY_SIZES, INDUSTRIES } from "@/lib/companies/schema";
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
const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

export function ProfileForm({ initial, afterSave }: { initial: ProfileFormState; afterSave?: string }) {
  const t = useTranslations("companies");
  const router = useRouter();
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [pending, start] = useTransition();
  const top = useRef<HTMLDivElement>(null);
  const set = <K extends keyof ProfileFormState>(k: K, value: ProfileFormState[K]) => {
    setSaved(false);
    setV((s) => ({ ...s, [k]: value }));
  };
  const input = (name: "name" | "corporateNumber" | "website" | "contactName" | "contactEmail" | "contactPhone") => ({
    name,
    value: v[name],
    error: errors[name],
    requiredLabel: t("form.required"),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(name, e.target.value),
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await saveCompanyProfileAction(v);
      const done = (fe: FieldErrors, msg?: string) => {
        setErrors(fe);
        setFormError(msg);
        top.current?.scrollIntoView({ block: "start" });
      };
      if (!r.ok) return done(r.fieldErrors ?? {}, r.formError);
      if (!r.data.ok) {
        return r.data.reason === "corporate_number_taken"
          ? done({ corporateNumber: [t("form.corporateNumberTaken")] }, t("form.corporateNumberTaken"))
          : done({ hqMunicipalityId: [t("form.cityMismatch")] }, t("form.cityMismatch"));
      }
      setErrors({});
      setFormError(undefined);
      setSaved(true);
      if (afterSave) router.push(afterSave);
      else router.refresh();
      top.current?.scrollIntoView({ block: "start" });
    });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="profile-form">
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
          pref={v.prefectureCode}
          municipalityId={v.hqMunicipalityId}
          prefError={errors.prefectureCode}
          cityError={errors.hqMunicipalityId}
          onChange={({ pref, municipalityId }) => {
            setSaved(false);
            setV((s) => ({ ...s, prefectureCode: pref, hqMunicipalityId: municipalityId }));
          }}
        />
        <SelectField
          name="size"
          label={t("form.size")}
          value={v.size}
          placeholder={t("form.choose")}
          error={errors.size}
          options={COMPANY_SIZES.map((s) => ({ value: s, label: t(`size.${s}`) }))}
          onChange={(e) => set("size", e.target.value)}
        />
        <TextField {...input("website")} label={t("form.website")} type="url" maxLength={300} placeholder="https://" />
        <TextAreaField
          name="description"
          label={t("form.description")}
          rows={3}
          maxLength={1000}
          value={v.description}
          error={errors.description}
          onChange={(e) => set("description", e.target.value)}
        />
      </section>
      <section className={box}>
        <h2 className="mb-3 text-lg font-bold">{t("form.business")}</h2>
        <fieldset className="mb-4" aria-describedby={errors.industries ? "industries-error" : undefined}>
          <legend className="mb-2 font-medium">
            {t("form.industries")}
            <span className="ml-2 rounded bg-red-50 px-1.5 text-xs text-red-700">{t("form.required")}</span>
          </legend>
          <div className="grid gap-1 sm:grid-cols-3">
            {INDUSTRIES.map((i) => (
              <label key={i} className="flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={v.industries.includes(i)}
                  onChange={() => set("industries", toggle(v.industries, i))}
                />
                {t(`industry.${i}`)}
              </label>
            ))}
          </div>
          {errors.industries ? (
            <p id="industries-error" role="alert" className="mt-1 text-sm text-red-700">
              {errors.industries.join(" ")}
            </p>
          ) : null}
        </fieldset>
        <TextAreaField
          name="capabilities"
          label={t("form.capabilities")}
          hint={t("form.capabilitiesHint")}
          rows={4}
          maxLength={2000}
          value={v.capabilities}
          error={errors.capabilities}
          onChange={(e) => set("capabilities", e.target.value)}
        />
        <TextAreaField
          name="services"
          label={t("form.services")}
          hint={t("form.servicesHint")}
          rows={3}
          maxLength={2000}
          value={v.services}
          error={errors.services}
          onChange={(e) => set("services", e.target.value)}
        />
        <fieldset className="mb-2">
          <legend className="font-medium">{t("form.regions")}</legend>
          <p className="mb-2 text-sm text-stone-600">{t("form.regionsHint")}</p>
          <div className="grid grid-cols-2 gap-1 sm:grid-cols-4 lg:grid-cols-6">
            {prefectureOptions.map((o) => (
              <label key={o.value} className="flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={v.regionsServed.includes(o.value)}
                  onChange={() => set("regionsServed", toggle(v.regionsServed, o.value))}
                />
                {o.label}
              </label>
            ))}
          </div>
          {errors.regionsServed ? (
            <p role="alert" className="mt-1 text-sm text-red-700">
              {errors.regionsServed.join(" ")}
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
