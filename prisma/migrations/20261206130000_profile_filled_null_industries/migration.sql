-- CompanyProfile.industries is a nullable array: a profile written without industries (a nested create that
-- leaves it out) made `cardinality(NULL) > 0` NULL, and profileFilled (NOT NULL) refused the update.
CREATE OR REPLACE FUNCTION company_profile_filled_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Organization" o SET "profileFilled" = x.filled
  FROM (
    SELECT "organizationId",
      (btrim("capabilities") <> '' OR btrim("services") <> '' OR coalesce(cardinality("industries"), 0) > 0) AS filled
    FROM changed
  ) x
  WHERE o."id" = x."organizationId" AND o."profileFilled" IS DISTINCT FROM x.filled;
  RETURN NULL;
END $$;
