import Link from "@/components/ui/link";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";

type Props = Omit<ComponentPropsWithoutRef<"form">, "action" | "method" | "children"> & {
  /** The list the form filters; the reset link goes back to it with no query. */
  action: string;
  /** A visible heading that names the form; without one, give the form an aria-label. */
  heading?: { id: string; text: ReactNode };
  /** The grid's column classes, written out in full so Tailwind finds them (e.g. "sm:grid-cols-2 lg:grid-cols-4"). */
  columns: string;
  /** Shown above the fields (a filter that came from a link, with a way to remove it). */
  before?: ReactNode;
  /** A free-text box (?q=) across the whole first row; the list schemas take at most 100 characters. */
  search?: { label: string; hint: string; value?: string };
  /** A note under the fields. */
  hint?: ReactNode;
  applyLabel: ReactNode;
  resetLabel: ReactNode;
  children: ReactNode;
};

/** A plain GET form: works without JavaScript, and every filtered view is a URL that can be bookmarked or shared. */
export function FilterFormShell({
  action,
  heading,
  columns,
  before,
  search,
  hint,
  applyLabel,
  resetLabel,
  children,
  ...props
}: Props) {
  return (
    <Card as="form" method="get" action={action} aria-labelledby={heading?.id} {...props}>
      {heading ? (
        <h2 id={heading.id} className="mb-3 font-bold">
          {heading.text}
        </h2>
      ) : null}
      {before}
      <div className={`grid gap-x-4 ${columns}`}>
        {search ? (
          <div className="col-span-full">
            <TextField
              name="q"
              label={search.label}
              hint={search.hint}
              defaultValue={search.value ?? ""}
              maxLength={100}
              type="search"
            />
          </div>
        ) : null}
        {children}
      </div>
      {hint ? <p className="-mt-2 mb-4 text-sm text-stone-600">{hint}</p> : null}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{applyLabel}</Button>
        <Link href={action} className="inline-flex min-h-11 items-center">
          {resetLabel}
        </Link>
      </div>
    </Card>
  );
}
