import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { SignOutButton } from "./sign-out-button";
import { LocaleSwitch } from "./locale-switch";
import { NotificationBell } from "./notification-bell";
import { MessagesLink } from "./messages-link";
import { SearchBox } from "./search-box";

export async function SiteHeader() {
  const t = await getTranslations("common");
  const ts = await getTranslations("search.box");
  const user = await getCurrentUser();
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-800 no-underline">
          {t("siteName")}
        </Link>
        <nav aria-label={t("nav.menu")} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex gap-4 text-sm">
            <li>
              <Link href="/challenges">{t("nav.challenges")}</Link>
            </li>
            <li>
              <Link href="/cases">{t("nav.cases")}</Link>
            </li>
            <li>
              <Link href="/about">{t("nav.about")}</Link>
            </li>
          </ul>
        </nav>
        {/* Wide screens get the as-you-type box; phones get a link to the search page, which has its own box. */}
        <div className="hidden min-w-52 max-w-sm flex-1 md:block">
          <SearchBox label={ts("headerLabel")} hideLabel compact testId="header-search" />
        </div>
        <div className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-1 text-sm">
          <Link
            href="/search"
            className="inline-flex min-h-10 items-center gap-1 md:hidden"
            data-testid="header-search-link"
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 20 20"
              className="size-4"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <circle cx="8.5" cy="8.5" r="5.5" />
              <path d="m13 13 4.5 4.5" strokeLinecap="round" />
            </svg>
            {ts("openPage")}
          </Link>
          <LocaleSwitch label={t("nav.language")} />
          {user ? (
            <>
              <Link href="/dashboard" className="hidden sm:inline">
                {user.name}
              </Link>
              <span className="rounded bg-brand-50 px-2 py-0.5 text-xs text-brand-800" data-testid="role-badge">
                {t(`roles.${user.role}`)}
                {user.status === "PENDING" ? `（${t("status.PENDING")}）` : ""}
              </span>
              <MessagesLink />
              <NotificationBell />
              <Link href="/dashboard">{t("nav.dashboard")}</Link>
              <SignOutButton label={t("nav.signOut")} />
            </>
          ) : (
            <>
              <Link href="/signin">{t("nav.signIn")}</Link>
              <Link
                href="/signup"
                className="rounded bg-brand-700 px-3 py-1.5 text-white no-underline hover:bg-brand-800"
              >
                {t("nav.signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
