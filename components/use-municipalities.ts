"use client";
import { useEffect, useState } from "react";

export type MunicipalityOption = { id: string; name: string; lgCode: string | null };
export type MunicipalityList = { status: "idle" | "loading" | "ready" | "error"; items: MunicipalityOption[] };

/**
 * 市区町村 of one 都道府県 from GET /api/municipalities?pref=NN (1,700+ names are too many for one
 * list). The status is derived from which prefecture was last loaded, so a quick change of
 * prefecture never shows the previous one's cities.
 */
export function useMunicipalities(pref: string): MunicipalityList {
  const [loaded, setLoaded] = useState<{ pref: string; items: MunicipalityOption[] | null }>({ pref: "", items: [] });
  useEffect(() => {
    if (!pref) return;
    const ctrl = new AbortController();
    fetch(`/api/municipalities?pref=${encodeURIComponent(pref)}`, { signal: ctrl.signal })
      .then((r) => (r.ok ? (r.json() as Promise<MunicipalityOption[]>) : Promise.reject(new Error(String(r.status)))))
      .then((items) => setLoaded({ pref, items }))
      .catch(() => {
        if (!ctrl.signal.aborted) setLoaded({ pref, items: null });
      });
    return () => ctrl.abort();
  }, [pref]);
  if (!pref) return { status: "idle", items: [] };
  if (loaded.pref !== pref) return { status: "loading", items: [] };
  return loaded.items ? { status: "ready", items: loaded.items } : { status: "error", items: [] };
}
