import type { ReactNode } from "react";

/** The page's one h1. Pages whose title sits inside other chrome (a card with a logo, a hero) use it alone. */
export function PageTitle({ children, className = "" }: { children: ReactNode; className?: string }) {
  // break-words: titles are user data (company names, thread subjects) and must not widen the page at 375 px.
  return <h1 className={`break-words text-2xl font-bold ${className}`.trim()}>{children}</h1>;
}

/**
 * Title, lead and the page's main actions. The actions wrap below the title on a phone and sit to its right
 * from the point where both fit; `children` adds lines under the lead (counts, scope, a link to a sibling page).
 */
export function PageHeader({
  title,
  description,
  actions,
  children,
  className = "",
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  const text = (
    <>
      <PageTitle>{title}</PageTitle>
      {description ? <p className="mt-1 break-words text-stone-700">{description}</p> : null}
      {children}
    </>
  );
  if (!actions) return className ? <div className={className}>{text}</div> : <div>{text}</div>;
  return (
    <div className={`flex flex-wrap items-end justify-between gap-3 ${className}`.trim()}>
      <div className="min-w-0">{text}</div>
      <div className="flex flex-wrap items-center gap-3">{actions}</div>
    </div>
  );
}
