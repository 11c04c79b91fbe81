import "server-only";
import { db } from "@/lib/db";

/**
 * Participating municipalities are those with at least one approved staff account — not the
 * 1,788 local governments loaded as reference data.
 */
export async function countParticipatingMunicipalities(): Promise<number> {
  return db.organization.count({
    where: { kind: "MUNICIPALITY", memberships: { some: { user: { role: "MUNICIPAL_STAFF", status: "ACTIVE" } } } },
  });
}

export async function countCompanies(): Promise<number> {
  return db.organization.count({ where: { kind: "COMPANY" } });
}
