import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { z } from "@/lib/fields";
import { CAN } from "@/lib/auth/roles";
import { DEFAULT_STALE_DAYS, getStaleDays, STALE_STAGES } from "./stale";

const days = z
  .number({ error: "日数を半角数字で入力してください" })
  .int({ error: "日数は整数で入力してください" })
  .min(1, { error: "1日以上にしてください" })
  .max(365, { error: "365日以内にしてください" });

export const staleSettingsSchema = z.strictObject({ INTEREST: days, MATCHING: days, MEETING: days, FEASIBILITY: days });
export type StaleSettingsInput = z.infer<typeof staleSettingsSchema>;

export type StaleSettingRow = {
  stage: (typeof STALE_STAGES)[number];
  days: number;
  defaultDays: number;
  updatedAt: Date | null;
};

export async function getStaleSettings(user: SessionUser | null): Promise<StaleSettingRow[]> {
  assertRole(user, CAN.administer, { active: true });
  const [effective, rows] = await Promise.all([
    getStaleDays(),
    db.staleSetting.findMany({ select: { stage: true, updatedAt: true } }),
  ]);
  return STALE_STAGES.map((stage) => ({
    stage,
    days: effective[stage],
    defaultDays: DEFAULT_STALE_DAYS[stage],
    updatedAt: rows.find((r) => r.stage === stage)?.updatedAt ?? null,
  }));
}

/**
 * Upserts every stage in one transaction; a stage set back to its default loses its row (a missing row means the default).
 * Only admins set how many quiet days make a match 「停滞」: the number drives every coordinator's daily digest, so it
 * is a platform setting, not a personal one.
 */
export async function saveStaleSettings(user: SessionUser | null, raw: StaleSettingsInput) {
  assertRole(user, CAN.administer, { active: true });
  const input = staleSettingsSchema.parse(raw);
  await db.$transaction(async (tx) => {
    for (const stage of STALE_STAGES) {
      if (input[stage] === DEFAULT_STALE_DAYS[stage]) await tx.staleSetting.deleteMany({ where: { stage } });
      else
        await tx.staleSetting.upsert({
          where: { stage },
          create: { stage, days: input[stage] },
          update: { days: input[stage] },
        });
    }
  });
  return { saved: true };
}
