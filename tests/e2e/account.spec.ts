import { readFileSync } from "node:fs";
import { expect, expectAccessible, signIn, signInAs, test } from "./fixtures";
import { createCompanyMember } from "./seed";
import { confirmSignup } from "./signup-mail";

const PASSWORD = "a-long-enough-e2e-passphrase";
// Next's route announcer is an empty role="alert" too; the form's message is the one with text.
const formAlert = (page: import("@playwright/test").Page) => page.getByRole("alert").filter({ hasText: /\S/ });
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function signUpCompany(page: import("@playwright/test").Page, email: string, password = PASSWORD) {
  await page.goto("/signup?type=company");
  await page.getByLabel("会社名").fill(`株式会社退会テスト ${unique()}`);
  await page.getByLabel("担当者名").fill("退会 太郎");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "企業として登録する" }).click();
}

/** Signs up through the form and the e-mailed link, then signs in: a fresh company account. */
async function newCompany(page: import("@playwright/test").Page, email: string) {
  await signUpCompany(page, email);
  await expect(page).toHaveURL(/\/signup\/sent$/);
  await confirmSignup(page, email);
  await expect(page.getByTestId("signup-complete")).toBeVisible();
  await signIn(page, email, PASSWORD);
}

test("sign-up refuses a breached password with a plain Japanese message", async ({ page }) => {
  await signUpCompany(page, `breach-${unique()}@example.test`, "1qaz2wsx3edc4rfv");
  await expect(page.getByText("流出したパスワード")).toBeVisible();
});

// The accounts these tests spend are written to the database (seed.ts): sign-up through the form and the mailed
// link is auth.spec.ts's, and the deletion test signs up once more at its end, with the freed address.
test("a locked account and an unknown e-mail get the same Japanese lockout message", async ({ page }) => {
  const known = (await createCompanyMember(PASSWORD)).user.email;
  const seen: string[][] = [];
  for (const email of [known, `nobody-${unique()}@example.test`]) {
    const texts: string[] = [];
    await page.goto("/signin");
    for (let i = 0; i < 6; i++) {
      await page.getByLabel("メールアドレス").fill(email);
      await page.getByLabel("パスワード").fill("wrong-password-e2e");
      await Promise.all([
        page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")),
        page.getByRole("button", { name: "ログイン" }).click(),
      ]);
      await expect(formAlert(page)).toBeVisible();
      texts.push((await formAlert(page).textContent()) ?? "");
    }
    seen.push(texts);
  }
  expect(seen[0][0]).toContain("メールアドレスまたはパスワードが正しくありません");
  expect(seen[0][5]).toContain("しばらくログインできません");
  // Registered or not, the answers are the same, attempt by attempt.
  expect(seen[1]).toEqual(seen[0]);
});

test("download my data, then delete the account: signed out, cannot sign in, e-mail reusable", async ({ page }) => {
  const { email } = (await createCompanyMember(PASSWORD)).user;
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/settings/alerts");
  await page.getByRole("link", { name: "アカウントと個人データ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "アカウントと個人データ" })).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "データをダウンロードする" }).click(),
  ]);
  const data = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(data.profile.email).toBe(email);
  expect(data).toHaveProperty("messagesWritten");
  expect(JSON.stringify(data)).not.toContain("passwordHash");

  await page.getByLabel("パスワード（確認のため）").fill(PASSWORD);
  await page.getByLabel(/確認のため「退会する」/).fill("退会する");
  await page.getByRole("button", { name: "退会する" }).click();
  await page.waitForURL((u) => u.pathname === "/");
  await expect(page.getByTestId("role-badge")).toHaveCount(0);
  // The download link no longer answers for this browser.
  expect((await page.request.get("/api/me/export")).status()).toBe(401);

  await page.goto("/signin");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(PASSWORD);
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(formAlert(page)).toContainText("メールアドレスまたはパスワードが正しくありません");

  await newCompany(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("the data download refuses a request without a session", async ({ request }) => {
  const res = await request.get("/api/me/export");
  expect(res.status()).toBe(401);
});

test("admins see the audit log with filters; others get 404", async ({ page, browser }) => {
  await signInAs(page, "admin");
  // The admin's own sign-in through the form (auth.setup.ts) is in the log.
  await page.goto("/admin/audit?action=SIGNIN_SUCCESS");
  await expect(page.getByRole("heading", { level: 1, name: "監査ログ" })).toBeVisible();
  await expect(page.getByTestId("audit-table")).toContainText("ログイン成功");
  await expect(page.getByTestId("audit-table")).toContainText("admin@kyoso.test");
  await expectAccessible(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectAccessible(page);

  const ctx = await browser.newContext({ locale: "ja-JP" });
  const other = await ctx.newPage();
  await signInAs(other, "coordinator");
  const res = await other.goto("/admin/audit");
  expect(res?.status()).toBe(404);
  await ctx.close();
});
