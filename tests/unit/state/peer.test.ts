// State changes after a question between municipalities exists (issue 18 §4; the state-change matrix's rule for
// peer questions): what a clerk reads and writes follows the membership as it is now, so a clerk moved to another
// town or suspended loses the conversation at once; a deleted account's messages stay, anonymised; an unpublished
// case keeps its conversations for the two towns and takes no new questions. coverage.ts points here.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { errorCodeOf } from "@/lib/errors";
import { askPeer, replyPeer } from "@/lib/peer/mutations";
import { countPeerUnread, getAskState, getPeerQuestion, listPeerQuestions } from "@/lib/peer/queries";
import { askInput, caseOf, clerk, town } from "@/lib/peer/test-helpers";
import { deleteMyAccount } from "@/lib/privacy/mutations";
import { DELETE_CONFIRM_WORD, DELETED_USER_NAME } from "@/lib/privacy/schema";
import { TEST_PASSWORD } from "@/tests/fixtures/factories";
import { viewerNow } from "./scene";

const SECRET = "状態変化の質問本文";
let asker: SessionUser;
let answerer: SessionUser;
let caseId: string;
let id: string;
beforeEach(async () => {
  const from = await town("質問町");
  const to = await town("回答町");
  asker = await clerk(from.id, { department: "企画課" });
  answerer = await clerk(to.id);
  caseId = (await caseOf(to.id)).id;
  const r = await askPeer(asker, askInput(caseId, { body: SECRET }));
  id = r.ok ? r.id : "";
  await replyPeer(answerer, { questionId: id, body: "回答です" });
});

const code = (p: Promise<unknown>) => p.then(() => "ok", errorCodeOf);
const seen = async (u: SessionUser) => {
  const now = await viewerNow(u);
  const list = await listPeerQuestions(now);
  return {
    page: !!(await getPeerQuestion(now, id)),
    list: [...list.received, ...list.sent].some((q) => q.id === id),
    write: await code(replyPeer(now, { questionId: id, body: "続きです" })),
  };
};

describe("questions between municipalities after a state change", () => {
  it("control: both towns read and write", async () => {
    expect(await seen(asker)).toEqual({ page: true, list: true, write: "ok" });
    expect(await seen(answerer)).toEqual({ page: true, list: true, write: "ok" });
  });

  it("a clerk moved to another municipality loses it; the messages stay with the town they were written for", async () => {
    const elsewhere = await town("転出先");
    await db.membership.updateMany({
      where: { userId: asker.id },
      data: { organizationId: elsewhere.id, departmentId: null },
    });
    expect(await seen(asker)).toEqual({ page: false, list: false, write: "NOT_FOUND" });
    expect(await countPeerUnread(await viewerNow(asker))).toBe(0);
    const first = (await getPeerQuestion(answerer, id))!.messages[0];
    expect(first).toMatchObject({ body: SECRET, municipality: asker.organizationName, department: null });
    // For the new town the case has no open question of theirs: they ask afresh instead of being sent to a 404.
    const moved = (await viewerNow(asker))!;
    expect(await getAskState(moved, caseId)).toMatchObject({ open: null });
    const again = await askPeer(moved, askInput(caseId));
    expect(again).toMatchObject({ ok: true });
    expect(again.ok && again.id).not.toBe(id);
  });

  it("a suspended clerk is signed out and sees nothing", async () => {
    await db.user.update({ where: { id: answerer.id }, data: { status: "SUSPENDED" } });
    expect(await seen(answerer)).toEqual({ page: false, list: false, write: "UNAUTHENTICATED" });
  });

  it("a deleted account: its messages stay for both towns, the author anonymised", async () => {
    const r = await deleteMyAccount(asker, { password: TEST_PASSWORD, confirm: DELETE_CONFIRM_WORD });
    expect(r).toEqual({ ok: true });
    expect(await viewerNow(asker)).toBeNull();
    const view = await getPeerQuestion(answerer, id);
    expect(view!.messages[0]).toMatchObject({ body: SECRET, author: DELETED_USER_NAME, department: null });
    expect(JSON.stringify(view)).not.toContain(asker.name);
    expect(JSON.stringify(view)).not.toContain(asker.email);
    // A colleague of the asking town carries on.
    const colleague = await clerk(asker.organizationId!);
    expect(await seen(colleague)).toEqual({ page: true, list: true, write: "ok" });
  });

  it("an unpublished case: the conversation stays for the two towns, no new question starts", async () => {
    await db.case.update({ where: { id: caseId }, data: { published: false } });
    expect(await seen(asker)).toEqual({ page: true, list: true, write: "ok" });
    expect(await seen(answerer)).toEqual({ page: true, list: true, write: "ok" });
    expect((await getPeerQuestion(asker, id))!.case.published).toBe(false);
    const other = await clerk((await town("別の町")).id);
    expect(await getAskState(other, caseId)).toBeNull();
    expect(await code(askPeer(other, askInput(caseId)))).toBe("NOT_FOUND");
  });
});
