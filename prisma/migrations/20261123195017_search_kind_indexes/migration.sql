-- CreateIndex
CREATE INDEX "SearchKey_grams_case_idx" ON "SearchKey" USING GIN ("grams") WHERE (kind = 'CASE');

-- CreateIndex
CREATE INDEX "SearchKey_grams_challenge_idx" ON "SearchKey" USING GIN ("grams") WHERE (kind = 'CHALLENGE');

-- CreateIndex
CREATE INDEX "SearchKey_grams_company_idx" ON "SearchKey" USING GIN ("grams") WHERE (kind = 'COMPANY');
