import type { ReactNode } from "react";
import { FieldsetHead } from "@/components/ui/field";

type Option = { value: string; label: string; hint?: string };

/** Radio or checkbox group with a legend: big click targets (the whole row is the label). */
export function ChoiceGroup({
  name,
  legend,
  hint,
  options,
  type,
  value,
  onChange,
  error,
  badge,
  columns = 1,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: Option[];
  type: "radio" | "checkbox";
  value: string | string[];
  onChange: (v: string | string[]) => void;
  error?: string[];
  badge?: ReactNode;
  columns?: 1 | 2;
}) {
  const selected = (v: string) => (Array.isArray(value) ? value.includes(v) : value === v);
  const toggle = (v: string) => {
    if (type === "radio") return onChange(v);
    const list = Array.isArray(value) ? value : [];
    onChange(list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  };
  const described =
    [hint ? `${name}-hint` : null, error?.length ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="mb-4" aria-describedby={described} id={name} tabIndex={-1}>
      <FieldsetHead name={name} legend={legend} note={badge} hint={hint} />
      <div className={`mt-2 grid gap-2 ${columns === 2 ? "sm:grid-cols-2" : ""}`}>
        {options.map((o) => (
          <label
            key={o.value}
            className={`flex min-h-11 cursor-pointer items-start gap-3 rounded border px-3 py-2 ${selected(o.value) ? "border-brand-600 bg-brand-50" : "border-stone-300 bg-white"}`}
          >
            <input
              type={type}
              name={name}
              value={o.value}
              checked={selected(o.value)}
              onChange={() => toggle(o.value)}
              className="mt-1.5 size-4 shrink-0 accent-brand-700"
            />
            <span>
              <span className="block">{o.label}</span>
              {o.hint ? <span className="block text-sm text-stone-600">{o.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error?.length ? (
        <p id={`${name}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {error.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
