import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { SignOutButton } from "./sign-out-button";
import { LocaleSwitch } from "./locale-switch";
import { NotificationBell } from "./notification-bell";
import { MessagesLink } from "./messages-link";

export async function SiteHeader() {
  const t = await getTranslations("common");
  const user = await getCurrentUser();
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-800 no-underline">
          {t("siteName")}
        </Link>
        <nav aria-label={t("nav.menu")} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex gap-4 text-sm">
            <li><Link href="/challenges">{t("nav.challenges")}</Link></li>
            <li><Link href="/cases">{t("nav.cases")}</Link></li>
            <li><Link href="/about">{t("nav.about")}</Link></li>
          </ul>
        </nav>
        <div className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-1 text-sm">
          <LocaleSwitch label={t("nav.language")} />
          {user ? (
            <>
              <Link href="/dashboard" className="hidden sm:inline">{user.name}</Link>
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
              <Link href="/signup" className="rounded bg-brand-700 px-3 py-1.5 text-white no-underline hover:bg-brand-800">
                {t("nav.signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
