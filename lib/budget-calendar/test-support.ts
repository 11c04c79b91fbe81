// Shared by the budget-calendar and stale-digest tests: matches made directly, with the fields the
// calendar reads. Municipalities are picked by lgCode so parallel files do not override each other's.
import { db } from "@/lib/db";
import type { MatchStage } from "@/lib/generated/prisma/enums";
import { uid } from "@/tests/fixtures/factories";

export async function municipality(lgCode: string) {
  return db.organization.findUniqueOrThrow({
    where: { lgCode },
    select: { id: true, name: true, municipalityType: true },
  });
}

export async function makeMatch(opts: {
  municipalityId: string;
  coordinatorId?: string | null;
  targetFiscalYear?: number | null;
  stage?: MatchStage;
  lastActivityAt?: Date;
  createdAt?: Date;
}) {
  const company = await db.organization.create({ data: { kind: "COMPANY", name: `カレンダー試験株式会社 ${uid()}` } });
  return db.match.create({
    data: {
      origin: "INTRODUCTION",
      municipalityId: opts.municipalityId,
      companyId: company.id,
      coordinatorId: opts.coordinatorId ?? null,
      stage: opts.stage ?? "MATCHING",
      targetFiscalYear: opts.targetFiscalYear ?? null,
      lastActivityAt: opts.lastActivityAt ?? new Date(),
      createdAt: opts.createdAt ?? new Date(),
    },
  });
}

export async function notificationsOf(userId: string, type: "BUDGET_STEP_REMINDER" | "MATCH_STALE") {
  return db.notification.findMany({ where: { userId, type }, orderBy: { createdAt: "asc" } });
}
