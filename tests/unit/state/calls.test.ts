// State changes after a department was asked (issue 17 §1, the state-change matrix's rule for theme calls):
// what a clerk may see and do is read from the membership as it is now, so a moved clerk, a removed
// department, a desk member taken off the desk and a suspended clerk lose the call at once; a closed call
// refuses answers. coverage.ts lists these queries as reviewed with a pointer here.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { errorCodeOf } from "@/lib/errors";
import { viewerNow } from "./scene";
import { cityHall, openCall, type CityHall } from "@/tests/fixtures/calls";
import { submitAnswer } from "@/lib/calls/answers";
import { remindDepartment } from "@/lib/calls/mutations";
import { getCallForDepartment, getDeskCall, listDeskCalls, listOpenCallsForDepartment } from "@/lib/calls/queries";

let h: CityHall;
let callId: string;
beforeEach(async () => {
  h = await cityHall();
  callId = (await openCall(h)).id;
  await submitAnswer(h.a, { callId, trouble: "部署の秘密の困りごと" });
});

const code = (p: Promise<unknown>) => p.then(() => "ok", errorCodeOf);
const seen = async (u: CityHall["a"]) => {
  const now = await viewerNow(u);
  return {
    page: !!(await getCallForDepartment(now, callId)),
    inbox: (await listOpenCallsForDepartment(now)).some((c) => c.id === callId),
    answer: await code(submitAnswer(now, { callId, trouble: "追加の回答" })),
  };
};

describe("theme calls after a state change", () => {
  it("control: the asked clerk sees the call and its own answer, and may answer", async () => {
    expect(await seen(h.a)).toEqual({ page: true, inbox: true, answer: "ok" });
    expect((await getCallForDepartment(h.a, callId))!.answers.map((a) => a.trouble)).toContain("部署の秘密の困りごと");
    // Another asked department sees the call but not the first one's answers.
    expect((await getCallForDepartment(h.b, callId))!.answers).toEqual([]);
  });

  it("a clerk moved to a department that was not asked loses the call", async () => {
    await db.membership.updateMany({ where: { userId: h.a.id }, data: { departmentId: h.notAsked.departmentId } });
    expect(await seen(h.a)).toEqual({ page: false, inbox: false, answer: "NOT_FOUND" });
  });

  it("a department removed from the municipality takes its asks and answers with it", async () => {
    await db.department.delete({ where: { id: h.a.departmentId! } });
    const now = await viewerNow(h.a);
    expect(now!.departmentId).toBeNull();
    expect(await seen(h.a)).toEqual({ page: false, inbox: false, answer: "FORBIDDEN" });
    const desk = await getDeskCall(h.desk, callId);
    expect(desk!.asks.map((a) => a.departmentId)).toEqual([h.b.departmentId]);
    expect(JSON.stringify(desk)).not.toContain("部署の秘密の困りごと");
  });

  it("a suspended clerk is signed out and sees nothing", async () => {
    await db.user.update({ where: { id: h.a.id }, data: { status: "SUSPENDED" } });
    expect(await seen(h.a)).toEqual({ page: false, inbox: false, answer: "UNAUTHENTICATED" });
  });

  it("a desk member taken off the desk loses the desk's pages and actions", async () => {
    await db.membership.updateMany({ where: { userId: h.desk.id }, data: { isDesk: false } });
    const now = await viewerNow(h.desk);
    expect(await getDeskCall(now, callId)).toBeNull();
    expect(await listDeskCalls(now)).toEqual([]);
    expect(await code(remindDepartment(now, { callId, departmentId: h.b.departmentId! }))).toBe("FORBIDDEN");
  });

  it("a closed call keeps its page but refuses answers", async () => {
    await db.themeCall.update({ where: { id: callId }, data: { status: "CLOSED", closedAt: new Date() } });
    const call = await getCallForDepartment(h.a, callId);
    expect(call).toMatchObject({ canAnswer: false, status: "CLOSED" });
    expect(await submitAnswer(h.a, { callId, trouble: "締切後の回答" })).toEqual({ ok: false, reason: "closed" });
    expect((await listOpenCallsForDepartment(h.a)).some((c) => c.id === callId)).toBe(false);
  });
});
