import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isCompanyMember, isMunicipalStaff, noRowWhere } from "@/lib/auth/roles";
import { PUBLIC_CHALLENGE_WHERE, visibleChallengeWhere } from "@/lib/challenges/visibility";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/mail/i18n";

type Tx = Prisma.TransactionClient;

/**
 * What a company is told instead of the title of a challenge it may no longer see (it was public when
 * the company showed interest and has since become a 非公開・相談, or went back to a draft), in the
 * reader's language: 「非公開になった課題」 / "A challenge that is now private". Pages read the same
 * message; this is for text rendered outside a page (exports, notifications, e-mails), and NOW_PRIVATE_MSG
 * is the reference a stored notice carries (lib/notifications/notice.ts). docs/reliability/state-changes.md.
 */
export const NOW_PRIVATE_MSG = { msg: "interests.mine.nowPrivate" } as const;
export const nowPrivateLabel = (locale: Locale): string => translatorFor(locale)(NOW_PRIVATE_MSG.msg);

const isActiveCompany = (u: SessionUser | null): u is SessionUser & { organizationId: string } =>
  isCompanyMember(u) && u.status === "ACTIVE" && !!u.organizationId;

/**
 * The challenges a company may see today: public ones, and private consultations it was introduced to
 * and accepted for (staged disclosure). Evaluated now, never from what the company saw before.
 */
export function companyChallengeWhere(companyId: string): Prisma.ChallengeWhereInput {
  return {
    OR: [PUBLIC_CHALLENGE_WHERE, { interests: { some: { companyId, origin: "INTRODUCTION", status: "ACCEPTED" } } }],
  };
}

/**
 * The one rule for every place that shows a challenge's title or text beside something the viewer
 * already has (their interests, threads, notifications, export): a company sees it only while
 * companyChallengeWhere holds; everyone else by visibleChallengeWhere.
 */
export function seeableChallengeWhere(user: SessionUser | null): Prisma.ChallengeWhereInput {
  return isActiveCompany(user) ? companyChallengeWhere(user.organizationId) : visibleChallengeWhere(user);
}

/** Of these challenge ids, the ones the viewer may still see; any other is shown as nowPrivateLabel. */
export async function seeableChallengeIds(
  user: SessionUser | null,
  ids: readonly (string | null | undefined)[],
  client: Tx = db,
): Promise<Set<string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Set();
  const rows = await client.challenge.findMany({
    where: { AND: [{ id: { in: wanted } }, seeableChallengeWhere(user)] },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}

/**
 * The municipality side of a challenge: approved staff of the challenge's municipality. Coordinators
 * see interests (editableChallengeWhere) but the decisions — accept, decline, 営業目的のみ, approving
 * an introduction summary — belong to the municipality itself.
 */
export function municipalitySideWhere(user: SessionUser | null): Prisma.ChallengeWhereInput {
  if (isMunicipalStaff(user) && user.status === "ACTIVE" && user.organizationId)
    return { municipalityId: user.organizationId };
  return noRowWhere();
}

/** Active members of a company: everyone there hears about accepts, declines and introductions. */
export async function companyMemberIds(tx: Tx, companyId: string): Promise<string[]> {
  const rows = await tx.user.findMany({
    where: { role: "COMPANY_MEMBER", status: "ACTIVE", memberships: { some: { organizationId: companyId } } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** The challenge's author plus the active staff of its department (if any), without duplicates. */
export async function municipalityRecipientIds(
  tx: Tx,
  challenge: { authorId: string; municipalityId: string; departmentId: string | null },
): Promise<string[]> {
  const staff = challenge.departmentId
    ? await tx.user.findMany({
        where: {
          role: "MUNICIPAL_STAFF",
          status: "ACTIVE",
          memberships: { some: { organizationId: challenge.municipalityId, departmentId: challenge.departmentId } },
        },
        select: { id: true },
      })
    : [];
  return [...new Set([challenge.authorId, ...staff.map((s) => s.id)])];
}

// Interactive transactions here wait on a per-company advisory lock; under a burst of clicks the
// default 2 s / 5 s limits of Prisma would turn queueing into errors.
export const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;
