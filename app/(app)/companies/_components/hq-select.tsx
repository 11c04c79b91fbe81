"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";
import { prefectureOptions } from "@/lib/municipalities/prefectures";

type Option = { id: string; name: string };

/** 都道府県 first, then 市区町村 from GET /api/municipalities?pref=NN (1,700+ names are too many for one list). */
export function HqSelect({ pref, municipalityId, onChange, prefError, cityError }: {
  pref: string; municipalityId: string; onChange: (v: { pref: string; municipalityId: string }) => void; prefError?: string[]; cityError?: string[];
}) {
  const t = useTranslations("companies.form");
  const [options, setOptions] = useState<Option[]>([]);
  const [state, setState] = useState<"idle" | "loading" | "error">(pref ? "loading" : "idle");

  useEffect(() => {
    if (!pref) return;
    let alive = true;
    fetch(`/api/municipalities?pref=${encodeURIComponent(pref)}`)
      .then((r) => (r.ok ? (r.json() as Promise<Option[]>) : Promise.reject(new Error(String(r.status)))))
      .then((rows) => { if (alive) { setOptions(rows); setState("idle"); } })
      .catch(() => { if (alive) setState("error"); });
    return () => { alive = false; };
  }, [pref]);

  const placeholder = !pref ? t("cityFirst") : state === "loading" ? t("cityLoading") : t("cityPlaceholder");
  return (
    <div className="grid gap-x-4 sm:grid-cols-2">
      <SelectField name="prefectureCode" label={t("hqPref")} value={pref} placeholder={t("choose")} options={prefectureOptions} error={prefError}
        onChange={(e) => { setState(e.target.value ? "loading" : "idle"); setOptions([]); onChange({ pref: e.target.value, municipalityId: "" }); }} />
      <SelectField name="hqMunicipalityId" label={t("hqCity")} hint={state === "error" ? t("cityError") : undefined} value={municipalityId}
        disabled={!pref || state === "loading"} placeholder={placeholder} error={cityError}
        options={options.map((o) => ({ value: o.id, label: o.name }))}
        onChange={(e) => onChange({ pref, municipalityId: e.target.value })} />
    </div>
  );
}
