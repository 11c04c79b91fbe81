import type { ComponentPropsWithRef, ReactNode } from "react";

// Label, hint and error tied to the control with ids, so screen readers announce the error and
// a clerk sees in plain Japanese what to fix, right next to the field. The controls take
// react-hook-form's register() as they are ({...register("subject")}: name, ref, onChange, onBlur).
type Common = {
  name: string;
  /** Defaults to the name; give one where a form repeats per row of a list (`summary-${id}`). */
  id?: string;
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
  id = name,
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
      <label htmlFor={id} className="block font-medium">
        {label}
        {required ? <span className="ml-2 rounded bg-red-50 px-1.5 text-xs text-red-700">{requiredLabel}</span> : null}
      </label>
      <FieldHint id={id} hint={hint} />
      {children}
      {errors?.length ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A field's hint, `${id}-hint` for the control's aria-describedby. */
function FieldHint({ id, hint }: { id: string; hint?: ReactNode }) {
  if (!hint) return null;
  return (
    <p id={`${id}-hint`} className="text-sm text-stone-600">
      {hint}
    </p>
  );
}

/** The top of a group of radios or checkboxes: the legend (with an optional note after it) and the hint. */
export function FieldsetHead({
  name,
  legend,
  note,
  hint,
}: {
  name: string;
  legend: ReactNode;
  note?: ReactNode;
  hint?: ReactNode;
}) {
  return (
    <>
      <legend className="font-medium">
        {legend}
        {note}
      </legend>
      <FieldHint id={name} hint={hint} />
    </>
  );
}

const describedBy = ({ id, name, hint, error }: Common) =>
  [hint ? `${id ?? name}-hint` : null, error?.length ? `${id ?? name}-error` : null].filter(Boolean).join(" ") ||
  undefined;

/** The control's own props: the shell's props taken out, the id, error state and hint references put in. */
function controlProps<P extends Common>(p: P) {
  const { label, hint, error, requiredLabel, ...rest } = p;
  void label;
  void hint;
  void requiredLabel;
  return {
    id: p.id ?? p.name,
    ...rest,
    "aria-invalid": error?.length ? true : undefined,
    "aria-describedby": describedBy(p),
    className: control,
  };
}

export function TextField(p: Common & Omit<ComponentPropsWithRef<"input">, "name">) {
  return (
    <FieldShell {...p}>
      <input {...controlProps(p)} />
    </FieldShell>
  );
}

export function TextAreaField(p: Common & Omit<ComponentPropsWithRef<"textarea">, "name">) {
  return (
    <FieldShell {...p}>
      <textarea rows={4} {...controlProps(p)} />
    </FieldShell>
  );
}

export function SelectField({
  options,
  placeholder,
  ...p
}: Common &
  Omit<ComponentPropsWithRef<"select">, "name"> & {
    options: { value: string; label: string }[];
    placeholder?: string;
  }) {
  return (
    <FieldShell {...p}>
      <select {...controlProps(p)}>
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

/**
 * The messages of a react-hook-form error, for a field's `error` prop. A list or group (rows of
 * partners, answers) has its errors nested per row and column; they are shown once, together.
 */
export function errorText(error: unknown): string[] | undefined {
  const out = new Set<string>();
  const walk = (e: unknown) => {
    if (!e || typeof e !== "object") return;
    const { message } = e as { message?: unknown };
    if (typeof message === "string" && message) out.add(message);
    for (const [k, v] of Object.entries(e)) if (k !== "ref" && k !== "message") walk(v);
  };
  walk(error);
  return out.size ? [...out] : undefined;
}
