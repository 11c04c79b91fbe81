import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-stone-600">
        <p>
          <Link href="/about">{t("footer.about")}</Link>
        </p>
        <p className="mt-2">{t("footer.note")}</p>
      </div>
    </footer>
  );
}
