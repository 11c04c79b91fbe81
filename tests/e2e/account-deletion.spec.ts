import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { expect, signIn, test } from "./fixtures";
import { burst, captureAction } from "./replay";
import { createCompanyMember } from "./seed";

// Account deletion through the real form and the real HTTP path (issue 15 F1 deletion half, F7).

const PASSWORD = "a-long-enough-e2e-passphrase";
const ACCOUNT_MAX = 5; // lib/auth/signin.ts ACCOUNT_LIMIT.max
const formAlert = (page: Page) => page.getByRole("alert").filter({ hasText: /\S/ });

async function fillDeleteForm(page: Page, password: string) {
  await page.goto("/settings/account");
  await page.getByLabel("パスワード（確認のため）").fill(password);
  await page.getByLabel(/確認のため「退会する」/).fill("退会する");
}

test("a parallel burst of wrong passwords is evaluated at most 5 times; the account stays", async ({ page }) => {
  const { user } = await createCompanyMember(PASSWORD);
  await signIn(page, user.email, PASSWORD);
  await fillDeleteForm(page, "not-the-password-e2e");
  const action = await captureAction(page, () => page.getByRole("button", { name: "退会する" }).click());
  await expect(page.getByText("パスワードが正しくありません")).toBeVisible();

  const answers = await Promise.all((await burst(page, action, 25)).map((r) => r.text()));
  // The form's own attempt was evaluated too.
  const evaluated = 1 + answers.filter((a) => a.includes("fieldErrors")).length;
  const locked = answers.filter((a) => a.includes('"locked"')).length;
  expect(evaluated).toBeLessThanOrEqual(ACCOUNT_MAX);
  expect(evaluated + locked).toBe(26);

  // Locked now: even the right password is refused, with the Japanese message, and nothing is deleted.
  await fillDeleteForm(page, PASSWORD);
  await page.getByRole("button", { name: "退会する" }).click();
  await expect(formAlert(page)).toContainText("しばらく操作できません");
  expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
    email: user.email,
    deletedAt: null,
  });
});

test("the last member's deletion takes their name, e-mail and phone off the company page", async ({ page, as }) => {
  const { user, company } = await createCompanyMember(PASSWORD);
  await signIn(page, user.email, PASSWORD);
  await fillDeleteForm(page, PASSWORD);
  await page.getByRole("button", { name: "退会する" }).click();
  await page.waitForURL((u) => u.pathname === "/");

  const coordinator = await as("coordinator");
  await coordinator.goto(`/companies/${company.id}`);
  await expect(coordinator.getByRole("heading", { level: 1, name: company.name })).toBeVisible();
  const contact = coordinator.getByTestId("company-contact");
  await expect(contact).toBeVisible();
  for (const personal of [user.name, user.email, "03-0000-1234"]) await expect(contact).not.toContainText(personal);
  await expect(coordinator.getByText("e2e 確認用の企業です。")).toBeVisible();
});
