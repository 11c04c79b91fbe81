-- The directory triggers of real_first_sources_folding, made cheap for batch writes: a createMany of
-- 2,000 profiles (the scale seed) ran one UPDATE of Organization per row, and each UPDATE folded the
-- name again, which passed Prisma's 5 s transaction limit. Now the name is folded only when it is
-- written, the text only when capabilities or services are, and profileFilled is set once per statement.
DROP TRIGGER organization_fold ON "Organization";
CREATE TRIGGER organization_fold BEFORE INSERT OR UPDATE OF "name" ON "Organization"
  FOR EACH ROW EXECUTE FUNCTION organization_fold();

DROP TRIGGER company_profile_fold ON "CompanyProfile";
CREATE TRIGGER company_profile_fold BEFORE INSERT OR UPDATE OF "capabilities", "services" ON "CompanyProfile"
  FOR EACH ROW EXECUTE FUNCTION company_profile_fold();

DROP TRIGGER company_profile_filled ON "CompanyProfile";
DROP FUNCTION company_profile_filled();

CREATE FUNCTION company_profile_filled_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Organization" o SET "profileFilled" = x.filled
  FROM (
    SELECT "organizationId",
      (btrim("capabilities") <> '' OR btrim("services") <> '' OR cardinality("industries") > 0) AS filled
    FROM changed
  ) x
  WHERE o."id" = x."organizationId" AND o."profileFilled" IS DISTINCT FROM x.filled;
  RETURN NULL;
END $$;
CREATE FUNCTION company_profile_removed_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Organization" o SET "profileFilled" = false
  FROM changed x WHERE o."id" = x."organizationId" AND o."profileFilled";
  RETURN NULL;
END $$;
-- PostgreSQL allows a transition table only on a trigger with a single event: three triggers.
CREATE TRIGGER company_profile_filled_insert AFTER INSERT ON "CompanyProfile"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION company_profile_filled_rows();
CREATE TRIGGER company_profile_filled_update AFTER UPDATE ON "CompanyProfile"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION company_profile_filled_rows();
CREATE TRIGGER company_profile_filled_delete AFTER DELETE ON "CompanyProfile"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION company_profile_removed_rows();

-- normalize() (TypeScript) joins a half-width voiced mark to the kana before a dropped ー or space
-- (カーﾞ → が); NFC after the drop does the same here, so both sides hold the same code points.
CREATE OR REPLACE FUNCTION kyoso_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT normalize(regexp_replace(
    translate(lower(normalize(coalesce(t, ''), NFKC)),
      'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ',
      'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ'),
    '[\s\u30fc\u2010-\u2015\u2212\uff70\u30fb]', '', 'g'), NFC)
$$;
UPDATE "Organization" SET "nameFolded" = kyoso_fold("name") WHERE "nameFolded" <> kyoso_fold("name");
UPDATE "CompanyProfile" SET "textFolded" = kyoso_fold("capabilities") || E'\x01' || kyoso_fold("services")
  WHERE "textFolded" <> kyoso_fold("capabilities") || E'\x01' || kyoso_fold("services");
