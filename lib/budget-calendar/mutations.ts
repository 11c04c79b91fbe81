import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { CAN } from "@/lib/auth/roles";
import { BUDGET_STEPS, defaultCalendar } from "./defaults";
import {
  calendarFromInput,
  calendarOverrideSchema,
  resetCalendarSchema,
  type CalendarOverrideInput,
  type ResetCalendarInput,
} from "./schema";

async function municipalityType(tx: Pick<typeof db, "organization">, id: string) {
  const org = await tx.organization.findFirst({
    where: { id, kind: "MUNICIPALITY" },
    select: { municipalityType: true },
  });
  if (!org) throw new AppError("NOT_FOUND");
  return org.municipalityType;
}

/**
 * A coordinator sets one municipality's months. All four steps are stored together (or none, when
 * they equal the defaults), so the order the schema checked can never be broken by a later change
 * to a single default.
 */
export async function saveMunicipalityCalendar(user: SessionUser | null, raw: CalendarOverrideInput) {
  const actor = assertRole(user, CAN.runPipeline, { active: true });
  const input = calendarOverrideSchema.parse(raw);
  const calendar = calendarFromInput(input);
  return db.$transaction(async (tx) => {
    const defaults = defaultCalendar(await municipalityType(tx, input.municipalityId));
    const same = BUDGET_STEPS.every(
      (s) => defaults[s].startMonth === calendar[s].startMonth && defaults[s].endMonth === calendar[s].endMonth,
    );
    await tx.budgetCalendarStep.deleteMany({ where: { municipalityId: input.municipalityId } });
    if (!same) {
      await tx.budgetCalendarStep.createMany({
        data: BUDGET_STEPS.map((step) => ({
          municipalityId: input.municipalityId,
          step,
          ...calendar[step],
          updatedById: actor.id,
        })),
      });
    }
    return { overridden: !same };
  });
}

export async function resetMunicipalityCalendar(user: SessionUser | null, raw: ResetCalendarInput) {
  assertRole(user, CAN.runPipeline, { active: true });
  const input = resetCalendarSchema.parse(raw);
  await municipalityType(db, input.municipalityId);
  await db.budgetCalendarStep.deleteMany({ where: { municipalityId: input.municipalityId } });
  return { overridden: false };
}
