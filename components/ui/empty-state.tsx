import Link from "@/components/ui/link";
import type { HTMLAttributes, ReactNode } from "react";

const box = "rounded border border-dashed border-stone-300 bg-white p-6 text-center";

/**
 * What an empty list shows instead: a message, optionally a bold title above it and one way onward
 * (clear the filters, browse elsewhere), so the page is never a dead end.
 */
export function EmptyState({
  title,
  action,
  children,
  className = "",
  ...props
}: {
  title?: ReactNode;
  action?: { href: string; label: ReactNode };
  children: ReactNode;
  className?: string;
} & Omit<HTMLAttributes<HTMLElement>, "title" | "children" | "className">) {
  const classes = `${box} ${className}`.trim();
  if (!title && !action) {
    return (
      <p {...props} className={classes}>
        {children}
      </p>
    );
  }
  return (
    <div {...props} className={classes}>
      {title ? <p className="font-bold">{title}</p> : null}
      <p className={title ? "mt-2 text-stone-700" : undefined}>{children}</p>
      {action ? (
        <p className="mt-4">
          <Link href={action.href} className="inline-flex min-h-11 items-center">
            {action.label}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
