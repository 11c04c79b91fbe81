"use client";
import { useTranslations } from "next-intl";

export type Row = Record<string, string> & { key: string };
type Column = { name: string; label: string; type?: "text" | "url"; required?: boolean; placeholder?: string };

/**
 * Rows of small text inputs (partners, figures, links). Every input has its own visible label so
 * a screen reader and a clerk both know which row they are in; big add/remove buttons.
 */
export function RepeatableRows({
  name,
  legend,
  hint,
  columns,
  rows,
  onChange,
  addLabel,
  error,
  max,
  newKey,
}: {
  name: string;
  legend: string;
  hint?: string;
  columns: Column[];
  rows: Row[];
  onChange: (rows: Row[]) => void;
  addLabel: string;
  error?: string[];
  max: number;
  newKey: () => string;
}) {
  const t = useTranslations("cases.form");
  const set = (i: number, col: string, v: string) => onChange(rows.map((r, k) => (k === i ? { ...r, [col]: v } : r)));
  const add = () =>
    onChange([...rows, { key: newKey(), ...Object.fromEntries(columns.map((c) => [c.name, ""])) } as Row]);
  const described =
    [hint ? `${name}-hint` : null, error?.length ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="mb-5" id={name} tabIndex={-1} aria-describedby={described}>
      <legend className="font-medium">{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <ol className="mt-2 space-y-3">
        {rows.map((r, i) => (
          <li key={r.key} className="rounded border border-stone-200 bg-stone-50 p-3">
            <p className="mb-1 text-sm font-medium text-stone-700">{t("row", { n: i + 1 })}</p>
            <div className={`grid gap-3 ${columns.length > 1 ? "sm:grid-cols-2" : ""}`}>
              {columns.map((c) => {
                const id = `${name}-${i}-${c.name}`;
                return (
                  <div key={c.name}>
                    <label htmlFor={id} className="block text-sm font-medium">
                      {c.label}
                      {c.required ? (
                        <span className="ml-2 rounded bg-red-50 px-1.5 text-xs text-red-700">{t("required")}</span>
                      ) : null}
                    </label>
                    <input
                      id={id}
                      type={c.type ?? "text"}
                      value={r[c.name] ?? ""}
                      placeholder={c.placeholder}
                      onChange={(e) => set(i, c.name, e.target.value)}
                      className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base"
                    />
                  </div>
                );
              })}
            </div>
            <button
              type="button"
              onClick={() => onChange(rows.filter((_, k) => k !== i))}
              className="mt-2 inline-flex min-h-11 items-center rounded border border-stone-300 bg-white px-3 text-sm text-stone-800 hover:bg-stone-100"
            >
              {t("remove", { n: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      {rows.length < max ? (
        <button
          type="button"
          onClick={add}
          className="mt-3 inline-flex min-h-11 items-center rounded border border-brand-700 bg-white px-4 font-medium text-brand-800 hover:bg-brand-50"
        >
          ＋ {addLabel}
        </button>
      ) : null}
      {error?.length ? (
        <p id={`${name}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {[...new Set(error)].join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
