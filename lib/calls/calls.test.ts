import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { errorCodeOf } from "@/lib/errors";
import { publishChallenge } from "@/lib/challenges/mutations";
import { challengePublishSchema } from "@/lib/challenges/schema";
import { createUser } from "@/tests/fixtures/factories";
import { cityHall, inDays, noticesOf, openCall, type CityHall } from "@/tests/fixtures/calls";
import { editAnswer, submitAnswer } from "./answers";
import { askBack, mergeAnswer, turnIntoChallenge } from "./desk-answers";
import { closeCall, createCall, remindDepartment } from "./mutations";
import { getDeskCall } from "./queries";
import { createCallSchema } from "./schema";

let h: CityHall;
beforeAll(async () => {
  h = await cityHall();
});

const code = (p: Promise<unknown>) => p.then(() => "ok", errorCodeOf);
const answer = (u: CityHall["a"], callId: string, trouble = "窓口の待ち時間が長い\n・紙の申請書が多い") =>
  submitAnswer(u, { callId, trouble, tried: "番号札を導入した", expectation: "オンライン申請の仕組み" });
const answerId = async (p: ReturnType<typeof answer>) => {
  const r = await p;
  if (!r.ok) throw new Error(r.reason);
  return r.id;
};

describe("opening a call", () => {
  it("asks the chosen departments, creates a typed one and notifies their active staff only", async () => {
    const newName = `公共施設課 ${h.id}`;
    const { id } = await openCall(h, { newDepartment: newName, note: "粗いメモで構いません" });
    const asks = await db.themeCallAsk.findMany({ where: { callId: id }, include: { department: true } });
    expect(asks.map((a) => a.department.name).sort()).toEqual([h.a.departmentName, h.b.departmentName, newName].sort());
    for (const u of [h.a, h.b]) {
      const [n] = await noticesOf(u, "THEME_CALL_ASKED");
      expect(n.url).toBe(`/calls/${id}`);
      expect(n.title).toContain("への回答のお願い");
    }
    expect(await db.notification.count({ where: { userId: { in: [h.notAsked.id, h.desk.id, h.other.id] } } })).toBe(0);
    // The e-mail goes through the existing delivery: one notification.email job per batch, in the same transaction.
    const emails = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pgboss.job WHERE name = 'notification.email'
        AND data::text LIKE ${`%${(await noticesOf(h.a, "THEME_CALL_ASKED"))[0].id}%`}`;
    expect(Number(emails[0].n)).toBe(1);
  });

  it("refuses non-desk staff, a coordinator, another municipality's department, and bad forms", async () => {
    const input = createCallSchema.parse({
      themeId: h.themeId,
      title: "募集",
      deadline: inDays(3),
      departmentIds: [h.a.departmentId],
    });
    expect(await code(createCall(h.a, input))).toBe("FORBIDDEN");
    expect(await code(createCall(h.coordinator, input))).toBe("FORBIDDEN");
    expect(await code(createCall(h.desk, { ...input, departmentIds: [h.other.departmentId!] }))).toBe("NOT_FOUND");
    const bad = createCallSchema.safeParse({ themeId: h.themeId, title: " ", deadline: inDays(-1), departmentIds: [] });
    expect(bad.success).toBe(false);
    const errors = bad.error!.flatten().fieldErrors;
    expect(errors.title?.[0]).toContain("タイトル");
    expect(errors.deadline?.[0]).toBe("締切は今日以降の日付にしてください");
    expect(errors.departmentIds?.[0]).toContain("部署を1つ以上");
  });
});

describe("reminders", () => {
  it("reach the department once per day, even when 25 desk presses arrive at once", async () => {
    const { id } = await openCall(h);
    const results = await Promise.all(
      Array.from({ length: 25 }, () => remindDepartment(h.desk, { callId: id, departmentId: h.a.departmentId! })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "today")).toHaveLength(24);
    const notices = (await noticesOf(h.a, "THEME_CALL_ASKED")).filter((n) => n.url === `/calls/${id}`);
    expect(notices.map((n) => n.title.startsWith("【再送】"))).toEqual([false, true]);
    // Yesterday's reminder does not block today's.
    await db.themeCallAsk.updateMany({
      where: { callId: id, departmentId: h.a.departmentId! },
      data: { remindedAt: new Date(Date.now() - 2 * 86_400_000) },
    });
    expect(await remindDepartment(h.desk, { callId: id, departmentId: h.a.departmentId! })).toMatchObject({ ok: true });
  });

  it("are not sent to a department that answered, nor for a closed call, nor by another municipality", async () => {
    const { id } = await openCall(h);
    await answer(h.a, id);
    expect(await remindDepartment(h.desk, { callId: id, departmentId: h.a.departmentId! })).toEqual({
      ok: false,
      reason: "answered",
    });
    const otherDesk = await createUser({
      role: "MUNICIPAL_STAFF",
      lgCode: "082368",
      isDesk: true,
      department: "企画課",
    });
    expect(await code(remindDepartment(otherDesk, { callId: id, departmentId: h.b.departmentId! }))).toBe("NOT_FOUND");
    await closeCall(h.desk, id);
    expect(await remindDepartment(h.desk, { callId: id, departmentId: h.b.departmentId! })).toEqual({
      ok: false,
      reason: "closed",
    });
  });
});

describe("answers", () => {
  it("are taken from asked departments only, tell the desk, and are refused once closed or past the deadline", async () => {
    const { id } = await openCall(h);
    expect(await code(answer(h.notAsked, id))).toBe("NOT_FOUND");
    expect(await code(answer(h.other, id))).toBe("NOT_FOUND");
    await answerId(answer(h.a, id));
    const [n] = await noticesOf(h.desk, "THEME_CALL_ANSWERED");
    expect(n.title).toContain(h.a.departmentName!);
    await db.themeCall.update({ where: { id }, data: { deadline: new Date(`${inDays(-1)}T00:00:00Z`) } });
    expect(await answer(h.b, id)).toEqual({ ok: false, reason: "closed" });
    await db.themeCall.update({ where: { id }, data: { deadline: new Date(`${inDays(0)}T00:00:00Z`) } });
    await answerId(answer(h.b, id)); // the deadline day itself still counts
    await closeCall(h.desk, id);
    expect(await answer(h.b, id)).toEqual({ ok: false, reason: "closed" });
    expect(await code(closeCall(h.desk, id))).toBe("CONFLICT");
  });

  it("closing while answers arrive: every answer saved is one the call took before it closed", async () => {
    const { id } = await openCall(h);
    let atClose = -1;
    const [results] = await Promise.all([
      Promise.all(Array.from({ length: 25 }, (_, i) => answer(h.b, id, `同時の回答 ${i}`))),
      closeCall(h.desk, id).then(async () => (atClose = await db.themeCallAnswer.count({ where: { callId: id } }))),
    ]);
    // Nothing was added after 「締め切る」 returned, and each reply says truly whether its answer was kept.
    const saved = await db.themeCallAnswer.count({ where: { callId: id } });
    expect(saved).toBe(atClose);
    expect(saved).toBe(results.filter((r) => r.ok).length);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === "closed")).toBe(true);
  });

  it("edits clear the desk's question, keep a colleague's newer edit, and stop once turned into a challenge", async () => {
    const { id } = await openCall(h);
    const aid = await answerId(answer(h.a, id));
    await askBack(h.desk, { answerId: aid, question: "対象の窓口はどこですか" });
    const [q] = await noticesOf(h.a, "THEME_CALL_QUESTION");
    expect(q.body).toBe("対象の窓口はどこですか");
    const row = await db.themeCallAnswer.findUniqueOrThrow({ where: { id: aid } });
    expect(row.question).toBe("対象の窓口はどこですか");
    const edit = { answerId: aid, trouble: "市民課の窓口の待ち時間が長い", tried: undefined, expectation: undefined };
    expect(await editAnswer(h.a, { ...edit, version: row.version })).toEqual({ ok: true, id: aid });
    expect(await editAnswer(h.a, { ...edit, version: row.version })).toEqual({ ok: false, reason: "stale" });
    const after = await db.themeCallAnswer.findUniqueOrThrow({ where: { id: aid } });
    expect(after).toMatchObject({ question: null, trouble: "市民課の窓口の待ち時間が長い", tried: null });
    expect(await code(editAnswer(h.b, { ...edit, version: after.version }))).toBe("NOT_FOUND");
    await turnIntoChallenge(h.desk, { answerId: aid, version: after.version });
    expect(await editAnswer(h.a, { ...edit, version: after.version + 1 })).toEqual({ ok: false, reason: "turned" });
  });
});

describe("the desk's work on answers", () => {
  it("merges duplicates: what was merged follows, B lists them, and A→B with B→A at once merges one way", async () => {
    const { id } = await openCall(h);
    const [x, y, z] = [
      await answerId(answer(h.a, id, "紙の申請が多い")),
      await answerId(answer(h.b, id, "申請が紙ばかり")),
      await answerId(answer(h.b, id, "押印が必要な書類が多い")),
    ];
    expect(await mergeAnswer(h.desk, { answerId: z, intoId: y })).toEqual({ ok: true });
    expect(await mergeAnswer(h.desk, { answerId: y, intoId: x })).toEqual({ ok: true });
    const rows = await db.themeCallAnswer.findMany({ where: { callId: id } });
    expect(rows.find((r) => r.id === z)!.mergedIntoId).toBe(x);
    expect(rows.find((r) => r.id === y)).toMatchObject({ status: "MERGED", mergedIntoId: x });
    const { id: id2 } = await openCall(h);
    const p = await answerId(answer(h.a, id2));
    const q = await answerId(answer(h.b, id2));
    const both = await Promise.all([
      mergeAnswer(h.desk, { answerId: p, intoId: q }),
      mergeAnswer(h.desk, { answerId: q, intoId: p }),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.themeCallAnswer.count({ where: { callId: id2, status: "MERGED" } })).toBe(1);
  });

  it("asks back only while the call takes answers (the department's edit, which clears it, is refused after)", async () => {
    const { id } = await openCall(h);
    const aid = await answerId(answer(h.a, id));
    await closeCall(h.desk, id);
    expect(await code(askBack(h.desk, { answerId: aid, question: "対象の窓口はどこですか" }))).toBe("CONFLICT");
    expect(await db.themeCallAnswer.findUniqueOrThrow({ where: { id: aid } })).toMatchObject({ question: null });
  });

  it("turns an answer into one draft of its department, even when 25 desk presses arrive at once", async () => {
    const { id } = await openCall(h);
    const aid = await answerId(answer(h.a, id, "・窓口の待ち時間が長い\n紙の申請書が多い"));
    const dup = await answerId(answer(h.b, id, "待ち時間の苦情が多い"));
    await mergeAnswer(h.desk, { answerId: dup, intoId: aid });
    const { version } = await db.themeCallAnswer.findUniqueOrThrow({ where: { id: aid } });
    const results = await Promise.all(
      Array.from({ length: 25 }, () => turnIntoChallenge(h.desk, { answerId: aid, version })),
    );
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    const challengeId = won[0].challengeId!;
    // The others are told which draft was made, so their screen can open it.
    for (const r of results) expect(r.challengeId).toBe(challengeId);
    const drafts = await db.challenge.findMany({
      where: { themeCallAnswer: { callId: id } },
      include: { themes: true },
    });
    expect(drafts).toHaveLength(1);
    // A later duplicate cannot be merged into an answer that is already a draft: its text would go nowhere.
    const late = await answerId(answer(h.b, id, "待ち時間の苦情がまた来た"));
    expect(await mergeAnswer(h.desk, { answerId: late, intoId: aid })).toEqual({ ok: false, reason: "state" });
    expect(drafts[0]).toMatchObject({
      status: "DRAFT",
      kindChosen: false,
      title: "窓口の待ち時間が長い",
      departmentId: h.a.departmentId,
      municipalityId: h.desk.organizationId,
      authorId: h.desk.id,
      tried: `番号札を導入した\n\n【${h.b.departmentName}】\n番号札を導入した`,
    });
    expect(drafts[0].situation).toContain(`【${h.b.departmentName}】\n待ち時間の苦情が多い`);
    expect(drafts[0].themes.map((t) => t.id)).toEqual([h.themeId]);
    const confirm = await noticesOf(h.a, "CHALLENGE_CONFIRM_REQUESTED");
    expect(confirm.filter((n) => n.challengeId === challengeId).map((n) => n.url)).toEqual([
      `/challenges/${challengeId}/edit`,
    ]);
    expect(await turnIntoChallenge(h.desk, { answerId: aid, version: version + 1 })).toMatchObject({ ok: false });
    expect(await code(turnIntoChallenge(h.a, { answerId: aid, version }))).toBe("FORBIDDEN");
  });
});

describe("the department confirms by publishing", () => {
  it("only its own staff publish a draft made from its answer; other drafts keep the usual rules", async () => {
    const { id } = await openCall(h);
    const aid = await answerId(answer(h.a, id));
    const { version } = await db.themeCallAnswer.findUniqueOrThrow({ where: { id: aid } });
    const turned = await turnIntoChallenge(h.desk, { answerId: aid, version });
    const challengeId = turned.challengeId!;
    const sheet = challengePublishSchema.parse({
      id: challengeId,
      kind: "CONSULTATION",
      title: "窓口の待ち時間を短くしたい",
      situation: "窓口の待ち時間が長い",
      themeSlugs: ["dx"],
      departmentId: h.a.departmentId,
    });
    for (const u of [h.desk, h.coordinator, h.b]) expect(await code(publishChallenge(u, sheet))).toBe("FORBIDDEN");
    // The desk cannot get round it by naming its own department in the sheet.
    expect(await code(publishChallenge(h.desk, { ...sheet, departmentId: h.desk.departmentId! }))).toBe("FORBIDDEN");
    expect(await code(publishChallenge(h.a, sheet))).toBe("ok");
    expect(await db.challenge.findUniqueOrThrow({ where: { id: challengeId } })).toMatchObject({ status: "PUBLISHED" });
    // The usual fan-out job for companies' alerts was queued by the same publish.
    const jobs = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pgboss.job WHERE name = 'challenge.published' AND data->>'challengeId' = ${challengeId}`;
    expect(Number(jobs[0].n)).toBe(1);
    const call = await getDeskCall(h.desk, id);
    expect(call!.progress).toEqual({
      asked: 2,
      answeredDepartments: 1,
      answers: 1,
      turned: 1,
      published: 1,
      matches: 0,
    });
    // A challenge the desk writes itself is published by the desk as before.
    const own = challengePublishSchema.parse({ ...sheet, id: undefined, title: "窓口の課題（窓口が作成）" });
    expect(await code(publishChallenge(h.desk, own))).toBe("ok");
  });
});
