// The naive search the benchmark compares against: ILIKE '%word%' over the source tables (what a
// Prisma `contains` becomes), returning what the search page shows — the first page (20, newest
// first), the total and the facet counts — in one statement, as the backend does.
import { Prisma, type PrismaClient } from "../../lib/generated/prisma/client";

const like = (t: string) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function sourceSql(kind: "CASE" | "CHALLENGE" | "COMPANY", terms: string[]): Prisma.Sql {
  const each = (cols: string[]) =>
    terms.length
      ? Prisma.join(
          terms.map(
            (t) =>
              Prisma.sql`(${Prisma.join(
                cols.map((c) => Prisma.sql`${Prisma.raw(c)} ILIKE ${like(t)}`),
                " OR ",
              )})`,
          ),
          " AND ",
        )
      : Prisma.sql`TRUE`;
  if (kind === "CASE") {
    return Prisma.sql`SELECT c.id, c."startedOn" AS date, o."prefectureCode" AS pref, c.scheme::text AS category, c."fiscalYear" AS year,
        ARRAY(SELECT "B" FROM "_CaseToTheme" WHERE "A" = c.id) AS themes, NULL::text[] AS industries
      FROM "Case" c JOIN "Organization" o ON o.id = c."municipalityId"
      WHERE c.published AND ${each(["c.title", "c.summary", "c.body", "o.name"])}`;
  }
  if (kind === "CHALLENGE") {
    return Prisma.sql`SELECT c.id, c."publishedAt" AS date, o."prefectureCode" AS pref, c.kind::text AS category, extract(year FROM c."publishedAt" - interval '3 months')::int AS year,
        ARRAY(SELECT "B" FROM "_ChallengeToTheme" WHERE "A" = c.id) AS themes, NULL::text[] AS industries
      FROM "Challenge" c JOIN "Organization" o ON o.id = c."municipalityId"
      WHERE c.status = 'PUBLISHED' AND c.kind <> 'PRIVATE_CONSULTATION' AND ${each(["c.title", "c.situation", "o.name"])}`;
  }
  return Prisma.sql`SELECT o.id, p."updatedAt" AS date, o."prefectureCode" AS pref, p.size::text AS category, NULL::int AS year, NULL::text[] AS themes, p.industries::text[] AS industries
    FROM "Organization" o JOIN "CompanyProfile" p ON p."organizationId" = o.id
    WHERE o.kind = 'COMPANY' AND ${each(["o.name", "o.description", "p.capabilities", "p.services"])}`;
}

export async function naiveSearch(db: PrismaClient, kind: "CASE" | "CHALLENGE" | "COMPANY", q: string) {
  const terms = q.split(/\s+/u).filter(Boolean);
  const rows = await db.$queryRaw<{ total: number }[]>`
    WITH m AS MATERIALIZED (${sourceSql(kind, terms)})
    SELECT (SELECT count(*)::int FROM m) AS total,
      (SELECT json_agg(id) FROM (SELECT id FROM m ORDER BY date DESC NULLS LAST, id LIMIT 20) p) AS page,
      (SELECT json_object_agg(v, c) FROM (SELECT unnest(themes) v, count(*) c FROM m GROUP BY 1) x) AS themes,
      (SELECT json_object_agg(coalesce(pref, '-'), c) FROM (SELECT pref, count(*) c FROM m GROUP BY 1) x) AS prefs,
      (SELECT json_object_agg(coalesce(category, '-'), c) FROM (SELECT category, count(*) c FROM m GROUP BY 1) x) AS categories,
      (SELECT json_object_agg(v, c) FROM (SELECT unnest(industries) v, count(*) c FROM m GROUP BY 1) x) AS industries,
      (SELECT json_object_agg(coalesce(year::text, '-'), c) FROM (SELECT year, count(*) c FROM m GROUP BY 1) x) AS years`;
  return rows[0];
}
