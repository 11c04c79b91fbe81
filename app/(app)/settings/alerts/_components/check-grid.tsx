import { FieldsetHead } from "@/components/ui/field";

/** A checkbox list with a legend; the whole row is the click target. `dense` packs 47 prefectures into columns. */
export function CheckGrid({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
  error,
  summary,
  dense,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (v: string[]) => void;
  error?: string[];
  summary?: string;
  dense?: boolean;
}) {
  const toggle = (x: string) => onChange(value.includes(x) ? value.filter((y) => y !== x) : [...value, x]);
  return (
    <fieldset className="mb-6" aria-describedby={hint ? `${name}-hint` : undefined}>
      <FieldsetHead
        name={name}
        legend={legend}
        note={summary ? <span className="ml-2 text-sm font-normal text-stone-600">（{summary}）</span> : null}
        hint={hint}
      />
      <div className={`mt-2 grid gap-2 ${dense ? "grid-cols-2 sm:grid-cols-4 lg:grid-cols-6" : "sm:grid-cols-2"}`}>
        {options.map((o) => (
          <label
            key={o.value}
            className={`flex min-h-11 cursor-pointer items-center gap-2 rounded border px-3 py-2 ${value.includes(o.value) ? "border-brand-600 bg-brand-50" : "border-stone-300 bg-white"}`}
          >
            <input
              type="checkbox"
              name={name}
              value={o.value}
              checked={value.includes(o.value)}
              onChange={() => toggle(o.value)}
              className="size-4 shrink-0 accent-brand-700"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error?.length ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
