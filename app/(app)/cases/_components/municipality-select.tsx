"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";
import { prefectureOptions } from "@/lib/municipalities/prefectures";

type Option = { id: string; name: string; lgCode: string | null };

/** 都道府県 first, then 市区町村 from GET /api/municipalities?pref=NN (1,700+ names are too many for one list). */
export function MunicipalitySelect({ pref, municipalityId, onChange, error }: {
  pref: string; municipalityId: string; onChange: (v: { pref: string; municipalityId: string }) => void; error?: string[];
}) {
  const t = useTranslations("cases.form");
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
    <fieldset className="mb-1">
      <legend className="mb-2 font-medium">{t("municipality")}<span className="ml-2 rounded bg-red-50 px-1.5 text-xs text-red-700">{t("required")}</span></legend>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField name="pref" label={t("pref")} value={pref} placeholder={t("prefPlaceholder")} options={prefectureOptions}
          onChange={(e) => { setState(e.target.value ? "loading" : "idle"); setOptions([]); onChange({ pref: e.target.value, municipalityId: "" }); }} />
        <SelectField name="municipalityId" label={t("city")} hint={state === "error" ? t("cityError") : t("cityHint")} value={municipalityId}
          disabled={!pref || state === "loading"} placeholder={placeholder} error={error}
          options={options.map((o) => ({ value: o.id, label: o.name }))}
          onChange={(e) => onChange({ pref, municipalityId: e.target.value })} />
      </div>
    </fieldset>
  );
}
