/** The header row of a plain data table: one left-aligned column header per label (labels are unique). */
export function TableHead({ labels }: { labels: string[] }) {
  return (
    <thead>
      <tr className="border-b border-stone-300 text-left">
        {labels.map((label) => (
          <th key={label} scope="col" className="p-2">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
