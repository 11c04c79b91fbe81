import { expect, signIn, signInAs, test } from "./fixtures";
import { confirmSignup, expectSentPage } from "./signup-mail";

// The whole first-day journey of a municipal clerk, across the three slices:
// sign-up → pending → a coordinator approves → wizard → publish → anyone sees it in the public list.
test("staff sign-up → approval → wizard → publish → public list", async ({ page, browser }) => {
  const id = `${Date.now()}`.slice(-7);
  const email = `journey-${id}@city.omitama.example.lg.jp`;
  const name = `小美玉 旅程${id}`;
  const password = "journey-password-2026";
  const title = `公民館の予約を電話以外でも受けたい ${id}`;

  await page.goto("/signup?type=staff");
  await page.getByLabel("お名前").fill(name);
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByLabel("都道府県").selectOption({ label: "茨城県" });
  await page.locator("select[name=municipalityId]").selectOption({ label: "小美玉市" });
  await page.getByLabel("部署名").fill("生涯学習課");
  await page.getByRole("button", { name: "自治体職員として登録を申請する" }).click();
  await expectSentPage(page);
  await confirmSignup(page, email);
  await expect(page).toHaveURL(/\/signup\/done$/);
  await signIn(page, email, password);

  // Pending: the wizard is not available yet.
  await page.goto("/challenges/new");
  await expect(page.getByTestId("pending-notice")).toContainText("承認待ち");

  const coordinator = await browser.newContext();
  const c = await coordinator.newPage();
  await signInAs(c, "coordinator");
  await c.goto("/admin/approvals");
  await c
    .getByTestId("pending-user")
    .filter({ hasText: name })
    .getByRole("button", { name: `承認する：${name}` })
    .click();
  await expect(c.getByTestId("review-feedback")).toContainText(`${name} さんを承認しました`);
  await coordinator.close();

  // Approval takes effect on the next request: no need to sign in again.
  await page.goto("/dashboard");
  await page.getByRole("link", { name: /課題を投稿する/ }).click();
  await expect(page.getByRole("heading", { name: "課題を投稿する" })).toBeVisible();
  await page.getByRole("radio", { name: /^相談型/ }).check();
  await page.getByLabel("タイトル").fill(title);
  await page.getByRole("button", { name: "次へ" }).click();
  await page
    .getByLabel(/いま起きていること・なぜ困っているか/)
    .fill("公民館の予約が電話と窓口だけで、平日の日中しか受け付けられません。");
  for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "次へ" }).click();
  await page.getByLabel("公共施設・インフラ").check();
  await page.getByRole("button", { name: "次へ" }).click();
  await page.getByRole("button", { name: "公開する" }).click();
  await page.waitForURL(/\/challenges\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const anonymous = await browser.newContext();
  const a = await anonymous.newPage();
  await a.goto("/challenges");
  await expect(a.getByRole("link", { name: title })).toBeVisible();
  await a.getByRole("link", { name: title }).click();
  await expect(a.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(a.getByText("小美玉市").first()).toBeVisible();
  await anonymous.close();
});
