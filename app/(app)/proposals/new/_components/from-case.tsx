import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";

type Source = {
  id: string;
  title: string;
  next: { name: string; lgCode: string; challenges: { id: string; title: string }[] }[];
};

/** 横展開: the municipalities with an open challenge on the case's theme, each one click from a prefilled form. */
export async function FromCase({ source, chosen }: { source: Source; chosen: string | null }) {
  const t = await getTranslations("proposals.fromCase");
  return (
    <Card as="section" aria-labelledby="from-case" data-testid="from-case">
      <h2 id="from-case" className="text-lg font-bold">
        {t("title")}
      </h2>
      {source.next.length ? (
        <>
          <p className="mt-1 break-words text-stone-700">{t("lead", { title: source.title })}</p>
          <ul className="mt-3 divide-y divide-stone-200">
            {source.next.map((m) => (
              <li key={m.lgCode} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <div className="min-w-0">
                  <p className="font-medium">{m.name}</p>
                  <p className="break-words text-sm text-stone-700">{m.challenges.map((c) => c.title).join("、")}</p>
                </div>
                {chosen === m.lgCode ? (
                  <Badge tone="brand">{t("chosen")}</Badge>
                ) : (
                  <Link
                    href={`/proposals/new?case=${source.id}&municipality=${m.lgCode}&challenge=${m.challenges[0].id}`}
                    className="inline-flex min-h-11 items-center"
                  >
                    {t("propose")}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-1 text-stone-700">{t("none")}</p>
      )}
    </Card>
  );
}
