"use client";
import { useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";
import { prefectureOptions } from "@/lib/municipalities/prefectures";
import { useMunicipalities } from "@/components/use-municipalities";

/** 都道府県 → 自治体: the second list is loaded from /api/municipalities when the first changes. */
export function MunicipalityPicker({
  prefecture,
  municipality,
  errors,
  requiredLabel,
}: {
  prefecture: UseFormRegisterReturn<"prefectureCode">;
  municipality: UseFormRegisterReturn<"municipalityId">;
  errors: { prefectureCode?: string[]; municipalityId?: string[] };
  requiredLabel: string;
}) {
  const t = useTranslations("auth.signup");
  const [pref, setPref] = useState("");
  const list = useMunicipalities(pref);

  const placeholder =
    list.status === "idle"
      ? t("municipalityFirst")
      : list.status === "loading"
        ? t("municipalityLoading")
        : t("municipalityPlaceholder");
  return (
    <div className="sm:grid sm:grid-cols-2 sm:gap-4">
      <SelectField
        {...prefecture}
        label={t("prefecture")}
        options={prefectureOptions}
        placeholder={t("prefecturePlaceholder")}
        onChange={(e) => {
          setPref(e.target.value);
          return prefecture.onChange(e);
        }}
        error={errors.prefectureCode}
        required
        requiredLabel={requiredLabel}
      />
      <SelectField
        key={pref}
        {...municipality}
        label={t("municipality")}
        options={list.items.map((m) => ({ value: m.id, label: m.name }))}
        placeholder={placeholder}
        disabled={list.status !== "ready"}
        hint={list.status === "error" ? t("municipalityLoadError") : undefined}
        error={errors.municipalityId}
        required
        requiredLabel={requiredLabel}
      />
    </div>
  );
}
