import type { Page } from "@playwright/test";
import { tinyPdf } from "../fixtures/threads";
import { expect, publishChallenge, signIn, test, type SignedIn } from "./fixtures";
import { findMail } from "./mail";
import { confirmSignup } from "./signup-mail";

// The whole matching story, as issue 4 tells it, one step per test: a company sets alert themes →
// staff publish a matching challenge → the company sees the notification and the e-mail in the sink →
// answers the screening question → 「興味がある」 → staff accept → both exchange a message with a
// PDF → the coordinator sees the thread. Serial, since each step starts where the last one ended.
// A fresh company signs up, so no other spec shares its state.
test.describe.configure({ mode: "serial" });

const id = Date.now().toString().slice(-7);
const companyEmail = `journey-${id}@example.jp`;
const companyName = `株式会社グリーン共創 ${id}`;
const title = `公用車の脱炭素を進めたい ${id}`;
const question = "自治体との実績はありますか？";
let company: SignedIn;
let challengePath = "";
let threadPath = "";

const myThreadLink = (page: Page) =>
  page.getByTestId("my-interest").filter({ hasText: title }).getByRole("link", { name: "やりとりを開く" });

test("a company signs up and chooses what it wants to hear about", async ({ page }) => {
  await page.goto("/signup?type=company");
  await page.getByLabel("会社名").fill(companyName);
  await page.getByLabel("担当者名").fill("環境 花子");
  await page.getByLabel("メールアドレス").fill(companyEmail);
  await page.getByLabel("パスワード").fill("journey-company-pass-1");
  await page.getByRole("button", { name: "企業として登録する" }).click();
  await confirmSignup(page, companyEmail);
  await expect(page.getByTestId("signup-complete")).toBeVisible();
  await signIn(page, companyEmail, "journey-company-pass-1");
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
  company = await page.context().storageState();
});

test("staff in 加賀市 publish a matching challenge with a screening question", async ({ as }) => {
  const staff = await as("staff");
  challengePath = await publishChallenge(staff, {
    title,
    situation: "公用車の更新時期ですが、EV化の費用と充電設備の置き場所がわかりません。",
    theme: "環境・脱炭素",
  });
  await staff.getByRole("link", { name: "確認の質問を設定" }).click();
  await staff.getByLabel("質問1").fill(question);
  await staff.getByRole("button", { name: "質問を保存する" }).click();
  await expect(staff.getByText("質問を保存しました。")).toBeVisible();
});

test("the company gets the notification and the e-mail", async ({ as }) => {
  test.slow(); // waits on the job worker's fan-out and SMTP delivery too
  const page = await as(company);
  await expect
    .poll(
      async () => {
        await page.goto("/notifications");
        return page.getByTestId("notification-list").getByRole("link", { name: title }).count();
      },
      { timeout: 90_000 },
    )
    .toBe(1);
  await expect.poll(() => findMail(companyEmail, title).then(Boolean), { timeout: 90_000 }).toBe(true);
});

test("from the notification, the company answers the question and says 興味がある", async ({ as }) => {
  const page = await as(company);
  await page.goto("/notifications");
  await page.getByTestId("notification-list").getByRole("link", { name: title }).click();
  await page.waitForURL((u) => u.pathname === challengePath);
  await page.getByTestId("interest-entry").getByRole("link", { name: "興味がある" }).click();
  await page.getByLabel(question).fill("隣の市で公用車EV化の実証を行いました。");
  await page.getByRole("button", { name: "興味がある（送信する）" }).click();
  await expect(page).toHaveURL(/\/interests\?sent=1$/);
});

test("staff read the answer and accept; a thread opens", async ({ as }) => {
  const staff = await as("staff");
  staff.on("dialog", (d) => void d.accept()); // 承諾 asks window.confirm
  await staff.goto(`${challengePath}/interests`);
  const card = staff.getByTestId("interest-card").filter({ hasText: companyName });
  await expect(card).toContainText("隣の市で公用車EV化の実証を行いました。");
  await card.getByRole("button", { name: /承諾して連絡を始める/ }).click();
  await expect(card.getByRole("link", { name: "やりとりを開く" })).toBeVisible();
});

test("the company writes first, with a PDF", async ({ as }) => {
  const page = await as(company);
  await page.goto("/interests");
  await myThreadLink(page).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByLabel("本文").fill("ご連絡ありがとうございます。実証の報告書をお送りします。");
  await page
    .getByLabel("ファイルを添付（任意）")
    .setInputFiles({ name: "実証報告書.pdf", mimeType: "application/pdf", buffer: Buffer.from(tinyPdf()) });
  await page.getByRole("button", { name: "送信する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "送信しました。" })).toBeVisible();
  threadPath = new URL(page.url()).pathname;
});

test("staff see it unread, open the PDF and reply; the company sees the reply", async ({ as }) => {
  const staff = await as("staff");
  await staff.goto("/messages");
  await expect(staff.getByTestId("thread-item").filter({ hasText: title })).toContainText("未読1件");
  await staff.goto(threadPath);
  const doc = staff.getByTestId("document-link").filter({ hasText: "実証報告書.pdf" });
  const res = await staff.request.get((await doc.getAttribute("href"))!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-disposition"]).toMatch(/^attachment;/);
  await staff.getByLabel("本文").fill("拝見しました。来週、環境政策課と打ち合わせをお願いできますか。");
  await staff.getByRole("button", { name: "送信する" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "送信しました。" })).toBeVisible();

  const page = await as(company);
  await page.goto(threadPath);
  await expect(page.getByTestId("message").last()).toContainText("環境政策課と打ち合わせ");
});

test("the coordinator sees the whole thread; another company gets 404", async ({ as }) => {
  const coordinator = await as("coordinator");
  await coordinator.goto("/messages");
  await coordinator.getByTestId("thread-item").filter({ hasText: title }).getByRole("link", { name: title }).click();
  await expect(coordinator.getByTestId("message")).toHaveCount(2);
  await expect(coordinator.getByTestId("document-link").filter({ hasText: "実証報告書.pdf" })).toBeVisible();

  const other = await as("company");
  expect((await other.goto(threadPath))?.status()).toBe(404);
});
