import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { requirePageRole } from "@/lib/auth/session";
import { getFilterOptions, listBoard, listMatches, viewerOf } from "@/lib/matches/queries";
import { filterParams, parseMatchFilters } from "@/lib/matches/schema";
import { listThemes } from "@/lib/themes/queries";
import { Board } from "./_components/board";
import { FilterForm } from "./_components/filter-form";
import { MatchTable } from "./_components/match-table";
import { ViewTabs } from "./_components/view-tabs";
import { CAN } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

const PAGE_SIZE = 30;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("matches.meta");
  return { title: t("board") };
}

/** Coordinators and admins work the pipeline here; approved municipal staff see their own, read-only. */
export default async function PipelinePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(CAN.viewPipeline, { active: true });
  const t = await getTranslations("matches.board");
  const filters = parseMatchFilters(await searchParams);
  const readOnly = viewerOf(user) !== "coordinator";
  const [options, themes] = await Promise.all([getFilterOptions(user, filters), listThemes()]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={readOnly ? t("leadReadOnly") : t("lead")}
        actions={<ViewTabs filters={filters} />}
      />
      <FilterForm filters={filters} options={{ ...options, themes }} showMunicipality={!readOnly} />
      {filters.view === "table" ? (
        <TableView user={user} filters={filters} />
      ) : (
        <BoardView user={user} filters={filters} readOnly={readOnly} />
      )}
    </div>
  );
}

const keptParams = (f: ReturnType<typeof parseMatchFilters>) =>
  Object.fromEntries(Object.entries(filterParams(f)).filter((e): e is [string, string] => Boolean(e[1])));

type ViewProps = { user: Awaited<ReturnType<typeof requirePageRole>>; filters: ReturnType<typeof parseMatchFilters> };

async function BoardView({ user, filters, readOnly }: ViewProps & { readOnly: boolean }) {
  const t = await getTranslations("matches.board");
  const columns = await listBoard(user, filters);
  const none = columns.every((c) => c.total === 0);
  return (
    <>
      {none ? <EmptyState>{t("noneAtAll")}</EmptyState> : null}
      <Board columns={columns} readOnly={readOnly} query={keptParams(filters)} />
    </>
  );
}

async function TableView({ user, filters }: ViewProps) {
  const result = await listMatches(user, filters, PAGE_SIZE);
  return (
    <section>
      <MatchTable items={result.items} total={result.total} />
      {result.total > PAGE_SIZE ? (
        <Pagination
          page={result.page}
          pageSize={PAGE_SIZE}
          total={result.total}
          basePath="/pipeline"
          params={{ ...filterParams(filters), view: "table" }}
        />
      ) : null}
    </section>
  );
}
