-- CreateIndex
CREATE INDEX "Case_published_isDemo_fiscalYear_createdAt_id_idx" ON "Case"("published", "isDemo", "fiscalYear" DESC, "createdAt" DESC, "id");
