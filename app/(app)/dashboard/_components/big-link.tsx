import Link from "@/components/ui/link";

/**
 * A large, plainly labelled target: clerks on old PCs should not have to aim. Text colours sit on
 * the inner spans because the global `a { color }` rule is unlayered and beats utility classes.
 */
export function BigLink({
  href,
  title,
  body,
  primary = false,
}: {
  href: string;
  title: string;
  body?: string;
  primary?: boolean;
}) {
  return (
    <Link
      href={href}
      className={`block rounded-lg border-2 p-5 no-underline ${primary ? "border-brand-700 bg-brand-700 text-white hover:bg-brand-800" : "border-stone-300 bg-white text-stone-900 hover:border-brand-700"}`}
    >
      <span className={`block text-lg font-bold ${primary ? "text-white" : "text-brand-800"}`}>{title}</span>
      {body ? <span className={`mt-1 block text-sm ${primary ? "text-white" : "text-stone-800"}`}>{body}</span> : null}
    </Link>
  );
}
