import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";

/** One part of the inbox: heading with its count, the items, or what will appear here when there are none. */
export async function InboxSection({
  id,
  title,
  total,
  shown,
  note,
  empty,
  children,
}: {
  id: string;
  title: string;
  total: number;
  shown: number;
  note?: ReactNode;
  empty: string;
  children: ReactNode;
}) {
  const t = await getTranslations("inbox");
  return (
    <section aria-labelledby={id} data-testid={id} className="space-y-3">
      <h2 id={id} className="flex flex-wrap items-baseline gap-x-3 text-xl font-bold">
        {title}
        <span className="text-base font-medium text-stone-700" data-testid={`${id}-count`}>
          {t("count", { count: total })}
        </span>
        {note}
      </h2>
      {total === 0 ? <EmptyState>{empty}</EmptyState> : <ul className="space-y-3">{children}</ul>}
      {total > shown ? <p className="text-sm text-stone-700">{t("more", { count: total - shown })}</p> : null}
    </section>
  );
}

/** A row of the inbox: a bordered box that wraps on a phone (titles are user data). */
export function InboxItem({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <li className="break-words rounded border border-stone-200 bg-white p-3 sm:p-4" data-testid={testId}>
      {children}
    </li>
  );
}
