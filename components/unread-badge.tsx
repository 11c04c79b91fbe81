/**
 * The red unread count on a header link. Screen readers hear it inside a phrase (「（未読3件）」), so the
 * link's name, built from its text, still contains the visible number. Nothing when all is read.
 */
export function UnreadBadge({
  count,
  prefix,
  suffix,
  className,
  "data-testid": testId,
}: {
  count: number;
  prefix: string;
  suffix: string;
  /** Position and padding. */
  className: string;
  "data-testid"?: string;
}) {
  if (count <= 0) return null;
  return (
    <span
      className={`min-w-5 rounded-full bg-red-700 text-center text-xs font-bold leading-5 text-white ${className}`}
      data-testid={testId}
    >
      <span className="sr-only">{prefix}</span>
      {count > 99 ? "99+" : count}
      <span className="sr-only">{suffix}</span>
    </span>
  );
}
