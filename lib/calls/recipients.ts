import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayInJapan } from "./schema";

type Tx = Prisma.TransactionClient;

/**
 * Active staff of these departments: who hears of a call. Asks are by department, so a colleague who joins
 * the department later (an invitation) is reached by the next reminder and sees the call without a new ask.
 */
export async function staffOfDepartments(tx: Tx, departmentIds: string[]) {
  if (departmentIds.length === 0) return [];
  return tx.membership.findMany({
    where: {
      departmentId: { in: departmentIds },
      user: { role: "MUNICIPAL_STAFF", status: "ACTIVE", deletedAt: null },
    },
    select: { userId: true, departmentId: true },
  });
}

/** The active partnership desk of a municipality: who hears of answers. */
export async function deskOf(tx: Tx, municipalityId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: {
      organizationId: municipalityId,
      isDesk: true,
      user: { role: "MUNICIPAL_STAFF", status: "ACTIVE", deletedAt: null },
    },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}

/** The deadline column is a date: a call takes answers through the whole deadline day in Japan. */
export const todayDate = (now = new Date()) => new Date(`${todayInJapan(now)}T00:00:00Z`);

/** A call still taking answers: open and not past its deadline. */
export const acceptingWhere = (now = new Date()): Prisma.ThemeCallWhereInput => ({
  status: "OPEN",
  deadline: { gte: todayDate(now) },
});

/** Desk members pressing at once (and the tests' 25 at once) queue on a row lock: wait for a connection, don't fail. */
export const BURST = { maxWait: 10_000, timeout: 15_000 };
