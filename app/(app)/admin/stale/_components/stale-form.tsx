"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { SaveBar } from "@/components/ui/save-bar";
import { FormError, TextField } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { saveStaleSettingsAction } from "@/lib/matches/stale-actions";
import type { StaleSettingsInput } from "@/lib/matches/stale-settings";

type Row = { stage: keyof StaleSettingsInput; days: number; defaultDays: number };

export function StaleForm({ rows }: { rows: Row[] }) {
  const t = useTranslations("calendar.stale");
  const tp = useTranslations("pipeline");
  // Kept as typed text so a half-typed or full-width number is shown back with an error, not lost.
  const [v, setV] = useState<Record<string, string>>(Object.fromEntries(rows.map((r) => [r.stage, String(r.days)])));
  const [saved, setSaved] = useState(false);
  // Hook alone, no react-hook-form: staleSettingsSchema lives in a server-only module (lib/matches/stale-settings.ts).
  const { execute, pending, formError, fieldErrors } = useAction(saveStaleSettingsAction, {
    onSuccess: () => setSaved(true),
    onError: () => setSaved(false),
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    // Full-width digits (１４) are what a Japanese IME types; accept them as the number they mean.
    const toNumber = (s: string) => {
      const half = s.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
      return /^\d+$/.test(half) ? Number(half) : half === "" ? undefined : NaN;
    };
    const payload = Object.fromEntries(rows.map((r) => [r.stage, toNumber(v[r.stage] ?? "")]));
    execute(payload);
  };

  return (
    <form onSubmit={submit} noValidate className="rounded border border-stone-200 bg-white p-4 sm:p-6">
      <FormError message={formError} />
      {rows.map((r) => (
        <div key={r.stage} className="flex items-end gap-2">
          <div className="w-40">
            <TextField
              name={r.stage}
              label={tp(`stage.${r.stage}`)}
              hint={t("defaultIs", { days: r.defaultDays })}
              inputMode="numeric"
              autoComplete="off"
              value={v[r.stage] ?? ""}
              error={fieldErrors[r.stage]}
              onChange={(e) => {
                setSaved(false);
                setV((old) => ({ ...old, [r.stage]: e.target.value }));
              }}
            />
          </div>
          <span className="mb-4 pb-2.5">{t("unit")}</span>
        </div>
      ))}
      <SaveBar pending={pending} saved={saved ? t("saved") : ""}>
        {pending ? t("saving") : t("save")}
      </SaveBar>
    </form>
  );
}
