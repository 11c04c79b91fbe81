// Shared by this folder's tests: users with alert preferences and published challenges.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { ChallengeKind, EmailMode } from "@/lib/generated/prisma/enums";
import { publishChallenge, saveChallengeDraft } from "@/lib/challenges/mutations";
import { challengeDraftSchema, challengePublishSchema } from "@/lib/challenges/schema";
import { createUser, uid } from "@/tests/fixtures/factories";

export async function themeId(slug: string): Promise<string> {
  return (await db.theme.findUniqueOrThrow({ where: { slug } })).id;
}

export async function companyWith(
  pref: {
    themes?: string[];
    prefectures?: string[];
    kinds?: ChallengeKind[];
    emailMode?: EmailMode;
    challengeAlerts?: boolean;
  } | null,
): Promise<SessionUser> {
  const u = await createUser({ role: "COMPANY_MEMBER" });
  if (pref) {
    await db.alertPreference.create({
      data: {
        userId: u.id,
        themeIds: await Promise.all((pref.themes ?? []).map(themeId)),
        prefectureCodes: pref.prefectures ?? [],
        kinds: pref.kinds ?? [],
        emailMode: pref.emailMode ?? "IMMEDIATE",
        challengeAlerts: pref.challengeAlerts ?? true,
      },
    });
  }
  return u;
}

/** 加賀市 (石川県, "17") staff by default. */
export async function publish(
  staff: SessionUser,
  opts: { kind?: ChallengeKind; themes?: string[]; title?: string } = {},
) {
  return publishChallenge(
    staff,
    challengePublishSchema.parse({
      kind: opts.kind ?? "CONSULTATION",
      title: opts.title ?? `通知テスト ${uid()}`,
      situation: "窓口の待ち時間が長い",
      themeSlugs: opts.themes ?? ["disaster"],
    }),
  );
}

export async function draft(staff: SessionUser) {
  return saveChallengeDraft(staff, challengeDraftSchema.parse({ title: `下書き ${uid()}`, situation: "まだ書きかけ" }));
}

export async function jobsFor(name: string, key: string, value: string): Promise<{ id: string; state: string }[]> {
  return db.$queryRawUnsafe(
    `SELECT id::text AS id, state::text AS state FROM pgboss.job WHERE name = $1 AND data->>$2 = $3`,
    name,
    key,
    value,
  );
}

export async function emailJobsContaining(notificationId: string): Promise<{ id: string }[]> {
  return db.$queryRawUnsafe(
    `SELECT id::text AS id FROM pgboss.job WHERE name = 'notification.email' AND data->'notificationIds' ? $1`,
    notificationId,
  );
}
