import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-4 text-stone-600">{t("notFoundBody")}</p>
      <p className="mt-6">
        <Link href="/">{t("backHome")}</Link>
      </p>
    </div>
  );
}
