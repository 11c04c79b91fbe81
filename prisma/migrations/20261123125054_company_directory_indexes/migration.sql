-- Trigram indexes for the company directory keyword search (ILIKE with a pattern on 25,000 companies).
-- pg_trgm ships with PostgreSQL contrib, and Prisma cannot declare extensions without a preview flag.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "CompanyProfile_capabilities_trgm_idx" ON "CompanyProfile" USING GIN ("capabilities" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CompanyProfile_services_trgm_idx" ON "CompanyProfile" USING GIN ("services" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Organization_name_trgm_idx" ON "Organization" USING GIN ("name" gin_trgm_ops);
