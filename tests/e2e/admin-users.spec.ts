// Admin user management (issue 16 §6) in a real browser: a suspension ends the person's open session at once and
// the sign-in form says why; the April handover gives a leaver's challenge to a colleague, who then holds it.
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { uid } from "../fixtures/factories";
import { expect, expectAccessible, signIn, test } from "./fixtures";

const PASSWORD = "e2e-kanri-2026-pass";

/** A 加賀市 clerk who can sign in, in a 課 of their own. The address stays ASCII: the sign-in form takes no other. */
async function createClerk(label: string, mailbox: string) {
  const id = uid();
  const kaga = await db.organization.findUniqueOrThrow({ where: { lgCode: "172065" } });
  const dept = await db.department.create({ data: { organizationId: kaga.id, name: `${label}課${id}` } });
  return db.user.create({
    data: {
      email: `${mailbox}-${id}@kaga.example.lg.jp`,
      name: `加賀 ${label} ${id}`,
      role: "MUNICIPAL_STAFF",
      passwordHash: await hashPassword(PASSWORD),
      memberships: { create: { organizationId: kaga.id, departmentId: dept.id } },
    },
  });
}

/** The admin's page for one account, found through the list's keyword filter. */
async function openAccount(admin: Page, email: string, name: string) {
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await expect(admin.getByTestId("admin-users").locator("tbody tr")).toHaveCount(1);
  await admin.getByRole("link", { name }).click();
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("an admin suspends a clerk: the open session ends, sign-in says why; reactivated, they sign in again", async ({
  as,
  page,
}) => {
  const clerk = await createClerk("停止", "suspend");
  await signIn(page, clerk.email, PASSWORD);
  await page.goto("/my/challenges");
  await expect(page).toHaveURL(/\/my\/challenges$/);

  const admin = await as("admin");
  await openAccount(admin, clerk.email, clerk.name);
  await expectAccessible(admin);
  await admin.getByLabel(/理由（任意/).fill("異動のため");
  await admin.getByRole("button", { name: "利用停止にする" }).click();
  await admin.getByRole("button", { name: "確定する" }).click();
  await expect(admin.getByText("利用停止にしました。")).toBeVisible();

  // The clerk's next request: signed out, with the reason.
  await page.goto("/my/challenges");
  await expect(page).toHaveURL(/\/signin\?ended=suspended/);
  await expect(page.getByRole("alert").filter({ hasText: "利用停止されています" })).toBeVisible();
  await page.getByLabel("メールアドレス").fill(clerk.email);
  await page.getByLabel("パスワード").fill(PASSWORD);
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "管理者により利用停止" }).first()).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);

  await admin.reload();
  await admin.getByRole("button", { name: "利用を再開する" }).click();
  await expect(admin.getByText("利用を再開しました。")).toBeVisible();
  await signIn(page, clerk.email, PASSWORD);
  await page.goto("/my/challenges");
  await expect(page).toHaveURL(/\/my\/challenges$/);
  const log = await db.auditLog.findMany({ where: { targetId: clerk.id }, select: { action: true } });
  expect(log.map((l) => l.action)).toEqual(expect.arrayContaining(["ACCOUNT_SUSPENDED", "ACCOUNT_REACTIVATED"]));
});

test("the April handover: clerk A's challenge goes to B, who holds it in /my/challenges; A is suspended", async ({
  as,
  page,
}) => {
  const [leaver, successor] = [await createClerk("異動", "leaver"), await createClerk("後任", "successor")];
  const kaga = await db.organization.findUniqueOrThrow({ where: { lgCode: "172065" } });
  const title = `引き継ぎ確認の課題 ${uid()}`;
  await db.challenge.create({
    data: {
      kind: "CONSULTATION",
      status: "PUBLISHED",
      title,
      situation: "引き継ぎの確認です。",
      municipalityId: kaga.id,
      authorId: leaver.id,
      publishedAt: new Date(),
    },
  });

  const admin = await as("admin", { viewport: { width: 375, height: 800 } });
  await openAccount(admin, leaver.email, leaver.name);
  await expect(admin.getByTestId("handover-counts")).toContainText("課題（作成者として）1件");
  await admin.getByLabel("引き継ぐ相手").selectOption(successor.id);
  await admin.getByLabel(/引き継いだあと、この方を利用停止にする/).check();
  await admin.getByRole("button", { name: "内容を確認する" }).click();
  const review = admin.getByRole("alert").filter({ hasText: "引き継ぎます" });
  await expect(review).toContainText("課題1件");
  await expect(review).toContainText(`${successor.name} さんに引き継ぎます`);
  expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "引き継ぎを確定する" }).click();
  await expect(admin.getByText(/引き継ぎました（課題1件/)).toBeVisible();

  await signIn(page, successor.email, PASSWORD);
  await page.goto("/my/challenges");
  const item = page.getByTestId("my-challenges").locator("li").filter({ hasText: title });
  await expect(item).toContainText(`作成者：${successor.name}`);
  expect((await db.user.findUniqueOrThrow({ where: { id: leaver.id } })).status).toBe("SUSPENDED");
});
