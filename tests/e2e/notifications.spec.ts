import type { ParsedMail } from "mailparser";
import { DEMO, expect, expectAccessible, publishChallenge, test } from "./fixtures";
import { findMail } from "./mail";

// Reverse-match alerts end to end, one step per test: company sets alert themes → staff publish a
// matching challenge through the wizard → the worker fans out → the company sees it in /notifications
// and gets the e-mail (real SMTP into the e2e server's sink) → opening it goes to the challenge → the
// unsubscribe link works signed out. Serial, since each step starts where the last one ended.
test.describe.configure({ mode: "serial" });

const title = `地場産品の通販を始めたい ${Date.now().toString().slice(-7)}`;
let challengePath = "";
let unsubscribe = "";

test("the company chooses what it wants to hear about", async ({ as }) => {
  const page = await as("company");
  await page.goto("/settings/alerts");
  await expect(page.getByRole("heading", { level: 1, name: "お知らせの設定" })).toBeVisible();
  await page
    .getByRole("group", { name: /テーマ/ })
    .getByLabel("地場産品・EC")
    .check();
  await page.getByRole("group", { name: /地域/ }).getByLabel("石川県").check();
  // Other specs may have created the preference row implicitly (alerts off); choosing switches it on.
  await expect(page.locator("input[name=challengeAlerts]")).toBeChecked();
  await page.getByLabel(/すぐに受け取る/).check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "設定を保存する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "設定を保存しました" })).toBeVisible();
});

test("staff publish a matching challenge: the company gets an unread notification and an e-mail", async ({ as }) => {
  test.slow(); // waits on the job worker's fan-out and SMTP delivery too
  challengePath = await publishChallenge(await as("staff"), {
    title,
    situation: "特産品を全国に売りたいが、通販の仕組みがありません。",
    theme: "地場産品・EC",
  });

  const page = await as("company");
  await expect
    .poll(
      async () => {
        await page.goto("/notifications");
        return page.getByTestId("notification-list").getByRole("link", { name: title }).count();
      },
      { timeout: 90_000 },
    )
    .toBe(1);
  const item = page.locator("li", { has: page.getByRole("link", { name: title }) });
  await expect(item).toHaveAttribute("data-unread", "true");
  await expect(page.getByRole("main").getByText(/未読[1-9]\d*件/)).toBeVisible();
  const bell = page.getByTestId("notification-bell");
  if (await bell.count()) await expect(bell).toHaveAccessibleName(/お知らせ\s*（未読\s*[1-9]\d*\s*件）/);
  await expectAccessible(page);

  // In Japanese, with an unsubscribe link.
  let mail: ParsedMail | null = null;
  await expect
    .poll(async () => (mail = await findMail(DEMO.company, challengePath)) !== null, { timeout: 90_000 })
    .toBe(true);
  expect(mail!.subject).toContain(title);
  unsubscribe = (mail!.text ?? "").match(/https?:\/\/\S+\/unsubscribe\?token=[a-z0-9]+/i)?.[0] ?? "";
  expect(unsubscribe).toBeTruthy();
  expect(mail!.headerLines.find((h) => h.key === "list-unsubscribe")?.line).toContain("/api/unsubscribe?token=");
});

test("opening the notification goes to the challenge and marks it read", async ({ as }) => {
  const page = await as("company");
  await page.goto("/notifications");
  const item = () => page.locator("li", { has: page.getByRole("link", { name: title }) });
  await item().getByRole("link", { name: title }).click();
  await page.waitForURL((u) => u.pathname === challengePath);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.goto("/notifications");
  await expect(item()).not.toHaveAttribute("data-unread", "true");
});

test("the unsubscribe link works signed out; the settings page shows the change", async ({ page, as }) => {
  // GET confirms, the button (POST) stops e-mail.
  const link = new URL(unsubscribe);
  await page.goto(link.pathname + link.search);
  await expect(page.getByRole("heading", { level: 1, name: "メール配信の停止" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "メール配信を停止する" }).click();
  await expect(page.getByRole("status")).toContainText("メール配信を停止しました");
  await page.goto("/unsubscribe?token=not-a-real-token");
  await expect(page.getByRole("heading", { level: 1, name: "このリンクは使えません" })).toBeVisible();

  // Put the demo account back to immediate e-mail for the other specs.
  const company = await as("company");
  await company.goto("/settings/alerts");
  await expect(company.getByLabel(/メールは受け取らない/)).toBeChecked();
  await company.getByLabel(/すぐに受け取る/).check();
  await company.getByRole("button", { name: "設定を保存する" }).click();
  await expect(company.getByRole("status").filter({ hasText: "設定を保存しました" })).toBeVisible();
});

test("a company's 「興味がある」 reaches the coordinators' notification centre at once", async ({ as }) => {
  const company = await as("company");
  await company.goto(challengePath);
  await company.getByTestId("interest-entry").getByRole("link", { name: "興味がある" }).click();
  await company.getByRole("button", { name: "興味がある（送信する）" }).click();
  await expect(company).toHaveURL(/\/interests\?sent=1$/);

  // Written in the interest's own transaction: no worker to wait for.
  const page = await as("coordinator");
  await page.goto("/notifications");
  const item = page.locator("li", { hasText: title }).filter({ hasText: "「興味がある」が届きました" });
  await expect(item).toHaveAttribute("data-unread", "true");
  await expect(item.getByText("興味の表明", { exact: true })).toBeVisible();
  await item.getByRole("link", { name: /「興味がある」が届きました/ }).click();
  await page.waitForURL((u) => u.pathname === `${challengePath}/interests`);
});
