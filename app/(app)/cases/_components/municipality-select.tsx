"use client";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";
import { prefectureOptions } from "@/lib/municipalities/prefectures";
import { useMunicipalities } from "@/components/use-municipalities";

/** 都道府県 first, then 市区町村 from GET /api/municipalities?pref=NN (1,700+ names are too many for one list). */
export function MunicipalitySelect({
  pref,
  municipalityId,
  onChange,
  error,
}: {
  pref: string;
  municipalityId: string;
  onChange: (v: { pref: string; municipalityId: string }) => void;
  error?: string[];
}) {
  const t = useTranslations("cases.form");
  const { status, items: options } = useMunicipalities(pref);

  const placeholder = !pref ? t("cityFirst") : status === "loading" ? t("cityLoading") : t("cityPlaceholder");
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
          onChange={(e) => onChange({ pref: e.target.value, municipalityId: "" })}
        />
        <SelectField
          name="municipalityId"
          label={t("city")}
          hint={status === "error" ? t("cityError") : t("cityHint")}
          value={municipalityId}
          disabled={!pref || status === "loading"}
          placeholder={placeholder}
          error={error}
          options={options.map((o) => ({ value: o.id, label: o.name }))}
          onChange={(e) => onChange({ pref, municipalityId: e.target.value })}
        />
      </div>
    </fieldset>
  );
}
