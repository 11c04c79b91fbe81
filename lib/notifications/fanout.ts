import "server-only";
import { db } from "@/lib/db";
import { PUBLIC_CHALLENGE_WHERE } from "@/lib/challenges/visibility";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChallengeKind } from "@/lib/generated/prisma/enums";
import { notify } from "./outbox";
import { challengeHref } from "@/lib/views/source";

const CHUNK = 1000;

/**
 * Company members whose alert preferences match the challenge, found in SQL. Empty lists in a
 * preference mean "any". A company member without a saved preference gets no challenge alerts:
 * they have not told us what they want to hear about.
 */
export function matchingUsersWhere(c: {
  kind: ChallengeKind;
  prefectureCode: string | null;
  themeIds: string[];
}): Prisma.UserWhereInput {
  return {
    role: "COMPANY_MEMBER",
    status: "ACTIVE",
    alertPreference: {
      is: {
        challengeAlerts: true,
        AND: [
          {
            OR: [
              { themeIds: { isEmpty: true } },
              ...(c.themeIds.length ? [{ themeIds: { hasSome: c.themeIds } }] : []),
            ],
          },
          {
            OR: [
              { prefectureCodes: { isEmpty: true } },
              ...(c.prefectureCode ? [{ prefectureCodes: { has: c.prefectureCode } }] : []),
            ],
          },
          { OR: [{ kinds: { isEmpty: true } }, { kinds: { has: c.kind } }] },
        ],
      },
    },
  };
}

/**
 * The `challenge.published` job. Re-reads the challenge: between publishing and this job it may
 * have been closed, or it may be a private consultation, which companies must never hear of.
 * Idempotent: the unique (userId, type, challengeId) makes a retried job add nothing, and e-mail
 * jobs are written in the same transaction as the notifications they deliver.
 */
export async function fanOutChallenge(challengeId: string): Promise<{ matched: number; created: number }> {
  const challenge = await db.challenge.findFirst({
    where: { AND: [{ id: challengeId }, PUBLIC_CHALLENGE_WHERE, { status: "PUBLISHED" }] },
    select: {
      id: true,
      title: true,
      kind: true,
      situation: true,
      municipality: { select: { name: true, prefectureCode: true } },
      department: { select: { name: true } },
      themes: { select: { id: true } },
    },
  });
  if (!challenge) return { matched: 0, created: 0 };
  const where = matchingUsersWhere({
    kind: challenge.kind,
    prefectureCode: challenge.municipality.prefectureCode,
    themeIds: challenge.themes.map((t) => t.id),
  });
  const excerpt = challenge.situation.replace(/\s+/g, " ").trim();
  // Rendered in each company member's locale; the place and the excerpt are the municipality's own words.
  const message = {
    key: "challengeMatch" as const,
    values: {
      title: challenge.title,
      place: `${challenge.municipality.name}${challenge.department ? ` ${challenge.department.name}` : ""}`,
      kind: { msg: `challenges.kind.${challenge.kind}` },
      excerpt: excerpt.length > 140 ? `${excerpt.slice(0, 140)}…` : excerpt,
    },
  };
  let matched = 0;
  let created = 0;
  let cursor: string | undefined;
  for (;;) {
    const users = await db.user.findMany({
      where,
      select: { id: true },
      orderBy: { id: "asc" },
      take: CHUNK,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (users.length === 0) break;
    cursor = users[users.length - 1].id;
    matched += users.length;
    created += await db.$transaction((tx) =>
      notify(
        tx,
        users.map((u) => ({
          userId: u.id,
          type: "CHALLENGE_MATCH" as const,
          message,
          // ?src=alert: the view and any interest that follows count under the alert (docs/metrics.md).
          url: challengeHref(challenge.id, "alert"),
          challengeId: challenge.id,
        })),
      ),
    );
  }
  return { matched, created };
}
