import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { simpleParser } from "mailparser";
import { tinyPdf } from "../fixtures/threads";
import { DEMO, expect, publishChallenge, signIn, test } from "./fixtures";

// The whole matching story in one run, as issue 4 tells it: a company sets alert themes → staff
// publish a matching challenge → the company sees the notification and the e-mail in the sink →
// answers the screening question → 「興味がある」 → staff accept → both exchange a message with a
// PDF → the coordinator sees the thread. A fresh company signs up, so no other spec shares its state.
const mailDir = path.resolve(`.data/e2e-mail-${process.env.E2E_DB_PORT ?? 54339}`);
const PASSWORD = "journey-company-pass-1";

async function mailFor(to: string, text: string) {
  let files: string[] = [];
  try {
    files = readdirSync(mailDir).filter((f) => f.endsWith(".eml"));
  } catch {
    return null;
  }
  for (const f of files) {
    const mail = await simpleParser(readFileSync(path.join(mailDir, f)));
    const rcpt = Array.isArray(mail.to) ? mail.to.flatMap((a) => a.value) : (mail.to?.value ?? []);
    if (rcpt.some((a) => a.address === to) && `${mail.subject} ${mail.text}`.includes(text)) return mail;
  }
  return null;
}

async function as(browser: Browser, email: string, run: (page: Page) => Promise<void>, password?: string) {
  const context = await browser.newContext({ locale: "ja-JP" });
  const page = await context.newPage();
  page.on("dialog", (d) => void d.accept());
  try {
    await signIn(page, email, password);
    await run(page);
  } finally {
    await context.close();
  }
}

test("alerts → publish → notification and e-mail → screening → 興味がある → accept → messages with a PDF → coordinator", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const id = Date.now().toString().slice(-7);
  const companyEmail = `journey-${id}@example.jp`;
  const companyName = `株式会社グリーン共創 ${id}`;
  const title = `公用車の脱炭素を進めたい ${id}`;
  const question = "自治体との実績はありますか？";

  // 1. A company signs up and chooses what it wants to hear about.
  await page.goto("/signup?type=company");
  await page.getByLabel("会社名").fill(companyName);
  await page.getByLabel("担当者名").fill("環境 花子");
  await page.getByLabel("メールアドレス").fill(companyEmail);
  await page.getByLabel("パスワード").fill(PASSWORD);
  await page.getByRole("button", { name: "企業として登録する" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/settings/alerts");
  await page
    .getByRole("group", { name: /テーマ/ })
    .getByLabel("環境・脱炭素")
    .check();
  await page.getByRole("group", { name: /地域/ }).getByLabel("石川県").check();
  await page.getByLabel(/すぐに受け取る/).check();
  await page.getByRole("button", { name: "設定を保存する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "設定を保存しました" })).toBeVisible();

  // 2. Staff in 加賀市 publish a matching challenge and set a screening question.
  let challengePath = "";
  await as(browser, DEMO.staff, async (s) => {
    challengePath = await publishChallenge(s, {
      title,
      situation: "公用車の更新時期ですが、EV化の費用と充電設備の置き場所がわかりません。",
      theme: "環境・脱炭素",
    });
    await s.getByRole("link", { name: "確認の質問を設定" }).click();
    await s.getByLabel("質問1").fill(question);
    await s.getByRole("button", { name: "質問を保存する" }).click();
    await expect(s.getByText("質問を保存しました。")).toBeVisible();
  });

  // 3. The company sees the notification, and the e-mail reached the SMTP sink.
  await expect
    .poll(
      async () => {
        await page.goto("/notifications");
        return page.getByTestId("notification-list").getByRole("link", { name: title }).count();
      },
      { timeout: 45_000 },
    )
    .toBe(1);
  await expect.poll(() => mailFor(companyEmail, title).then(Boolean), { timeout: 45_000 }).toBe(true);

  // 4. It opens the challenge from the notification, answers the question and says 興味がある.
  await page.getByTestId("notification-list").getByRole("link", { name: title }).click();
  await page.waitForURL((u) => u.pathname === challengePath);
  await page.getByTestId("interest-entry").getByRole("link", { name: "興味がある" }).click();
  await page.getByLabel(question).fill("隣の市で公用車EV化の実証を行いました。");
  await page.getByRole("button", { name: "興味がある（送信する）" }).click();
  await expect(page).toHaveURL(/\/interests\?sent=1$/);

  // 5. Staff accept; a thread opens.
  await as(browser, DEMO.staff, async (s) => {
    await s.goto(`${challengePath}/interests`);
    const card = s.getByTestId("interest-card").filter({ hasText: companyName });
    await expect(card).toContainText("隣の市で公用車EV化の実証を行いました。");
    await card.getByRole("button", { name: /承諾して連絡を始める/ }).click();
    await expect(card.getByRole("link", { name: "やりとりを開く" })).toBeVisible();
  });

  // 6. The company writes first, with a PDF.
  await page.goto("/interests");
  await page
    .getByTestId("my-interest")
    .filter({ hasText: title })
    .getByRole("link", { name: "やりとりを開く" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByLabel("本文").fill("ご連絡ありがとうございます。実証の報告書をお送りします。");
  await page
    .getByLabel("ファイルを添付（任意）")
    .setInputFiles({ name: "実証報告書.pdf", mimeType: "application/pdf", buffer: Buffer.from(tinyPdf()) });
  await page.getByRole("button", { name: "送信する" }).click();
  await expect(page.getByRole("status")).toHaveText("送信しました。");
  const threadPath = new URL(page.url()).pathname;

  // 7. Staff see it unread, open the PDF and reply.
  await as(browser, DEMO.staff, async (s) => {
    await s.goto("/messages");
    await expect(s.getByTestId("thread-item").filter({ hasText: title })).toContainText("未読1件");
    await s.goto(threadPath);
    const doc = s.getByTestId("document-link").filter({ hasText: "実証報告書.pdf" });
    const res = await s.request.get((await doc.getAttribute("href"))!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-disposition"]).toMatch(/^attachment;/);
    await s.getByLabel("本文").fill("拝見しました。来週、環境政策課と打ち合わせをお願いできますか。");
    await s.getByRole("button", { name: "送信する" }).click();
    await expect(s.getByRole("status")).toHaveText("送信しました。");
  });

  // 8. The company sees the reply; the coordinator sees the whole thread.
  await page.goto(threadPath);
  await expect(page.getByTestId("message").last()).toContainText("環境政策課と打ち合わせ");
  await as(browser, DEMO.coordinator, async (c) => {
    await c.goto("/messages");
    await c.getByTestId("thread-item").filter({ hasText: title }).getByRole("link", { name: title }).click();
    await expect(c.getByTestId("message")).toHaveCount(2);
    await expect(c.getByTestId("document-link").filter({ hasText: "実証報告書.pdf" })).toBeVisible();
  });

  // Another company cannot open the thread.
  await as(browser, DEMO.company, async (other) => {
    expect((await other.goto(threadPath))?.status()).toBe(404);
  });
});
