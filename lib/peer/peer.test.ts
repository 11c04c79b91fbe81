// Questions between municipalities (issue 18 §4) on the real database: who hears of a question, one open question
// per asker and case under a parallel burst, the day's limit, and who may read and write a conversation.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reset } from "@/lib/auth/rate-limit";
import { errorCodeOf } from "@/lib/errors";
import { exportMyData } from "@/lib/privacy/queries";
import { createUser } from "@/tests/fixtures/factories";
import { askPeer, closePeer, markPeerRead, replyPeer } from "./mutations";
import { countPeerUnread, getAskState, getPeerQuestion, listPeerQuestions, listQuestionsToConnect } from "./queries";
import { ASK_LIMIT, askKey } from "./schema";
import { askInput, caseOf, clerk, noticesOf, town } from "./test-helpers";

const code = (p: Promise<unknown>) => p.then(() => "ok", errorCodeOf);
const asked = async (u: Parameters<typeof askPeer>[0], caseId: string) => {
  const r = await askPeer(u, askInput(caseId));
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r;
};

let asking: { id: string; name: string };
let asker: Awaited<ReturnType<typeof clerk>>;
beforeAll(async () => {
  asking = await town("質問市");
  asker = await clerk(asking.id, { department: "企画課" });
});

describe("who hears of a new question", () => {
  it("the partnership desk, when the town has one (not its other clerks)", async () => {
    const t = await town();
    const desk = await clerk(t.id, { desk: true });
    const plain = await clerk(t.id, { department: "企画課" });
    const r = await asked(asker, (await caseOf(t.id)).id);
    expect(r.route).toBe("desk");
    const n = await noticesOf([desk.id, plain.id, asker.id]);
    expect(n.map((x) => [x.userId, x.key, x.url])).toEqual([[desk.id, "peerQuestion", `/peer/${r.id}`]]);
  });

  it("else the staff of the department of the match the case came from", async () => {
    const t = await town();
    const inCharge = await clerk(t.id, { department: "観光課" });
    const other = await clerk(t.id, { department: "企画課" });
    const c = await caseOf(t.id, { departmentId: inCharge.departmentId! });
    const r = await asked(asker, c.id);
    expect(r.route).toBe("department");
    expect((await noticesOf([inCharge.id, other.id])).map((x) => x.userId)).toEqual([inCharge.id]);
  });

  it("else every active clerk of the town (not a pending or suspended one)", async () => {
    const t = await town();
    const a = await clerk(t.id);
    const b = await clerk(t.id, { department: "企画課" });
    const pending = await clerk(t.id, { status: "PENDING" });
    const suspended = await clerk(t.id, { status: "SUSPENDED" });
    const r = await asked(asker, (await caseOf(t.id)).id);
    expect(r.route).toBe("staff");
    const got = (await noticesOf([a.id, b.id, pending.id, suspended.id])).map((x) => x.userId).sort();
    expect(got).toEqual([a.id, b.id].sort());
  });

  it("a town with no active clerk: the coordinators are asked to connect it and see the subject, never the text", async () => {
    const t = await town("未登録町");
    await clerk(t.id, { status: "PENDING" });
    const coordinator = await createUser({ role: "COORDINATOR" });
    const secret = "議会前なので内密にお願いします";
    const r = await askPeer(asker, askInput((await caseOf(t.id)).id, { body: secret }));
    expect(r).toMatchObject({ ok: true, route: "none" });
    const id = r.ok ? r.id : "";
    const n = await noticesOf([coordinator.id]);
    expect(n.map((x) => [x.key, x.url])).toContainEqual(["peerNeedsConnection", "/peer"]);
    expect(JSON.stringify(n)).not.toContain(secret);
    const view = await getPeerQuestion(asker, id);
    expect(view?.waitingForTown).toBe(true);
    const list = await listQuestionsToConnect(coordinator);
    const row = list.find((q) => q.id === id);
    expect(row).toMatchObject({ toMunicipality: { name: t.name }, fromMunicipality: { name: asking.name } });
    expect(JSON.stringify(list)).not.toContain(secret);
    expect(await getPeerQuestion(coordinator, id)).toBeNull();
    // Once a clerk of the town is active, it is no longer waiting for a connection, and the clerk reads the question.
    const joined = await clerk(t.id);
    expect((await listQuestionsToConnect(coordinator)).some((q) => q.id === id)).toBe(false);
    expect((await getPeerQuestion(joined, id))?.messages.map((m) => m.body)).toEqual([secret]);
    expect((await getPeerQuestion(asker, id))?.waitingForTown).toBe(false);
  });
});

describe("one open question per asker and case", () => {
  it("25 parallel submits make one question, one message, and count once", async () => {
    const t = await town();
    await clerk(t.id, { desk: true });
    const c = await caseOf(t.id);
    const me = await clerk(asking.id);
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => askPeer(me, askInput(c.id, { subject: `同時送信 ${i}` }))),
    );
    const ids = new Set(results.map((r) => (r.ok ? r.id : r.reason)));
    expect(ids.size).toBe(1);
    expect(await db.peerQuestion.count({ where: { caseId: c.id } })).toBe(1);
    expect(await db.peerMessage.count({ where: { question: { caseId: c.id } } })).toBe(1);
    expect(results.filter((r) => r.ok && !r.existing)).toHaveLength(1);
    const bucket = await db.rateLimitBucket.findUnique({ where: { key: askKey(me.id) } });
    expect(bucket?.count).toBe(1);
    // Asking again later goes to it; once it is closed, a new question may start.
    expect(await askPeer(me, askInput(c.id))).toMatchObject({ ok: true, existing: true, id: [...ids][0] });
    await closePeer(me, [...ids][0]);
    expect(await askPeer(me, askInput(c.id))).toMatchObject({ ok: true, existing: false });
  });

  it(`at most ${ASK_LIMIT.max} new questions a day per clerk; an open one is still reached`, async () => {
    const t = await town();
    await clerk(t.id);
    const me = await clerk(asking.id);
    await reset(askKey(me.id));
    const cases = await Promise.all(Array.from({ length: ASK_LIMIT.max + 1 }, () => caseOf(t.id)));
    const first: string[] = [];
    for (const c of cases.slice(0, ASK_LIMIT.max)) first.push((await asked(me, c.id)).id);
    const over = await askPeer(me, askInput(cases[ASK_LIMIT.max].id));
    expect(over).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(over.ok ? 0 : over.minutes).toBeGreaterThan(0);
    expect(await db.peerQuestion.count({ where: { caseId: cases[ASK_LIMIT.max].id } })).toBe(0);
    expect(await askPeer(me, askInput(cases[0].id))).toMatchObject({ ok: true, existing: true, id: first[0] });
  });
});

describe("who may ask on a case page", () => {
  it("active staff of another town only", async () => {
    const t = await town();
    const own = await clerk(t.id);
    const c = await caseOf(t.id);
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const coordinator = await createUser({ role: "COORDINATOR" });
    const pending = await clerk(asking.id, { status: "PENDING" });
    expect(await getAskState(asker, c.id)).toMatchObject({ municipality: t.name, open: null });
    for (const u of [null, own, company, coordinator, pending]) expect(await getAskState(u, c.id)).toBeNull();
    expect(await code(askPeer(own, askInput(c.id)))).toBe("FORBIDDEN");
    expect(await code(askPeer(company, askInput(c.id)))).toBe("FORBIDDEN");
    expect(await code(askPeer(coordinator, askInput(c.id)))).toBe("FORBIDDEN");
    expect(await code(askPeer(pending, askInput(c.id)))).toBe("PENDING_APPROVAL");
    expect(await code(askPeer(asker, askInput("no-such-case")))).toBe("NOT_FOUND");
  });
});

describe("the conversation", () => {
  it("both towns write; the first answer sets 回答あり; the asker's side closes it; others read nothing", async () => {
    const t = await town("回答市");
    const answerer = await clerk(t.id, { desk: true, department: "企画政策課" });
    const colleague = await clerk(t.id);
    const askerColleague = await clerk(asking.id, { department: "総務課" });
    const c = await caseOf(t.id);
    const { id } = await asked(asker, c.id);
    expect((await getPeerQuestion(asker, id))?.status).toBe("OPEN");

    // Unread for the desk until it opens the conversation.
    expect((await listPeerQuestions(answerer)).received.find((q) => q.id === id)?.unread).toBe(true);
    expect(await countPeerUnread(answerer)).toBeGreaterThan(0);
    await markPeerRead(answerer, id);
    expect((await listPeerQuestions(answerer)).received.find((q) => q.id === id)?.unread).toBe(false);

    // A colleague of the case's town answers (a conversation between towns, not persons): ANSWERED, the asker hears.
    expect(await replyPeer(colleague, { questionId: id, body: "財政課とは早めに協議しました" })).toEqual({ ok: true });
    expect((await getPeerQuestion(asker, id))?.status).toBe("ANSWERED");
    expect((await noticesOf([asker.id])).filter((n) => n.url === `/peer/${id}`).map((n) => n.key)).toEqual([
      "peerMessage",
    ]);
    expect((await listPeerQuestions(asker)).sent.find((q) => q.id === id)).toMatchObject({
      unread: true,
      other: t.name,
    });

    // A colleague of the asking town takes it over; the answering side's writers hear of it.
    expect(await replyPeer(askerColleague, { questionId: id, body: "ありがとうございます" })).toEqual({ ok: true });
    expect((await noticesOf([colleague.id])).filter((n) => n.key === "peerMessage")).toHaveLength(1);

    const view = await getPeerQuestion(answerer, id);
    expect(view?.side).toBe("answering");
    expect(view?.messages.map((m) => [m.municipality, m.department, m.author])).toEqual([
      [asking.name, "企画課", asker.name],
      [t.name, null, colleague.name],
      [asking.name, "総務課", askerColleague.name],
    ]);

    // Only the asking side closes; the question stays readable, and takes no more messages.
    expect(await code(closePeer(answerer, id))).toBe("FORBIDDEN");
    await closePeer(askerColleague, id);
    expect((await getPeerQuestion(answerer, id))?.status).toBe("CLOSED");
    expect(await replyPeer(answerer, { questionId: id, body: "追記です" })).toEqual({ ok: false, reason: "closed" });
    expect((await getPeerQuestion(asker, id))?.messages).toHaveLength(3);
  });

  it("a company, a third town, a pending clerk and a coordinator read and write nothing", async () => {
    const t = await town();
    await clerk(t.id);
    const secret = "第三者に見せない本文";
    const r = await askPeer(asker, askInput((await caseOf(t.id)).id, { body: secret }));
    const id = r.ok ? r.id : "";
    const third = await clerk((await town("第三町")).id);
    const pending = await clerk(asking.id, { status: "PENDING" });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const coordinator = await createUser({ role: "COORDINATOR" });
    for (const u of [third, pending, company, coordinator]) {
      expect(await getPeerQuestion(u, id)).toBeNull();
      expect(JSON.stringify(await listPeerQuestions(u))).not.toContain(secret);
      expect(await code(replyPeer(u, { questionId: id, body: "割り込み" }))).toMatch(/NOT_FOUND|FORBIDDEN|PENDING/);
      expect(await code(closePeer(u, id))).toMatch(/NOT_FOUND|FORBIDDEN|PENDING/);
    }
    expect(await code(replyPeer(third, { questionId: id, body: "割り込み" }))).toBe("NOT_FOUND");
    expect(await db.peerMessage.count({ where: { questionId: id } })).toBe(1);
    expect((await getPeerQuestion(asker, id))?.status).toBe("OPEN");
  });
});

describe("personal data export", () => {
  it("holds the questions the person asked and their own messages, not the other town's", async () => {
    const t = await town();
    const other = await clerk(t.id);
    const me = await clerk(asking.id);
    const { id } = await asked(me, (await caseOf(t.id)).id);
    await replyPeer(other, { questionId: id, body: "相手の自治体の回答" });
    await replyPeer(me, { questionId: id, body: "自分の追記" });
    const data = await exportMyData(me);
    expect(data.peerQuestionsAsked.map((q) => q.id)).toEqual([id]);
    expect(data.peerMessagesWritten.map((m) => m.body)).toEqual([
      "導入時に財政課とどう調整されましたか。",
      "自分の追記",
    ]);
    expect(JSON.stringify(data)).not.toContain("相手の自治体の回答");
  });
});
