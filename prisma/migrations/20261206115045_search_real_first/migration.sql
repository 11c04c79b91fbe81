-- Real data before demo data in every search order (issue 16 §5): a real row's SearchKey.sortKey gains 2^62
-- (REAL_FIRST in lib/search/postgres/rank.ts; dates up to 2100 stay below it). The indexer writes new rows so;
-- this converts the rows already indexed. Demo rows (Case.isDemo, Challenge.isDemo) keep their key.
UPDATE "SearchKey" k SET "sortKey" = k."sortKey" + 4611686018427387904
WHERE k."sortKey" < 4611686018427387904
  AND NOT (
    (k.kind = 'CASE' AND EXISTS (SELECT 1 FROM "Case" c WHERE c.id = k.id AND c."isDemo"))
    OR (k.kind = 'CHALLENGE' AND EXISTS (SELECT 1 FROM "Challenge" c WHERE c.id = k.id AND c."isDemo"))
  );
