import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { DEMO, expect, expectAccessible, publishChallenge, signIn, test } from "./fixtures";

// Reverse-match alerts end to end: company sets alert themes → staff publishes a matching challenge
// through the wizard → the worker fans out → the company sees it in /notifications and gets the
// e-mail (real SMTP into the e2e server's sink, read from its .eml folder on this machine) →
// opening it goes to the challenge → the unsubscribe link works signed out.
const mailDir = path.resolve(`.data/e2e-mail-${process.env.E2E_DB_PORT ?? 54339}`);

async function findMail(to: string, text: string): Promise<ParsedMail | null> {
  let files: string[] = [];
  try {
    files = readdirSync(mailDir).filter((f) => f.endsWith(".eml"));
  } catch {
    return null;
  }
  for (const f of files) {
    const mail = await simpleParser(readFileSync(path.join(mailDir, f)));
    const rcpt = Array.isArray(mail.to) ? mail.to.flatMap((a) => a.value) : (mail.to?.value ?? []);
    if (rcpt.some((a) => a.address === to) && (mail.text ?? "").includes(text)) return mail;
  }
  return null;
}

test("alert preferences → publish → notification, e-mail, open, unsubscribe", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const title = `地場産品の通販を始めたい ${Date.now().toString().slice(-7)}`;

  // 1. The company chooses what it wants to hear about.
  await signIn(page, DEMO.company);
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

  // 2. Staff in 加賀市 (石川県) publish a matching challenge through the wizard.
  const staffCtx = await browser.newContext();
  const s = await staffCtx.newPage();
  await signIn(s, DEMO.staff);
  const challengePath = await publishChallenge(s, {
    title,
    situation: "特産品を全国に売りたいが、通販の仕組みがありません。",
    theme: "地場産品・EC",
  });
  await staffCtx.close();

  // 3. The worker delivers: the notification appears (unread) for the company.
  await expect
    .poll(
      async () => {
        await page.goto("/notifications");
        return page.getByTestId("notification-list").getByRole("link", { name: title }).count();
      },
      { timeout: 30_000 },
    )
    .toBe(1);
  const item = page.locator("li", { has: page.getByRole("link", { name: title }) });
  await expect(item).toHaveAttribute("data-unread", "true");
  await expect(page.getByRole("main").getByText(/未読[1-9]\d*件/)).toBeVisible();
  const bell = page.getByTestId("notification-bell");
  if (await bell.count()) await expect(bell).toHaveAccessibleName(/お知らせ\s*（未読\s*[1-9]\d*\s*件）/);
  await expectAccessible(page);

  // 4. The e-mail reached the SMTP sink, in Japanese, with an unsubscribe link.
  let mail: ParsedMail | null = null;
  await expect
    .poll(async () => (mail = await findMail(DEMO.company, challengePath)) !== null, { timeout: 30_000 })
    .toBe(true);
  expect(mail!.subject).toContain(title);
  const unsubscribe = (mail!.text ?? "").match(/https?:\/\/\S+\/unsubscribe\?token=[a-z0-9]+/i)?.[0];
  expect(unsubscribe).toBeTruthy();
  expect(mail!.headerLines.find((h) => h.key === "list-unsubscribe")?.line).toContain("/api/unsubscribe?token=");

  // 5. Opening the notification goes to the challenge and marks it read.
  await item.getByRole("link", { name: title }).click();
  await page.waitForURL((u) => u.pathname === challengePath);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.goto("/notifications");
  await expect(page.locator("li", { has: page.getByRole("link", { name: title }) })).not.toHaveAttribute(
    "data-unread",
    "true",
  );

  // 6. The unsubscribe link works signed out: GET confirms, the button (POST) stops e-mail.
  const anon = await browser.newContext();
  const a = await anon.newPage();
  await a.goto(new URL(unsubscribe!).pathname + new URL(unsubscribe!).search);
  await expect(a.getByRole("heading", { level: 1, name: "メール配信の停止" })).toBeVisible();
  await expectAccessible(a);
  await a.getByRole("button", { name: "メール配信を停止する" }).click();
  await expect(a.getByRole("status")).toContainText("メール配信を停止しました");
  await a.goto("/unsubscribe?token=not-a-real-token");
  await expect(a.getByRole("heading", { level: 1, name: "このリンクは使えません" })).toBeVisible();
  await anon.close();

  // The settings page shows the change; put the demo account back to immediate e-mail.
  await page.goto("/settings/alerts");
  await expect(page.getByLabel(/メールは受け取らない/)).toBeChecked();
  await page.getByLabel(/すぐに受け取る/).check();
  await page.getByRole("button", { name: "設定を保存する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "設定を保存しました" })).toBeVisible();
});
