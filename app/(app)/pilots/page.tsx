import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format";
import { listPilots } from "@/lib/pilots/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pilots.meta");
  return { title: t("list") };
}

const tone = { PLANNING: "warning", AGREED: "brand", ENDED: "neutral", CANCELLED: "neutral" } as const;

/** Every pilot the viewer reads (the inbox's 「合意またはレビュー待ち」 line leads here). */
export default async function PilotsPage() {
  const user = await requirePageRole(CAN.useOwnAccount, { active: true });
  const t = await getTranslations("pilots");
  const locale = await getLocale();
  const pilots = await listPilots(user);
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <PageHeader title={t("list.heading")} description={t("list.pageLead")} />
      {pilots.length === 0 ? (
        <EmptyState>{t("list.empty")}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {pilots.map((p) => (
            <li key={p.id} className="rounded border border-stone-200 bg-white p-3">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/pilots/${p.id}`} className="break-words font-medium">
                  {p.title}
                </Link>
                <Badge tone={tone[p.status]}>{t(`status.${p.status}`)}</Badge>
              </div>
              <p className="mt-1 break-words text-sm text-stone-700">
                {t("list.parties", { company: p.company, municipality: p.municipality })}　
                {t("list.period", { start: formatDate(p.startsOn, locale), end: formatDate(p.endsOn, locale) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
