import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// Label, hint and error tied to the control with ids, so screen readers announce the error and
// a clerk sees in plain Japanese what to fix, right next to the field.
type Common = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string[] | string;
  required?: boolean;
  requiredLabel?: string;
};

const control =
  "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600";

export function FieldShell({
  name,
  label,
  hint,
  error,
  required,
  requiredLabel = "必須",
  children,
}: Common & { children: ReactNode }) {
  const errors = typeof error === "string" ? [error] : error;
  return (
    <div className="mb-4">
      <label htmlFor={name} className="block font-medium">
        {label}
        {required ? <span className="ml-2 rounded bg-red-50 px-1.5 text-xs text-red-700">{requiredLabel}</span> : null}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {children}
      {errors?.length ? (
        <p id={`${name}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (p: Common) =>
  [p.hint ? `${p.name}-hint` : null, p.error?.length ? `${p.name}-error` : null].filter(Boolean).join(" ") || undefined;

export function TextField(p: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  const { label, hint, error, requiredLabel, ...rest } = p;
  void label;
  void hint;
  void requiredLabel;
  return (
    <FieldShell {...p}>
      <input
        id={p.name}
        {...rest}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(p)}
        className={control}
      />
    </FieldShell>
  );
}

export function TextAreaField(p: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const { label, hint, error, requiredLabel, ...rest } = p;
  void label;
  void hint;
  void requiredLabel;
  return (
    <FieldShell {...p}>
      <textarea
        id={p.name}
        rows={4}
        {...rest}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(p)}
        className={control}
      />
    </FieldShell>
  );
}

export function SelectField(
  p: Common &
    Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & {
      options: { value: string; label: string }[];
      placeholder?: string;
    },
) {
  const { label, hint, error, requiredLabel, options, placeholder, ...rest } = p;
  void label;
  void hint;
  void requiredLabel;
  return (
    <FieldShell {...p}>
      <select
        id={p.name}
        {...rest}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(p)}
        className={control}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-800">
      {message}
    </div>
  );
}
