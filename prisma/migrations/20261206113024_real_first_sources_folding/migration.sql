-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "sourcePublishedOn" DATE,
ADD COLUMN     "sourcePublisher" TEXT,
ADD COLUMN     "sourceUrl" TEXT;

-- AlterTable
ALTER TABLE "Challenge" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "CompanyProfile" ADD COLUMN     "textFolded" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "nameFolded" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "profileFilled" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Case_real_first_oldest_idx" ON "Case"("published", "isDemo", "fiscalYear", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Case_real_first_recent_idx" ON "Case"("published", "isDemo", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "CompanyProfile_textFolded_trgm_idx" ON "CompanyProfile" USING GIN ("textFolded" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Organization_nameFolded_trgm_idx" ON "Organization" USING GIN ("nameFolded" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Organization_kind_profileFilled_name_id_idx" ON "Organization"("kind", "profileFilled" DESC, "name", "id");

-- The directory keyword box folds text as search does (lib/search/normalize.ts: NFKC, lower case,
-- katakana → hiragana, whitespace, ー, dashes and 中黒 dropped), so ｻｲﾎﾞｳｽﾞ, さいぼうず and サイボウズ
-- find one another. The folded copies are kept by triggers, so every writer (forms, seeds, sign-up)
-- keeps them right without knowing. lib/companies/folding.test.ts holds this function equal to normalize().
CREATE OR REPLACE FUNCTION kyoso_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(
    translate(lower(normalize(coalesce(t, ''), NFKC)),
      'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ',
      'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ'),
    '[\s\u30fc\u2010-\u2015\u2212\uff70\u30fb]', '', 'g')
$$;

CREATE OR REPLACE FUNCTION organization_fold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."nameFolded" := kyoso_fold(NEW."name");
  RETURN NEW;
END $$;
CREATE TRIGGER organization_fold BEFORE INSERT OR UPDATE ON "Organization"
  FOR EACH ROW EXECUTE FUNCTION organization_fold();

-- \x01 separates the two fields: no query contains it (cleanText strips control characters), so a
-- keyword never matches across the end of capabilities and the start of services.
CREATE OR REPLACE FUNCTION company_profile_fold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."textFolded" := kyoso_fold(NEW."capabilities") || E'\x01' || kyoso_fold(NEW."services");
  RETURN NEW;
END $$;
CREATE TRIGGER company_profile_fold BEFORE INSERT OR UPDATE ON "CompanyProfile"
  FOR EACH ROW EXECUTE FUNCTION company_profile_fold();

-- 「プロフィール未登録」 = no profile row, or one with nothing written in it. Organization.profileFilled
-- mirrors it so the directory can order by it from an index (25,000 companies).
CREATE OR REPLACE FUNCTION company_profile_filled() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  filled boolean := false;
  org text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    org := OLD."organizationId";
  ELSE
    org := NEW."organizationId";
    filled := btrim(NEW."capabilities") <> '' OR btrim(NEW."services") <> '' OR cardinality(NEW."industries") > 0;
  END IF;
  UPDATE "Organization" SET "profileFilled" = filled WHERE "id" = org AND "profileFilled" IS DISTINCT FROM filled;
  RETURN NULL;
END $$;
CREATE TRIGGER company_profile_filled AFTER INSERT OR UPDATE OR DELETE ON "CompanyProfile"
  FOR EACH ROW EXECUTE FUNCTION company_profile_filled();

UPDATE "Organization" SET "nameFolded" = kyoso_fold("name");
UPDATE "CompanyProfile" SET "textFolded" = kyoso_fold("capabilities") || E'\x01' || kyoso_fold("services");
UPDATE "Organization" o SET "profileFilled" = true FROM "CompanyProfile" p
  WHERE p."organizationId" = o."id"
    AND (btrim(p."capabilities") <> '' OR btrim(p."services") <> '' OR cardinality(p."industries") > 0);

-- The seeded challenges are invented (prisma/seed/challenges.ts): mark them in databases seeded before.
UPDATE "Challenge" SET "isDemo" = true WHERE "id" LIKE 'seed-challenge-%';
