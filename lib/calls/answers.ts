import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { assertDepartment, type DepartmentUser } from "@/lib/desk/access";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/outbox";
import { acceptingWhere, BURST, deskOf } from "./recipients";
import type { AnswerInput, EditAnswerInput } from "./schema";

type Tx = Prisma.TransactionClient;

export type AnswerResult = { ok: true; id: string } | { ok: false; reason: "closed" | "stale" | "turned" };

/** The calls a department may answer: its municipality's, with an ask for its department. */
export const askedWhere = (u: DepartmentUser): Prisma.ThemeCallWhereInput => ({
  municipalityId: u.organizationId,
  asks: { some: { departmentId: u.departmentId } },
});

/**
 * Locks the call row for this transaction (FOR SHARE) and says whether it still takes answers. closeCall's
 * UPDATE waits for the lock, so an answer is either saved before the call closed or refused after: never an
 * answer that slipped in after 「締め切る」 returned.
 */
async function lockAccepting(tx: Tx, callId: string): Promise<boolean> {
  await tx.$queryRaw`SELECT id FROM "ThemeCall" WHERE id = ${callId} FOR SHARE`;
  return (await tx.themeCall.count({ where: { id: callId, ...acceptingWhere() } })) > 0;
}

async function tellDesk(
  tx: Tx,
  call: { id: string; title: string; municipalityId: string },
  u: DepartmentUser,
  edited: boolean,
) {
  const desk = (await deskOf(tx, call.municipalityId)).filter((id) => id !== u.id);
  await notify(
    tx,
    desk.map((userId) => ({
      userId,
      type: "THEME_CALL_ANSWERED" as const,
      message: {
        key: edited ? ("themeCallEdited" as const) : ("themeCallAnswered" as const),
        values: { department: u.departmentName ?? "", call: call.title },
      },
      url: `/desk/calls/${call.id}`,
    })),
  );
}

/** A department's answer to a call it was asked: the three rough questions, nothing more. */
export async function submitAnswer(user: SessionUser | null, input: AnswerInput): Promise<AnswerResult> {
  const u = assertDepartment(user);
  return db.$transaction(async (tx) => {
    const call = await tx.themeCall.findFirst({
      where: { id: input.callId, ...askedWhere(u) },
      select: { id: true, title: true, municipalityId: true },
    });
    if (!call) throw new AppError("NOT_FOUND");
    if (!(await lockAccepting(tx, call.id))) return { ok: false, reason: "closed" };
    const row = await tx.themeCallAnswer.create({
      data: {
        callId: call.id,
        departmentId: u.departmentId,
        authorId: u.id,
        trouble: input.trouble,
        tried: input.tried ?? null,
        expectation: input.expectation ?? null,
      },
      select: { id: true },
    });
    await tellDesk(tx, call, u, false);
    return { ok: true, id: row.id };
  }, BURST);
}

/**
 * Any member of the department edits its answers while the call takes them. The edit answers the desk's
 * question, so the question is cleared; the version guard keeps a colleague's newer edit from being
 * overwritten by an older tab. An answer already turned into a challenge is edited in the wizard instead.
 */
export async function editAnswer(user: SessionUser | null, input: EditAnswerInput): Promise<AnswerResult> {
  const u = assertDepartment(user);
  return db.$transaction(async (tx) => {
    const scope = { id: input.answerId, departmentId: u.departmentId, call: askedWhere(u) };
    const current = await tx.themeCallAnswer.findFirst({
      where: scope,
      select: { status: true, question: true, call: { select: { id: true, title: true, municipalityId: true } } },
    });
    if (!current) throw new AppError("NOT_FOUND");
    if (current.status === "CHALLENGE") return { ok: false, reason: "turned" };
    if (!(await lockAccepting(tx, current.call.id))) return { ok: false, reason: "closed" };
    const { count } = await tx.themeCallAnswer.updateMany({
      where: { ...scope, version: input.version, status: { not: "CHALLENGE" } },
      data: {
        trouble: input.trouble,
        tried: input.tried ?? null,
        expectation: input.expectation ?? null,
        question: null,
        questionAt: null,
        authorId: u.id,
        version: { increment: 1 },
      },
    });
    if (count === 0) return { ok: false, reason: "stale" };
    // Only an edit that answers the desk's question is news to the desk; typo fixes are not.
    if (current.question) await tellDesk(tx, current.call, u, true);
    return { ok: true, id: input.answerId };
  }, BURST);
}
