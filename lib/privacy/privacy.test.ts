import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, TEST_PASSWORD, uid } from "@/tests/fixtures/factories";
import { threadBetween } from "@/tests/fixtures/threads";
import { signUpCompany } from "@/lib/accounts/mutations";
import { authenticate } from "@/lib/auth/signin";
import { deleteMyAccount } from "./mutations";
import { exportMyData } from "./queries";
import { DELETE_CONFIRM_WORD, DELETED_USER_NAME } from "./schema";

/** A staff member with a challenge, a message, a read mark, a notification and alert settings. */
async function staffWithData() {
  const staff = await createUser({ role: "MUNICIPAL_STAFF" });
  const company = await createUser({ role: "COMPANY_MEMBER" });
  const challenge = await db.challenge.create({
    data: {
      kind: "CONSULTATION",
      status: "PUBLISHED",
      title: `退会テスト課題 ${uid()}`,
      situation: "状況",
      municipalityId: staff.organizationId!,
      authorId: staff.id,
      budgetAmount: 1_200_000n,
    },
  });
  const thread = await threadBetween(staff, company);
  const mine = await db.message.create({
    data: { threadId: thread.id, authorId: staff.id, body: `私のメッセージ ${uid()}` },
  });
  const theirs = await db.message.create({
    data: { threadId: thread.id, authorId: company.id, body: `相手のメッセージ ${uid()}` },
  });
  await db.threadRead.create({ data: { threadId: thread.id, userId: staff.id, lastReadAt: new Date() } });
  await db.notification.create({
    data: {
      userId: staff.id,
      type: "MESSAGE_RECEIVED",
      title: "新しいメッセージ",
      url: `/messages/${thread.id}`,
      threadId: thread.id,
    },
  });
  await db.alertPreference.create({ data: { userId: staff.id, themeIds: [], prefectureCodes: ["17"], kinds: [] } });
  return { staff, company, challenge, thread, mine, theirs };
}

describe("personal data download", () => {
  it("holds the user's own data and nothing of anyone else", async () => {
    const w = await staffWithData();
    const data = await exportMyData(w.staff);
    expect(data.profile).toMatchObject({ id: w.staff.id, email: w.staff.email });
    expect(data.profile).not.toHaveProperty("passwordHash");
    expect(data.memberships).toHaveLength(1);
    expect(data.challengesAuthored.map((c) => c.id)).toEqual([w.challenge.id]);
    expect(data.challengesAuthored[0].budgetAmount).toBe("1200000");
    expect(data.messagesWritten.map((m) => m.body)).toEqual([w.mine.body]);
    expect(data.notifications).toHaveLength(1);
    expect(data.alertPreferences).toMatchObject({ prefectureCodes: ["17"] });
    expect(data.alertPreferences).not.toHaveProperty("unsubscribeToken");
    // Plain JSON (no BigInt left), and the other side's words are not in it.
    const json = JSON.stringify(data);
    expect(json).not.toContain(w.theirs.body);
  });

  it("is refused to the signed-out", async () => {
    await expect(exportMyData(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("account deletion", () => {
  const confirm = { password: TEST_PASSWORD, confirm: DELETE_CONFIRM_WORD };

  it("anonymises what others need, erases the rest, and frees the e-mail", async () => {
    const w = await staffWithData();
    expect(await deleteMyAccount(w.staff, confirm)).toEqual({ ok: true });

    const user = await db.user.findUniqueOrThrow({ where: { id: w.staff.id } });
    expect(user).toMatchObject({ name: DELETED_USER_NAME, status: "SUSPENDED", signupNote: null });
    expect(user.email).not.toBe(w.staff.email);
    expect(user.deletedAt).toBeInstanceOf(Date);
    // The thread still reads as a conversation; the author is shown as 「退会したユーザー」.
    const msgs = await db.message.findMany({
      where: { threadId: w.thread.id },
      include: { author: true },
      orderBy: { createdAt: "asc" },
    });
    expect(msgs.map((m) => [m.body, m.author?.name])).toEqual([
      [w.mine.body, DELETED_USER_NAME],
      [w.theirs.body, w.company.name],
    ]);
    // The challenge stays with its municipality.
    expect(await db.challenge.findUnique({ where: { id: w.challenge.id } })).toMatchObject({
      municipalityId: w.staff.organizationId,
    });
    // Erased.
    expect(await db.alertPreference.count({ where: { userId: w.staff.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: w.staff.id } })).toBe(0);
    expect(await db.threadRead.count({ where: { userId: w.staff.id } })).toBe(0);
    expect(await db.membership.count({ where: { userId: w.staff.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "ACCOUNT_DELETED", targetId: w.staff.id } })).toBe(1);
    // Can no longer sign in; the address can be registered again.
    expect(await authenticate(w.staff.email, TEST_PASSWORD, "10.200.0.1")).toBeNull();
    const again = await signUpCompany({
      companyName: `再登録 ${uid()}`,
      name: "再登録",
      email: w.staff.email,
      password: "a-brand-new-long-password",
    });
    expect(again).toMatchObject({ ok: true });
  });

  it("refuses a wrong password and changes nothing", async () => {
    const w = await staffWithData();
    const r = await deleteMyAccount(w.staff, { ...confirm, password: "not-my-password-at-all" });
    expect(r).toMatchObject({ ok: false, fieldErrors: { password: expect.any(Array) } });
    expect(await db.user.findUniqueOrThrow({ where: { id: w.staff.id } })).toMatchObject({
      email: w.staff.email,
      deletedAt: null,
    });
    expect(await db.membership.count({ where: { userId: w.staff.id } })).toBe(1);
  });

  it("needs the confirmation word", async () => {
    const w = await staffWithData();
    await expect(deleteMyAccount(w.staff, { ...confirm, confirm: "はい" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it("lets only one of two simultaneous deletions through", async () => {
    const u = await createUser({ role: "COMPANY_MEMBER" });
    const results = await Promise.allSettled([deleteMyAccount(u, confirm), deleteMyAccount(u, confirm)]);
    const ok = results.filter((r) => r.status === "fulfilled" && r.value.ok).length;
    expect(ok).toBe(1);
    expect(await db.auditLog.count({ where: { action: "ACCOUNT_DELETED", targetId: u.id } })).toBe(1);
  });
});
