import { getTranslations } from "next-intl/server";
import { SectionMessages } from "@/components/section-messages";
import { requireDeskPage } from "@/lib/desk/pages";
import { DeskTabs } from "./_components/desk-tabs";

/**
 * Every page under /desk is the partnership desk's: anyone else gets the 404 here already (each page checks again
 * for itself), so the desk's title and tabs are never drawn around someone else's 404.
 */
export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  await requireDeskPage();
  const t = await getTranslations("desk");
  return (
    <SectionMessages section="desk">
      <div className="space-y-6">
        <div>
          <p className="text-sm font-bold text-brand-800">{t("title")}</p>
          <DeskTabs />
        </div>
        {children}
      </div>
    </SectionMessages>
  );
}
