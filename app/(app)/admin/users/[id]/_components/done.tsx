/** The outcome of an admin form, announced to screen readers. */
export function Done({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="status" className="mt-3 font-medium text-brand-800">
      {message}
    </p>
  );
}
