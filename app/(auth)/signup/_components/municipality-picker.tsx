"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";
import { prefectureOptions } from "@/lib/municipalities/prefectures";

type Municipality = { id: string; name: string; lgCode: string | null };
type State = { pref: string; status: "idle" | "loading" | "error" | "ready"; items: Municipality[] };

/** 都道府県 → 自治体: the second list is loaded from /api/municipalities when the first changes. */
export function MunicipalityPicker({ errors, requiredLabel }: { errors: { prefectureCode?: string[]; municipalityId?: string[] }; requiredLabel: string }) {
  const t = useTranslations("auth.signup");
  const [state, setState] = useState<State>({ pref: "", status: "idle", items: [] });

  useEffect(() => {
    if (!state.pref || state.status !== "loading") return;
    const ctrl = new AbortController();
    fetch(`/api/municipalities?pref=${encodeURIComponent(state.pref)}`, { signal: ctrl.signal })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((items: Municipality[]) => setState((s) => ({ ...s, status: "ready", items })))
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setState((s) => ({ ...s, status: "error", items: [] }));
        void e;
      });
    return () => ctrl.abort();
  }, [state.pref, state.status]);

  const placeholder =
    state.status === "idle" ? t("municipalityFirst") : state.status === "loading" ? t("municipalityLoading") : t("municipalityPlaceholder");
  return (
    <div className="sm:grid sm:grid-cols-2 sm:gap-4">
      <SelectField
        name="prefectureCode"
        label={t("prefecture")}
        options={prefectureOptions}
        placeholder={t("prefecturePlaceholder")}
        value={state.pref}
        onChange={(e) => setState({ pref: e.target.value, status: e.target.value ? "loading" : "idle", items: [] })}
        error={errors.prefectureCode}
        required
        requiredLabel={requiredLabel}
      />
      <SelectField
        key={state.pref}
        name="municipalityId"
        label={t("municipality")}
        options={state.items.map((m) => ({ value: m.id, label: m.name }))}
        placeholder={placeholder}
        disabled={state.status !== "ready"}
        hint={state.status === "error" ? t("municipalityLoadError") : undefined}
        error={errors.municipalityId}
        required
        requiredLabel={requiredLabel}
      />
    </div>
  );
}
