"use client";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";
import { prefectureOptions } from "@/lib/municipalities/prefectures";
import { useMunicipalities } from "@/components/use-municipalities";

/** 都道府県 first, then 市区町村 from GET /api/municipalities?pref=NN (1,700+ names are too many for one list). */
export function HqSelect({
  pref,
  municipalityId,
  onChange,
  prefError,
  cityError,
}: {
  pref: string;
  municipalityId: string;
  onChange: (v: { pref: string; municipalityId: string }) => void;
  prefError?: string[];
  cityError?: string[];
}) {
  const t = useTranslations("companies.form");
  const { status, items: options } = useMunicipalities(pref);

  const placeholder = !pref ? t("cityFirst") : status === "loading" ? t("cityLoading") : t("cityPlaceholder");
  return (
    <div className="grid gap-x-4 sm:grid-cols-2">
      <SelectField
        name="prefectureCode"
        label={t("hqPref")}
        value={pref}
        placeholder={t("choose")}
        options={prefectureOptions}
        error={prefError}
        onChange={(e) => onChange({ pref: e.target.value, municipalityId: "" })}
      />
      <SelectField
        name="hqMunicipalityId"
        label={t("hqCity")}
        hint={status === "error" ? t("cityError") : undefined}
        value={municipalityId}
        disabled={!pref || status === "loading"}
        placeholder={placeholder}
        error={cityError}
        options={options.map((o) => ({ value: o.id, label: o.name }))}
        onChange={(e) => onChange({ pref, municipalityId: e.target.value })}
      />
    </div>
  );
}
