-- Filters now match facetCodes (lib/search/postgres.ts filterSql), so the filter arrays are no longer
-- written or read: a row of ~300 bytes becomes ~190, and a search's matches sit on fewer heap pages.
-- Counting the facets of 「防災」's ~1,400 company matches read 1,453 → 919 pages of the table and took
-- 1.95 → 1.0 ms (4.3 → 2.6 ms after an idle gap), measured on a copy of the table (docs/search.md).
--
-- The columns stay, NULL, for one release: instances of the previous release still write them and
-- filter on them during a rolling deploy (their filtered searches find nothing until they are
-- replaced, instead of failing). The next release drops them (docs/operations.md, upgrades).
UPDATE "SearchKey" SET "themeIds" = NULL, "prefectureCodes" = NULL, "category" = NULL, "industries" = NULL;

-- Rewrite the table (and its indexes) without the old row versions, in the order newest-first walks
-- read it. Locks the table for the rewrite (seconds at seed scale).
CLUSTER "SearchKey" USING "SearchKey_kind_sortKey_id_idx";
ANALYZE "SearchKey";
