import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

// Every figure on the page is in a plain table as well as (or instead of) a chart: screen readers
// read it, and clerks print tables. On a narrow screen the table scrolls sideways inside a focusable
// region (keyboard users can scroll it too), with the row labels kept in view.
export function DataTable({
  id,
  caption,
  head,
  children,
  hideCaption,
}: {
  id: string;
  caption: ReactNode;
  head: ReactNode[];
  children: ReactNode;
  hideCaption?: boolean;
}) {
  return (
    <Card role="region" aria-labelledby={`${id}-caption`} tabIndex={0} padding="none" className="overflow-x-auto">
      <table className="w-full border-collapse text-sm sm:text-base" data-testid={id}>
        <caption
          id={`${id}-caption`}
          className={hideCaption ? "sr-only" : "px-3 py-2 text-left font-medium text-stone-800"}
        >
          {caption}
        </caption>
        <thead className="bg-stone-100">
          <tr>
            {head.map((h, i) => (
              <th
                key={i}
                scope="col"
                className={`border-b border-stone-300 px-2 py-2 align-bottom font-medium sm:px-3 ${i === 0 ? "sticky left-0 z-10 min-w-28 bg-stone-100 text-left" : "min-w-16 text-right"}`}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </Card>
  );
}

export function Row({ label, cells, sub }: { label: ReactNode; cells: ReactNode[]; sub?: ReactNode }) {
  return (
    <tr className="border-b border-stone-200 last:border-b-0">
      <th scope="row" className="sticky left-0 bg-white px-2 py-2 text-left font-normal sm:px-3">
        {label}
        {sub ? <span className="ml-2 text-sm text-stone-600">{sub}</span> : null}
      </th>
      {cells.map((c, i) => (
        <td key={i} className="whitespace-nowrap px-2 py-2 text-right tabular-nums sm:px-3">
          {c}
        </td>
      ))}
    </tr>
  );
}

export const fmtN = (n: number) => n.toLocaleString("ja-JP");
