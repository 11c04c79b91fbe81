"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// Matches created per JST month and how many of them reached 商談. The table under it has the numbers.
export function TrendChart({
  data,
  label,
  names,
}: {
  data: { month: string; total: number; meeting: number }[];
  label: string;
  names: { total: string; meeting: string };
}) {
  return (
    <figure role="img" aria-label={label} className="h-72 w-full rounded border border-stone-200 bg-white p-2">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} minTickGap={16} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={48} />
          <Tooltip />
          <Legend />
          <Line
            type="linear"
            dataKey="total"
            name={names.total}
            stroke="#17603f"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="meeting"
            name={names.meeting}
            stroke="#b45309"
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
