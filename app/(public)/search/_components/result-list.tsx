import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatFiscalYear } from "@/lib/format";
import type { SearchHit } from "@/lib/search/types";
import { Highlighted } from "./highlighted";
import { hitHref, type Tab } from "./search-params";
import { Card } from "@/components/ui/card";
import { withSource } from "@/lib/views/source";

export async function ResultList({ tab, hits }: { tab: Tab; hits: SearchHit[] }) {
  const t = await getTranslations("search.tabs");
  const tc = await getTranslations("common");
  const locale = await getLocale();
  return (
    <ol className="space-y-3" data-testid="search-results">
      {hits.map((h) => (
        <Card as="li" key={h.id} data-testid="search-hit">
          <h3 className="text-lg font-bold leading-snug">
            <Link href={withSource(h.href ?? hitHref(tab, h.id), "search")}>
              <Highlighted text={h.titleHighlighted || h.title} />
            </Link>
          </h3>
          <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-700">
            <span className="sr-only">{t(tab)}</span>
            {h.subtitle ? <span>{h.subtitle}</span> : null}
            {h.year ? <span>{formatFiscalYear(h.year, locale)}</span> : null}
            {h.isDemo ? <Badge tone="warning">{tc("demoBadge")}</Badge> : null}
          </p>
          {h.snippet ? (
            <p className="mt-2 line-clamp-3 text-stone-800" data-testid="search-snippet">
              <Highlighted text={h.snippet} />
            </p>
          ) : null}
        </Card>
      ))}
    </ol>
  );
}
