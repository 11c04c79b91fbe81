// Shared by the peer-question tests: towns of their own (no reference municipality, whose staff other test files
// add to), so who gets notified depends only on the clerks a test makes.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { UserStatus } from "@/lib/generated/prisma/enums";
import { createUser, uid } from "@/tests/fixtures/factories";

export async function town(label = "町"): Promise<{ id: string; name: string }> {
  return db.organization.create({
    data: { kind: "MUNICIPALITY", name: `テスト${label}${uid()}` },
    select: { id: true, name: true },
  });
}

/** A clerk of `townId`, in a 課 of that name when given. */
export async function clerk(
  townId: string,
  opts: { desk?: boolean; department?: string; status?: UserStatus } = {},
): Promise<SessionUser> {
  const town = await db.organization.findUniqueOrThrow({ where: { id: townId } });
  const dept = opts.department
    ? await db.department.upsert({
        where: { organizationId_name: { organizationId: townId, name: opts.department } },
        create: { organizationId: townId, name: opts.department },
        update: {},
      })
    : null;
  const u = await createUser({ role: "MUNICIPAL_STAFF", status: opts.status });
  // createUser puts staff into a reference municipality: move the membership to the test's own town.
  await db.membership.updateMany({
    where: { userId: u.id },
    data: { organizationId: townId, departmentId: dept?.id ?? null, isDesk: opts.desk ?? false },
  });
  return {
    ...u,
    organizationId: townId,
    organizationName: town.name,
    departmentId: dept?.id ?? null,
    departmentName: dept?.name ?? null,
    isDesk: opts.desk ?? false,
  };
}

/** A published case of `townId`; with `departmentId`, written up from a match of that 課. */
export async function caseOf(townId: string, opts: { departmentId?: string; published?: boolean } = {}) {
  let matchId: string | null = null;
  if (opts.departmentId) {
    const company = await db.organization.create({ data: { kind: "COMPANY", name: `事例企業 ${uid()}` } });
    const m = await db.match.create({
      data: {
        origin: "DIRECT_INQUIRY",
        stage: "BUDGETED",
        municipalityId: townId,
        departmentId: opts.departmentId,
        companyId: company.id,
      },
    });
    matchId = m.id;
  }
  return db.case.create({
    data: {
      title: `質問テスト事例 ${uid()}`,
      summary: "窓口の電子化",
      body: "本文",
      municipalityId: townId,
      scheme: "DEMONSTRATION",
      outcome: "ONGOING",
      fiscalYear: 2024,
      published: opts.published ?? true,
      matchId,
    },
  });
}

export const askInput = (caseId: string, extra: Partial<{ subject: string; body: string }> = {}) => ({
  caseId,
  subject: `庁内調整について ${uid()}`,
  body: "導入時に財政課とどう調整されましたか。",
  ...extra,
});

/** PEER_MESSAGE notices each user got, by notice key. */
export async function noticesOf(userIds: string[]) {
  const rows = await db.notification.findMany({
    where: { userId: { in: userIds }, type: "PEER_MESSAGE" },
    select: { userId: true, url: true, data: true, readAt: true },
  });
  return rows.map((r) => ({ ...r, key: (r.data as { key?: string } | null)?.key }));
}
