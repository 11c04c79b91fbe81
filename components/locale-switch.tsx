"use client";
import { useLocale } from "next-intl";
import { useRouter } from "next/navigation";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { saveReaderLocaleAction } from "@/lib/notifications/actions";

export function LocaleSwitch({ label }: { label: string }) {
  const locale = useLocale();
  const router = useRouter();
  const next = locale === "ja" ? "en" : "ja";
  return (
    <button
      type="button"
      lang={next}
      className="text-stone-600 hover:underline"
      onClick={() => {
        document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
        // Signed in, notices and e-mail follow too (User.locale); signed out this is refused, harmlessly.
        void saveReaderLocaleAction({ locale: next }).catch(() => {});
        router.refresh();
      }}
    >
      {label}
    </button>
  );
}
