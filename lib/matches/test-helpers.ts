// Test-only helpers for the matches domain: matches written straight to the database.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { MatchOrigin, MatchStage } from "@/lib/generated/prisma/enums";
import { getMunicipality, uid } from "@/tests/fixtures/factories";

/** A match between a municipality (加賀市 unless told) and a company (a new one unless told), with its creation row. */
export async function createTestMatch(
  opts: {
    stage?: MatchStage;
    lgCode?: string;
    companyId?: string;
    origin?: MatchOrigin;
    maxStageRank?: number;
    lastActivityAt?: Date;
    coordinatorId?: string;
  } = {},
) {
  const municipality = await getMunicipality(opts.lgCode ?? "172065");
  const companyId =
    opts.companyId ??
    (
      await db.organization.create({
        data: { kind: "COMPANY", name: `マッチテスト企業 ${uid()}` },
        select: { id: true },
      })
    ).id;
  const stage = opts.stage ?? "INTEREST";
  return db.match.create({
    data: {
      origin: opts.origin ?? "DIRECT_INQUIRY",
      stage,
      maxStageRank: opts.maxStageRank ?? 0,
      municipalityId: municipality.id,
      companyId,
      coordinatorId: opts.coordinatorId,
      lastActivityAt: opts.lastActivityAt,
      changes: { create: { fromStage: null, toStage: stage } },
    },
  });
}

/** A company member of an existing company organisation (no password hashing: never signs in). */
export async function companyMemberOf(organizationId: string): Promise<SessionUser> {
  const id = uid();
  const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  const user = await db.user.create({
    data: {
      email: `match-co-${id}@example.test`,
      name: `企業担当 ${id}`,
      role: "COMPANY_MEMBER",
      passwordHash: "x",
      memberships: { create: { organizationId } },
    },
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: "COMPANY_MEMBER",
    status: "ACTIVE",
    organizationId,
    organizationName: org.name,
    departmentId: null,
    departmentName: null,
    isDesk: false,
  };
}
