import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

/** Links keep every other query parameter, so filters survive paging and URLs stay shareable. */
export async function Pagination({
  page,
  pageSize,
  total,
  basePath,
  params,
}: {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  const t = await getTranslations("common.pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== "page") q.set(k, v);
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  return (
    <nav aria-label="pagination" className="mt-6 flex items-center justify-between gap-4 text-sm">
      <span>{t("total", { count: total })}</span>
      <span className="flex items-center gap-4">
        {page > 1 ? (
          <Link href={href(page - 1)} rel="prev">
            {t("prev")}
          </Link>
        ) : (
          <span className="text-stone-600">{t("prev")}</span>
        )}
        <span>{t("page", { page, total: pages })}</span>
        {page < pages ? (
          <Link href={href(page + 1)} rel="next">
            {t("next")}
          </Link>
        ) : (
          <span className="text-stone-600">{t("next")}</span>
        )}
      </span>
    </nav>
  );
}
