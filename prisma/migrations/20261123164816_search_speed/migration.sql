-- DropIndex
DROP INDEX "SearchEntry_kind_date_idx";

-- CreateIndex
CREATE INDEX "SearchEntry_kind_date_id_idx" ON "SearchEntry"("kind", "date", "id");

-- DropIndex
DROP INDEX "SearchEntry_textNorm_trgm_idx";

-- CreateIndex
CREATE INDEX "SearchEntry_titleNorm_trgm_idx" ON "SearchEntry" USING GIN ("titleNorm" gin_trgm_ops);

-- Existing entries get the marker grams the search backend now relies on (lib/search/postgres.ts):
-- x01 + kind (the kind inside the GIN lookup), x02 + sample bucket (uniform 1/16 samples for
-- estimated totals), x03 + each uni-/bigram of the normalised title (title matches through the
-- index). New and reindexed entries get them from docGrams(), the bucket hash differs there (FNV-1a,
-- here hashtext), which is harmless: any uniform split of ids works.
UPDATE "SearchEntry" e SET grams = ARRAY(
  SELECT DISTINCT g FROM unnest(
    e.grams
    || ARRAY[E'\x01' || e.kind, E'\x02' || to_hex(hashtext(e.id) & 15)]
    || ARRAY(SELECT E'\x03' || substr(e."titleNorm", i, 1) FROM generate_series(1, length(e."titleNorm")) i)
    || ARRAY(SELECT E'\x03' || substr(e."titleNorm", i, 2) FROM generate_series(1, length(e."titleNorm") - 1) i)
  ) g
);

-- The planner needs element statistics of the title grams (a larger sample of common elements than
-- the default) to choose between an index walk in date order and a bitmap scan for broad queries.
ALTER TABLE "SearchEntry" ALTER COLUMN grams SET STATISTICS 1000;
ANALYZE "SearchEntry";

-- Typo fallback on titles with a lenient threshold, in one statement: the SET clause of a function scopes
-- the setting to the call, so the backend needs no transaction + set_config round trips.
CREATE OR REPLACE FUNCTION search_title_typo(term text, doc_kind text) RETURNS TABLE (id text)
LANGUAGE sql STABLE SET pg_trgm.word_similarity_threshold = 0.45 AS $$
  SELECT e.id FROM "SearchEntry" e WHERE e.kind = doc_kind AND term <% e."titleNorm" LIMIT 1000
$$;
