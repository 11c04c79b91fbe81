import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, TEST_PASSWORD, uid } from "@/tests/fixtures/factories";
import { threadBetween } from "@/tests/fixtures/threads";
import { signUpCompany } from "@/lib/accounts/mutations";
import { ACCOUNT_LIMIT, authenticate } from "@/lib/auth/signin";
import { getCompany } from "@/lib/companies/queries";
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
    await db.user.update({
      where: { id: w.staff.id },
      data: { signupNote: "メモ", requestedDepartment: "未来創造課" },
    });
    // The clerk joined by a desk's invitation, which kept the address it was sent to.
    await db.staffInvitation.create({
      data: {
        municipalityId: w.staff.organizationId!,
        email: w.staff.email,
        tokenHash: `hash-${uid()}`,
        expiresAt: new Date(),
        acceptedAt: new Date(),
        userId: w.staff.id,
      },
    });
    expect(await deleteMyAccount(w.staff, confirm)).toEqual({ ok: true });
    expect(await db.staffInvitation.count({ where: { email: w.staff.email } })).toBe(0);

    const user = await db.user.findUniqueOrThrow({ where: { id: w.staff.id } });
    expect(user).toMatchObject({
      name: DELETED_USER_NAME,
      status: "SUSPENDED",
      signupNote: null,
      requestedDepartment: null,
    });
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

describe("deletion's password re-entry under a parallel burst (issue 15 F1)", () => {
  it("evaluates at most ACCOUNT_LIMIT.max of 25 simultaneous wrong passwords; the rest are locked", async () => {
    const u = await createUser({ role: "COMPANY_MEMBER" });
    const wrong = { password: "not-my-password-at-all", confirm: DELETE_CONFIRM_WORD };
    const results = await Promise.all(Array.from({ length: 25 }, () => deleteMyAccount(u, wrong)));
    const evaluated = results.filter((r) => "fieldErrors" in r).length;
    expect(evaluated).toBeLessThanOrEqual(ACCOUNT_LIMIT.max);
    expect(results.filter((r) => !r.ok && "reason" in r && r.reason === "locked")).toHaveLength(25 - evaluated);
    // Locked: the right password is refused too, and nothing was deleted.
    expect(await deleteMyAccount(u, { password: TEST_PASSWORD, confirm: DELETE_CONFIRM_WORD })).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: u.id } })).toMatchObject({ deletedAt: null });
  });

  it("still lets the person in after a few typos: only failures count", async () => {
    const u = await createUser({ role: "COMPANY_MEMBER" });
    for (let i = 0; i < ACCOUNT_LIMIT.max - 1; i++)
      expect(await deleteMyAccount(u, { password: `typo-${i}`, confirm: DELETE_CONFIRM_WORD })).toHaveProperty(
        "fieldErrors",
      );
    expect(await deleteMyAccount(u, { password: TEST_PASSWORD, confirm: DELETE_CONFIRM_WORD })).toEqual({ ok: true });
  });
});

describe("deletion erases the company contact the person entered (issue 15 F7, class 8)", () => {
  const confirm = { password: TEST_PASSWORD, confirm: DELETE_CONFIRM_WORD };
  const PHONE = "03-1234-5678";

  /** A company whose first member is `u`; its profile names `contact` (default: the member). */
  async function companyOf(contact?: { name: string; email: string }) {
    const u = await createUser({ role: "COMPANY_MEMBER" });
    const c = contact ?? { name: u.name, email: u.email };
    await db.organization.update({
      where: { id: u.organizationId! },
      data: {
        description: "自治体向けの電子申請を作っています。",
        companyProfile: {
          create: { contactName: c.name, contactEmail: c.email, contactPhone: PHONE, regionsServed: [] },
        },
      },
    });
    return u;
  }

  async function addMember(organizationId: string, status: "ACTIVE" | "SUSPENDED" = "ACTIVE") {
    const other = await createUser({ role: "COMPANY_MEMBER", status });
    await db.membership.create({ data: { userId: other.id, organizationId } });
    return { ...other, organizationId };
  }

  /** What the directory's detail page shows a municipality. */
  async function directoryPage(companyId: string) {
    const viewer = await createUser({ role: "COORDINATOR" });
    return (await getCompany(viewer, companyId))!;
  }
  const contactOf = (c: Awaited<ReturnType<typeof directoryPage>>) => ({
    name: c.companyProfile?.contactName,
    email: c.companyProfile?.contactEmail,
    phone: c.companyProfile?.contactPhone,
  });

  it("last member deleted: their name, e-mail and phone leave the page; the company's own data stays", async () => {
    const u = await companyOf();
    // A suspended colleague is nobody who could keep the contact true.
    await addMember(u.organizationId!, "SUSPENDED");
    const before = await directoryPage(u.organizationId!);
    expect(await deleteMyAccount(u, confirm)).toEqual({ ok: true });
    const after = await directoryPage(u.organizationId!);
    expect(contactOf(after)).toEqual({ name: null, email: null, phone: null });
    expect(JSON.stringify(after)).not.toContain(u.email);
    expect(after).toMatchObject({ name: before.name, description: before.description });
    expect(after.companyProfile).toMatchObject({ industries: before.companyProfile!.industries });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ACCOUNT_DELETED", targetId: u.id } });
    expect(audit.meta).toMatchObject({ companyContactErased: [u.organizationId] });
  });

  it("last member deleted: a contact naming someone else goes too (nobody is left to keep it true)", async () => {
    const u = await companyOf({ name: "総務部 窓口", email: `soumu-${uid()}@example.test` });
    expect(await deleteMyAccount(u, confirm)).toEqual({ ok: true });
    expect(contactOf(await directoryPage(u.organizationId!))).toEqual({ name: null, email: null, phone: null });
  });

  it("another member remains: the company's contact stays when it is not the person", async () => {
    const contact = { name: "総務部 窓口", email: `soumu-${uid()}@example.test` };
    const u = await companyOf(contact);
    await addMember(u.organizationId!);
    expect(await deleteMyAccount(u, confirm)).toEqual({ ok: true });
    expect(contactOf(await directoryPage(u.organizationId!))).toEqual({ ...contact, phone: PHONE });
  });

  it("another member remains: the contact goes when it is the person (name spacing and e-mail case aside)", async () => {
    const byName = await createUser({ role: "COMPANY_MEMBER" });
    const byEmail = await createUser({ role: "COMPANY_MEMBER" });
    for (const [u, contact] of [
      [byName, { name: byName.name.replace(" ", "\u3000"), email: `other-${uid()}@example.test` }],
      [byEmail, { name: "別の名前", email: byEmail.email.toUpperCase() }],
    ] as const) {
      await db.companyProfile.create({
        data: {
          organizationId: u.organizationId!,
          contactName: contact.name,
          contactEmail: contact.email,
          contactPhone: PHONE,
          regionsServed: [],
        },
      });
      await addMember(u.organizationId!);
      expect(await deleteMyAccount(u, confirm)).toEqual({ ok: true });
      expect(contactOf(await directoryPage(u.organizationId!))).toEqual({ name: null, email: null, phone: null });
    }
  });

  it("the last two members leaving at the same moment do not each leave the contact to the other", async () => {
    const u = await companyOf({ name: "総務部 窓口", email: `soumu-${uid()}@example.test` });
    const other = await addMember(u.organizationId!);
    const results = await Promise.all([deleteMyAccount(u, confirm), deleteMyAccount(other, confirm)]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect(contactOf(await directoryPage(u.organizationId!))).toEqual({ name: null, email: null, phone: null });
  });
});
