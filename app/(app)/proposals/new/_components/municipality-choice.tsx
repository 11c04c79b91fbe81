"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";
import { prefectureOptions } from "@/lib/municipalities/prefectures";
import { useMunicipalities } from "@/components/use-municipalities";

/** 都道府県, then 市区町村 (loaded per prefecture); reports the chosen municipality's id and 団体コード. */
export function MunicipalityChoice({
  initialPref,
  initialName,
  value,
  error,
  onChange,
}: {
  initialPref: string;
  initialName: string | null;
  value: string;
  error?: string[];
  onChange: (id: string, lgCode: string | null) => void;
}) {
  const t = useTranslations("proposals.form");
  const [pref, setPref] = useState(initialPref);
  const list = useMunicipalities(pref);
  // Until the prefecture's list arrives, the prefilled municipality is still shown as chosen.
  const options =
    list.status === "ready"
      ? list.items.map((o) => ({ value: o.id, label: o.name }))
      : value && initialName
        ? [{ value, label: initialName }]
        : [];
  const placeholder = !pref ? t("cityFirst") : list.status === "loading" ? t("cityLoading") : t("cityPlaceholder");
  return (
    <fieldset className="mb-1">
      <legend className="mb-2 font-medium">
        {t("municipality")}
        <span className="ml-2 rounded bg-red-50 px-1.5 text-xs text-red-700">{t("required")}</span>
      </legend>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          name="pref"
          label={t("pref")}
          value={pref}
          placeholder={t("prefPlaceholder")}
          options={prefectureOptions}
          onChange={(e) => {
            setPref(e.target.value);
            onChange("", null);
          }}
        />
        <SelectField
          name="municipalityId"
          label={t("city")}
          hint={list.status === "error" ? t("cityError") : undefined}
          value={value}
          disabled={!pref}
          placeholder={placeholder}
          error={error}
          options={options}
          onChange={(e) => {
            const id = e.target.value;
            onChange(id, list.items.find((o) => o.id === id)?.lgCode ?? null);
          }}
        />
      </div>
    </fieldset>
  );
}
