// Test-only: the people around a pilot and valid terms, written through the real code where it matters.
import { db } from "@/lib/db";
import type { MatchStage } from "@/lib/generated/prisma/enums";
import { companyMemberOf, createTestMatch } from "@/lib/matches/test-helpers";
import { createUser, uid } from "@/tests/fixtures/factories";
import { createPilot } from "./mutations";
import { shiftDate, todayJst, type PilotTerms } from "./schema";

export type PilotCast = Awaited<ReturnType<typeof pilotCast>>;

/** 加賀市's department of the match, another 課, another city, a coordinator, a pending clerk. */
export async function pilotCast() {
  const deptName = `実証所管課 ${uid()}`;
  return {
    dept: await createUser({ role: "MUNICIPAL_STAFF", department: deptName }),
    otherDept: await createUser({ role: "MUNICIPAL_STAFF", department: `実証別課 ${uid()}` }),
    otherCity: await createUser({ role: "MUNICIPAL_STAFF", lgCode: "082368", department: deptName }),
    pending: await createUser({ role: "MUNICIPAL_STAFF", status: "PENDING", department: deptName }),
    coordinator: await createUser({ role: "COORDINATOR" }),
    stranger: await createUser({ role: "COMPANY_MEMBER" }),
  };
}

/** A match of the cast's department at `stage` (商談 unless told), with one member of its company. */
export async function pilotMatch(cast: PilotCast, stage: MatchStage = "MEETING") {
  const m = await createTestMatch({ stage, coordinatorId: cast.coordinator.id });
  await db.match.update({ where: { id: m.id }, data: { departmentId: cast.dept.departmentId } });
  const company = await companyMemberOf(m.companyId);
  return { ...m, company };
}

/** Valid terms: two criteria, a period from `startIn` days from today lasting `days`. */
export function termsFor(opts: { startIn?: number; days?: number } = {}): PilotTerms {
  const startsOn = shiftDate(todayJst(), { days: opts.startIn ?? 7 });
  const endsOn = shiftDate(startsOn, { days: opts.days ?? 90 });
  return {
    title: `窓口AIの実証実験 ${uid()}`,
    purpose: "電話問い合わせを減らす",
    criteria: [
      { label: "電話問い合わせ件数", target: "−30 %", baseline: "月1,200件" },
      { label: "回答までの時間", target: "3分以内" },
    ],
    startsOn,
    endsOn,
    cityProvides: "窓口の場所と過去の問い合わせデータ",
    companyProvides: "AIチャットボットと運用担当者",
    cost: "FREE",
    midReviewOn: shiftDate(startsOn, { days: 30 }),
    endReviewOn: shiftDate(endsOn, { days: 14 }),
  };
}

/** A PLANNING pilot created by the department. */
export async function planningPilot(cast: PilotCast, m: { id: string }, terms = termsFor()) {
  const r = await createPilot(cast.dept, { matchId: m.id, ...terms });
  if (!r.ok) throw new Error(r.reason);
  return r;
}

export const codeOf = (p: Promise<unknown>) =>
  p.then(
    (r) => {
      const o = r as { ok?: boolean; reason?: string } | null;
      return o && o.ok === false ? `refused:${o.reason}` : "allowed";
    },
    (e: { code?: string }) => e.code ?? String(e),
  );
