"use client";
import { useState } from "react";
import { type PathValue, useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { SaveBar } from "@/components/ui/save-bar";
import { errorText, FormError } from "@/components/ui/field";
import { schemaResolver, useAction } from "@/components/use-action";
import { saveAlertPreferenceAction } from "@/lib/notifications/actions";
import { ALERT_KINDS, alertPreferenceSchema, EMAIL_MODES, type AlertPreferenceInput } from "@/lib/notifications/schema";
import { CheckGrid } from "./check-grid";

type Option = { value: string; label: string };

export function AlertForm({
  initial,
  isCompany,
  themes,
  prefectures,
}: {
  initial: AlertPreferenceInput;
  isCompany: boolean;
  themes: Option[];
  prefectures: Option[];
}) {
  const t = useTranslations("notifications.alerts");
  const [saved, setSaved] = useState(false);
  const form = useForm<AlertPreferenceInput>({
    resolver: schemaResolver(alertPreferenceSchema),
    defaultValues: initial,
  });
  const v = useWatch({ control: form.control }) as AlertPreferenceInput;
  const { execute, pending, formError, onInvalid } = useAction(saveAlertPreferenceAction, {
    setError: form.setError,
    refresh: false,
    onSuccess: () => setSaved(true),
    onError: () => setSaved(false),
  });
  const errors = form.formState.errors;
  const set = <K extends keyof AlertPreferenceInput>(k: K, value: AlertPreferenceInput[K]) => {
    setSaved(false);
    form.setValue(k, value as PathValue<AlertPreferenceInput, K>);
    // Choosing a theme, region or kind means "tell me about these": switch alerts on with it, so
    // nobody saves careful choices with the master switch still off and hears nothing.
    const choosing = k !== "challengeAlerts" && k !== "emailMode" && Array.isArray(value) && value.length > 0;
    if (choosing) form.setValue("challengeAlerts", true);
  };

  return (
    <form
      onSubmit={form.handleSubmit(execute, onInvalid)}
      className="space-y-2 rounded border border-stone-200 bg-white p-4 sm:p-6"
      noValidate
    >
      <FormError message={formError} />
      {isCompany ? (
        <>
          <label className="mb-4 flex min-h-11 cursor-pointer items-center gap-3 rounded border border-stone-300 px-3 py-2">
            <input
              type="checkbox"
              name="challengeAlerts"
              checked={v.challengeAlerts}
              onChange={(e) => set("challengeAlerts", e.target.checked)}
              className="size-5 accent-brand-700"
            />
            <span className="font-medium">{t("challengeAlerts")}</span>
          </label>
          <CheckGrid
            name="themeIds"
            legend={t("themes")}
            hint={t("themesHint")}
            options={themes}
            value={v.themeIds}
            onChange={(x) => set("themeIds", x)}
            error={errorText(errors.themeIds)}
            summary={v.themeIds.length ? t("selected", { count: v.themeIds.length }) : t("all")}
          />
          <CheckGrid
            name="prefectureCodes"
            legend={t("prefectures")}
            hint={t("prefecturesHint")}
            options={prefectures}
            value={v.prefectureCodes}
            onChange={(x) => set("prefectureCodes", x)}
            error={errorText(errors.prefectureCodes)}
            summary={v.prefectureCodes.length ? t("selected", { count: v.prefectureCodes.length }) : t("all")}
            dense
          />
          <CheckGrid
            name="kinds"
            legend={t("kinds")}
            hint={t("kindsHint")}
            options={ALERT_KINDS.map((k) => ({ value: k, label: t(`kindNames.${k}`) }))}
            value={v.kinds}
            onChange={(x) => set("kinds", x as AlertPreferenceInput["kinds"])}
            error={errorText(errors.kinds)}
            summary={v.kinds.length ? t("selected", { count: v.kinds.length }) : t("all")}
          />
        </>
      ) : null}
      <fieldset className="mb-4">
        <legend className="font-medium">{t("emailMode")}</legend>
        <div className="mt-2 grid gap-2">
          {EMAIL_MODES.map((m) => (
            <label
              key={m}
              className={`flex min-h-11 cursor-pointer items-center gap-3 rounded border px-3 py-2 ${v.emailMode === m ? "border-brand-600 bg-brand-50" : "border-stone-300 bg-white"}`}
            >
              <input
                type="radio"
                name="emailMode"
                value={m}
                checked={v.emailMode === m}
                onChange={() => set("emailMode", m)}
                className="size-4 accent-brand-700"
              />
              <span>{t(`modes.${m}`)}</span>
            </label>
          ))}
        </div>
        {errors.emailMode ? (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {errorText(errors.emailMode)?.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <SaveBar pending={pending} saved={saved ? t("saved") : ""}>
        {t("save")}
      </SaveBar>
    </form>
  );
}
