import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { isCompanyMember, noRowWhere } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleMatchWhere } from "@/lib/matches/access";
import { actingMatchWhere } from "@/lib/matches/sides";

// The budget path is the municipality's own business (its budget, its procurement): the company never reads it,
// not even the memo, which would tell it the expected budget before any selection.

/** Who reads a match's budget path and its memo: coordinators and the municipality's active staff. */
export function budgetReadWhere(user: SessionUser | null): Prisma.MatchWhereInput {
  if (!user || isCompanyMember(user)) return noRowWhere();
  return visibleMatchWhere(user);
}

/** Who writes it: the municipality side that acts on the match, or a coordinator; never a declined match. */
export function budgetEditWhere(user: SessionUser | null): Prisma.MatchWhereInput {
  if (!user || isCompanyMember(user)) return noRowWhere();
  return { AND: [actingMatchWhere(user), { stage: { not: "DECLINED" } }] };
}
