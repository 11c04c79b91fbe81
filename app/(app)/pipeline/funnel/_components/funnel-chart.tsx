"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// Horizontal bars, one per stage, longest first: reads like the funnel it is, and the Japanese stage
// names fit on the left even at 375 px. The same figures are in the table under it.
export function FunnelChart({ data, label }: { data: { stage: string; reached: number }[]; label: string }) {
  return (
    <figure role="img" aria-label={label} className="h-64 w-full rounded border border-stone-200 bg-white p-2">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 48, bottom: 4, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="stage" width={104} tick={{ fontSize: 13, fill: "#292524" }} />
          <Tooltip formatter={(v) => [Number(v).toLocaleString("ja-JP"), ""]} separator="" />
          <Bar dataKey="reached" fill="#1f7a58" isAnimationActive={false}>
            <LabelList
              dataKey="reached"
              position="right"
              formatter={(v) => Number(v).toLocaleString("ja-JP")}
              style={{ fontSize: 12, fill: "#292524" }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
