-- Facet values as one character each (lib/search/postgres.ts): "t<themeId>\x1fp13\x1fcMEDIUM…" was ~67
-- characters per case, so a search of ~1,000 matches aggregated, sent and split 70 KB to count its
-- facets (0.5 ms in the app alone). One character per value is ~5, counted by char code.

-- CreateTable
CREATE TABLE "SearchFacetValue" (
    "code" SERIAL NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "SearchFacetValue_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchFacetValue_value_key" ON "SearchFacetValue"("value");

-- Existing rows: number their values, then rewrite facetCodes as chr(256 + code), in the same order.
INSERT INTO "SearchFacetValue" (value)
SELECT DISTINCT v FROM "SearchKey", unnest(string_to_array("facetCodes", E'\x1f')) v WHERE v <> '' ORDER BY v;

UPDATE "SearchKey" k SET "facetCodes" = coalesce((
  SELECT string_agg(chr(256 + d.code), '' ORDER BY u.o)
  FROM unnest(string_to_array(k."facetCodes", E'\x1f')) WITH ORDINALITY AS u(v, o) JOIN "SearchFacetValue" d ON d.value = u.v), '')
WHERE "facetCodes" <> '';
