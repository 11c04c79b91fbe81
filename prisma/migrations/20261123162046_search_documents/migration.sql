-- pg_trgm came with the company directory migration, repeated here so this one stands alone.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "SearchEntry" (
    "kind" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "keywords" TEXT NOT NULL,
    "titleNorm" TEXT NOT NULL,
    "textNorm" TEXT NOT NULL,
    "grams" TEXT[],
    "themeIds" TEXT[],
    "prefectureCodes" TEXT[],
    "category" TEXT,
    "industries" TEXT[],
    "year" INTEGER,
    "date" TIMESTAMP(3) NOT NULL,
    "indexedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchEntry_pkey" PRIMARY KEY ("kind","id")
);

-- CreateIndex
CREATE INDEX "SearchEntry_grams_idx" ON "SearchEntry" USING GIN ("grams");

-- CreateIndex
CREATE INDEX "SearchEntry_kind_date_idx" ON "SearchEntry"("kind", "date");

-- CreateIndex
CREATE INDEX "SearchEntry_textNorm_trgm_idx" ON "SearchEntry" USING GIN ("textNorm" gin_trgm_ops);
