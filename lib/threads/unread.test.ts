import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/tests/fixtures/factories";
import { threadBetween } from "@/tests/fixtures/threads";
import { markThreadRead, postMessage } from "./mutations";
import { getThread, listThreads } from "./queries";
import { countUnreadMessages, unreadByThread } from "./unread";
import { postMessageSchema } from "./schema";

const post = (user: Parameters<typeof postMessage>[0], threadId: string, body: string) =>
  postMessage(user, postMessageSchema.parse({ threadId, body }));

// Staff see every thread of their municipality, including other test files' threads running in
// parallel, so staff-side counts are taken per thread; company users are alone in their company.
const unreadIn = async (user: Parameters<typeof getThread>[0], threadId: string) =>
  (await unreadByThread(user, [threadId])).get(threadId) ?? 0;

async function readAll(user: Parameters<typeof getThread>[0], threadId: string) {
  const t = await getThread(user, threadId);
  await markThreadRead(user, threadId, t!.messages.at(-1)!.createdAt);
}

describe("unread counts", () => {
  it("own messages do not count; reading clears; new ones count again", async () => {
    const staff = await createUser({ role: "MUNICIPAL_STAFF" });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const thread = await threadBetween(staff, company);
    await post(staff, thread.id, "一通目");
    await post(staff, thread.id, "二通目");
    expect(await unreadIn(staff, thread.id)).toBe(0);
    expect(await countUnreadMessages(company)).toBe(2);
    expect((await listThreads(company)).items.find((t) => t.id === thread.id)?.unread).toBe(2);

    await readAll(company, thread.id);
    expect(await countUnreadMessages(company)).toBe(0);
    await post(company, thread.id, "返信です");
    expect(await countUnreadMessages(company)).toBe(0);
    await post(staff, thread.id, "三通目");
    expect(await countUnreadMessages(company)).toBe(1);
  });

  it("concurrent posts all count, and the thread's last activity is the newest", async () => {
    const staff = await createUser({ role: "MUNICIPAL_STAFF" });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const thread = await threadBetween(staff, company);
    await Promise.all(Array.from({ length: 12 }, (_, i) => post(i % 2 ? staff : company, thread.id, `同時 ${i}`)));
    expect(await countUnreadMessages(company)).toBe(6);
    expect(await unreadIn(staff, thread.id)).toBe(6);
    const newest = await db.message.findFirstOrThrow({
      where: { threadId: thread.id },
      orderBy: { createdAt: "desc" },
    });
    expect((await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).lastMessageAt.getTime()).toBe(
      newest.createdAt.getTime(),
    );
  });

  it("marking read never moves backwards, and a message newer than what was shown stays unread", async () => {
    const staff = await createUser({ role: "MUNICIPAL_STAFF" });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const thread = await threadBetween(staff, company);
    await post(staff, thread.id, "a");
    const shown = (await getThread(company, thread.id))!.messages.at(-1)!.createdAt;
    await new Promise((r) => setTimeout(r, 5));
    await post(staff, thread.id, "b (arrives while the page renders)");
    await markThreadRead(company, thread.id, shown);
    expect(await countUnreadMessages(company)).toBe(1);
    await readAll(company, thread.id);
    await markThreadRead(company, thread.id, new Date(0));
    expect(await countUnreadMessages(company)).toBe(0);
  });

  it("a user who may not see a thread gets no ThreadRead row and no count", async () => {
    const staff = await createUser({ role: "MUNICIPAL_STAFF" });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const other = await createUser({ role: "COMPANY_MEMBER" });
    const pending = await createUser({ role: "MUNICIPAL_STAFF", status: "PENDING" });
    const thread = await threadBetween(staff, company);
    await post(staff, thread.id, "社外秘");
    await markThreadRead(other, thread.id, new Date());
    expect(await db.threadRead.count({ where: { userId: other.id } })).toBe(0);
    expect(await countUnreadMessages(other)).toBe(0);
    expect(await countUnreadMessages(pending)).toBe(0);
    expect(await countUnreadMessages(null)).toBe(0);
  });
});

describe("MESSAGE_RECEIVED notifications", () => {
  it("go to the other side, and to coordinators only once they have written", async () => {
    const staff = await createUser({ role: "MUNICIPAL_STAFF", department: "通知テスト課" });
    const deptColleague = await createUser({ role: "MUNICIPAL_STAFF", department: "通知テスト課" });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const coordinator = await createUser({ role: "COORDINATOR" });
    const thread = await threadBetween(staff, company);
    await db.thread.update({ where: { id: thread.id }, data: { departmentId: staff.departmentId } });
    const notes = (userId: string) =>
      db.notification.count({ where: { userId, type: "MESSAGE_RECEIVED", threadId: thread.id } });

    await post(staff, thread.id, "staff → company");
    expect(await notes(company.id)).toBe(1);
    expect(await notes(staff.id)).toBe(0);
    expect(await notes(deptColleague.id)).toBe(0);
    expect(await notes(coordinator.id)).toBe(0);

    await post(company, thread.id, "company → staff");
    expect(await notes(staff.id)).toBe(1);
    expect(await notes(deptColleague.id)).toBe(1);
    expect(await notes(coordinator.id)).toBe(0);

    await post(coordinator, thread.id, "coordinator → both");
    expect(await notes(staff.id)).toBe(2);
    expect(await notes(company.id)).toBe(2);

    await post(company, thread.id, "company again");
    expect(await notes(coordinator.id)).toBe(1);
    const n = await db.notification.findFirstOrThrow({ where: { userId: coordinator.id, threadId: thread.id } });
    expect(n.url).toBe(`/messages/${thread.id}`);
    expect(n.body).toBe(thread.subject);
  });
});
