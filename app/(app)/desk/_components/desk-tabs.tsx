"use client";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";

const TABS = [
  ["/desk", "hub"],
  ["/desk/calls", "calls"],
  ["/desk/proposals", "proposals"],
  ["/desk/staff", "staff"],
  ["/desk/settings", "settings"],
] as const;

/** The desk's sections; wraps onto two lines at 375 px rather than scrolling sideways. */
export function DeskTabs() {
  const t = useTranslations("desk.tabs");
  const path = usePathname();
  const current = (href: string) =>
    href === "/desk" ? path === "/desk" : path === href || path.startsWith(`${href}/`);
  return (
    <nav aria-label={t("label")} className="mt-2 border-b border-stone-200">
      <ul className="flex flex-wrap gap-x-1 gap-y-1">
        {TABS.map(([href, key]) => (
          <li key={href}>
            <Link
              href={href}
              aria-current={current(href) ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-t px-3 no-underline ${
                current(href)
                  ? "border-b-2 border-brand-700 font-bold text-brand-800"
                  : "text-stone-700 hover:bg-stone-100"
              }`}
            >
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
