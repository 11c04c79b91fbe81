import "server-only";
import { assertStillDesk } from "@/lib/desk/staff-guard";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { assertDesk } from "@/lib/desk/access";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/outbox";
import { BURST, staffOfDepartments, todayDate } from "./recipients";
import { todayInJapan, type CreateCallInput } from "./schema";

const askedNotice = (
  call: { id: string; title: string; deadline: Date },
  staff: { userId: string; departmentId: string | null }[],
  opts: { reminder: boolean; dedupe: (userId: string) => string },
) =>
  staff.map((s) => ({
    userId: s.userId,
    type: "THEME_CALL_ASKED" as const,
    message: {
      key: opts.reminder ? ("themeCallReminded" as const) : ("themeCallAsked" as const),
      values: { call: call.title, deadlineOn: call.deadline.getTime() },
    },
    url: `/calls/${call.id}`,
    dedupeKey: opts.dedupe(s.userId),
  }));

/**
 * The desk opens a call: one ask per department (picked ones of its own municipality, plus a name typed for a
 * department the platform does not know yet), and every active member of those departments hears of it, in
 * the same transaction (outbox), so a call that fails to save sends nothing.
 */
export async function createCall(user: SessionUser | null, input: CreateCallInput): Promise<{ id: string }> {
  const desk = assertDesk(user);
  const municipalityId = desk.organizationId;
  return db.$transaction(async (tx) => {
    await assertStillDesk(tx, desk.id, desk.organizationId);
    const theme = await tx.theme.findUnique({ where: { id: input.themeId }, select: { id: true } });
    if (!theme) throw new AppError("INVALID_INPUT");
    const picked = await tx.department.findMany({
      where: { id: { in: input.departmentIds }, organizationId: municipalityId },
      select: { id: true },
    });
    // Another municipality's department is not silently dropped (the desk meant to ask someone) but not found.
    if (picked.length !== input.departmentIds.length) throw new AppError("NOT_FOUND");
    const ids = picked.map((d) => d.id);
    if (input.newDepartment) {
      const d = await tx.department.upsert({
        where: { organizationId_name: { organizationId: municipalityId, name: input.newDepartment } },
        create: { organizationId: municipalityId, name: input.newDepartment },
        update: {},
        select: { id: true },
      });
      if (!ids.includes(d.id)) ids.push(d.id);
    }
    const call = await tx.themeCall.create({
      data: {
        municipalityId,
        themeId: theme.id,
        title: input.title,
        note: input.note ?? null,
        deadline: new Date(`${input.deadline}T00:00:00Z`),
        createdById: desk.id,
        asks: { create: ids.map((departmentId) => ({ departmentId })) },
      },
      select: { id: true, title: true, deadline: true },
    });
    const staff = (await staffOfDepartments(tx, ids)).filter((s) => s.userId !== desk.id);
    await notify(tx, askedNotice(call, staff, { reminder: false, dedupe: (u) => `call-ask:${call.id}:${u}` }));
    return { id: call.id };
  }, BURST);
}

/** 募集を締め切る: OPEN → CLOSED; answers are refused from then on (they lock the call row, see answers.ts). */
export async function closeCall(user: SessionUser | null, callId: string): Promise<{ id: string }> {
  const desk = assertDesk(user);
  const scope = { id: callId, municipalityId: desk.organizationId };
  return db.$transaction(async (tx) => {
    await assertStillDesk(tx, desk.id, desk.organizationId);
    const { count } = await tx.themeCall.updateMany({
      where: { ...scope, status: "OPEN" },
      data: { status: "CLOSED", closedAt: new Date() },
    });
    if (count === 0) throw new AppError((await tx.themeCall.count({ where: scope })) ? "CONFLICT" : "NOT_FOUND");
    return { id: callId };
  });
}

export type RemindResult = { ok: true; notified: number } | { ok: false; reason: "today" | "answered" | "closed" };

/**
 * 催促する: the ask again, at most once per Japanese calendar day per department. The day's guard is in the
 * UPDATE's WHERE, which PostgreSQL re-checks after waiting for a concurrent reminder of the same row, so two
 * desk members pressing at once send one reminder.
 */
export async function remindDepartment(
  user: SessionUser | null,
  input: { callId: string; departmentId: string },
): Promise<RemindResult> {
  const desk = assertDesk(user);
  const now = new Date();
  const startOfToday = new Date(`${todayInJapan(now)}T00:00:00+09:00`);
  return db.$transaction(async (tx) => {
    await assertStillDesk(tx, desk.id, desk.organizationId);
    const ask = await tx.themeCallAsk.findFirst({
      where: { callId: input.callId, departmentId: input.departmentId, call: { municipalityId: desk.organizationId } },
      select: { id: true, call: { select: { id: true, title: true, deadline: true, status: true } } },
    });
    if (!ask) throw new AppError("NOT_FOUND");
    if (ask.call.status !== "OPEN" || ask.call.deadline < todayDate(now)) return { ok: false, reason: "closed" };
    const answered = await tx.themeCallAnswer.count({
      where: { callId: input.callId, departmentId: input.departmentId },
    });
    if (answered > 0) return { ok: false, reason: "answered" };
    const { count } = await tx.themeCallAsk.updateMany({
      where: { id: ask.id, OR: [{ remindedAt: null }, { remindedAt: { lt: startOfToday } }] },
      data: { remindedAt: now },
    });
    if (count === 0) return { ok: false, reason: "today" };
    const staff = await staffOfDepartments(tx, [input.departmentId]);
    const day = todayInJapan(now);
    const notified = await notify(
      tx,
      askedNotice(ask.call, staff, { reminder: true, dedupe: (u) => `call-remind:${ask.id}:${day}:${u}` }),
    );
    return { ok: true, notified };
  }, BURST);
}
