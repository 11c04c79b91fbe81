-- Narrow match table for the PostgreSQL search backend (docs/search.md, lib/search/postgres.ts).
-- Matching, counts, facets and the page's ids read only SearchKey, whose heap rows are ~200 bytes
-- because grams live out of line in its TOAST table. SearchEntry keeps the texts for highlights.
-- PostgreSQL toasts only rows over ~2 KB, and most gram arrays are 1-1.5 KB: the toastPad default
-- (2,100 spaces) makes every new row big enough, the toaster compresses the pad to a few bytes and,
-- with toast_tuple_target 128 and STORAGE EXTERNAL, moves grams out of line. Updates of a row that
-- already has an out-of-line value go through the toaster too.

-- CreateTable
CREATE TABLE "SearchKey" (
    "kind" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "titleNorm" TEXT NOT NULL,
    "grams" TEXT[],
    "themeIds" TEXT[],
    "prefectureCodes" TEXT[],
    "category" TEXT,
    "industries" TEXT[],
    "year" INTEGER,
    "toastPad" TEXT NOT NULL DEFAULT repeat(' '::text, 2100),

    CONSTRAINT "SearchKey_pkey" PRIMARY KEY ("kind","id")
) WITH (toast_tuple_target = 128);

ALTER TABLE "SearchKey" ALTER COLUMN "grams" SET STORAGE EXTERNAL;

-- Everything else stays in the row (MAIN: compressed at most, moved out only past ~8 KB). With the
-- default (EXTENDED) the toaster also moved titleNorm and the facet arrays out, and the title LIKE of
-- a broad query detoasted 4,000 titles (33,502 buffer hits, 127 ms, EXPLAIN in docs/search.md).
ALTER TABLE "SearchKey" ALTER COLUMN "kind" SET STORAGE MAIN,
  ALTER COLUMN "id" SET STORAGE MAIN,
  ALTER COLUMN "titleNorm" SET STORAGE MAIN,
  ALTER COLUMN "themeIds" SET STORAGE MAIN,
  ALTER COLUMN "prefectureCodes" SET STORAGE MAIN,
  ALTER COLUMN "category" SET STORAGE MAIN,
  ALTER COLUMN "industries" SET STORAGE MAIN;

-- Existing entries move over in (kind, date) order, so one kind's rows share pages.
INSERT INTO "SearchKey" ("kind", "id", "date", "titleNorm", "grams", "themeIds", "prefectureCodes", "category", "industries", "year")
SELECT "kind", "id", "date", "titleNorm", "grams", "themeIds", "prefectureCodes", "category", "industries", "year"
FROM "SearchEntry" ORDER BY "kind", "date", "id";

-- CreateIndex
CREATE INDEX "SearchKey_grams_idx" ON "SearchKey" USING GIN ("grams");

-- CreateIndex
CREATE INDEX "SearchKey_kind_date_id_idx" ON "SearchKey"("kind", "date", "id");

-- CreateIndex
CREATE INDEX "SearchKey_titleNorm_trgm_idx" ON "SearchKey" USING GIN ("titleNorm" gin_trgm_ops);

-- The planner needs element statistics of the title grams (see the search_speed migration).
ALTER TABLE "SearchKey" ALTER COLUMN "grams" SET STATISTICS 1000;
ANALYZE "SearchKey";

-- Typo fallback on the narrow table (same threshold as before).
CREATE OR REPLACE FUNCTION search_title_typo(term text, doc_kind text) RETURNS TABLE (id text)
LANGUAGE sql STABLE SET pg_trgm.word_similarity_threshold = 0.45 AS $$
  SELECT k.id FROM "SearchKey" k WHERE k.kind = doc_kind AND term <% k."titleNorm" LIMIT 1000
$$;

-- DropIndex
DROP INDEX "SearchEntry_grams_idx";

-- DropIndex
DROP INDEX "SearchEntry_kind_date_id_idx";

-- DropIndex
DROP INDEX "SearchEntry_titleNorm_trgm_idx";

-- AlterTable
ALTER TABLE "SearchEntry" DROP COLUMN "category",
DROP COLUMN "grams",
DROP COLUMN "industries",
DROP COLUMN "prefectureCodes",
DROP COLUMN "themeIds",
DROP COLUMN "year";
