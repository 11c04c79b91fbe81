import type { Page } from "@playwright/test";
import { createDemoThread, createOtherCompanyUser, tinyPdf } from "../fixtures/threads";
import { uid } from "../fixtures/factories";
import { expect, expectAccessible, signIn, test } from "./fixtures";

// One thread, made through the database (as accepting an interest would), between 加賀市 and the demo
// company 株式会社デモテック, followed step by step: each test is one party's view of it. Serial, since
// each step reads what the one before wrote; a new subject per run keeps other specs' threads apart.
test.describe.configure({ mode: "serial" });

const OTHER_PASSWORD = "other-company-pass-1";
const subject = `見積のご相談 ${uid()}`;
let threadId = "";
let downloadPath = "";

test.beforeAll(async () => {
  threadId = (await createDemoThread(subject)).id;
});

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    await page.evaluate(() => window.innerWidth),
  );
}

test("staff send markdown with a PDF; an HTML page named .png is refused", async ({ as }) => {
  const page = await as("staff");
  await page.goto(`/messages/${threadId}`);
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await page
    .getByLabel("本文")
    .fill(
      "**概算見積**をお送りします。\n- 初期費用\n- 月額費用\n詳細は https://example.jp/mitsumori をご覧ください。<script>alert(1)</script>",
    );
  await page
    .getByLabel("ファイルを添付（任意）")
    .setInputFiles({ name: "見積書（加賀市）.pdf", mimeType: "application/pdf", buffer: Buffer.from(tinyPdf()) });
  await page.getByRole("button", { name: "送信する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "送信しました。" })).toBeVisible();
  const message = page.getByTestId("message").last();
  await expect(message.locator("strong")).toHaveText("概算見積");
  await expect(message.getByRole("listitem").filter({ hasText: "月額費用" })).toBeVisible();
  await expect(message.getByRole("link", { name: "https://example.jp/mitsumori" })).toHaveAttribute(
    "rel",
    "noopener noreferrer nofollow",
  );
  await expect(message).toContainText("<script>alert(1)</script>");
  const doc = message.getByTestId("document-link");
  await expect(doc).toContainText("見積書（加賀市）.pdf");
  downloadPath = (await doc.getAttribute("href"))!;
  expect(downloadPath).toMatch(/^\/api\/documents\/[A-Za-z0-9_-]+$/);

  await page.getByLabel("ファイルを添付（任意）").setInputFiles({
    name: "photo.png",
    mimeType: "image/png",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await page.getByRole("button", { name: "送信する" }).click();
  await expect(page.getByText(/対応していない形式のファイルです/)).toBeVisible();
  await expect(page.getByTestId("message")).toHaveCount(1);
  await expectAccessible(page);
});

test("the company, on a phone, sees it unread, downloads the PDF and replies", async ({ as }) => {
  const page = await as("company", { viewport: { width: 375, height: 900 } });
  await page.goto("/messages");
  const item = page.getByTestId("thread-item").filter({ hasText: subject });
  await expect(item).toContainText("未読1件");
  await expect(item).toContainText("加賀市");
  await expectAccessible(page);
  await noHorizontalScroll(page);

  await item.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page.getByTestId("message").first()).toContainText("概算見積");
  await expectAccessible(page);
  await noHorizontalScroll(page);

  const res = await page.request.get(downloadPath);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="[^"]*\.pdf"; filename\*=UTF-8''/);
  expect(decodeURIComponent(res.headers()["content-disposition"].split("''")[1])).toBe("見積書（加賀市）.pdf");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["cache-control"]).toContain("no-store");
  expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await page.getByLabel("本文").fill("ありがとうございます。社内で確認します。");
  await page.getByRole("button", { name: "送信する" }).click();
  await expect(page.getByTestId("message").last()).toContainText("社内で確認します");

  await page.goto("/messages");
  await expect(page.getByTestId("thread-item").filter({ hasText: subject })).not.toContainText("未読");
});

test("another company gets 404 for the thread and the file, and does not see it listed", async ({ page }) => {
  const other = await createOtherCompanyUser(OTHER_PASSWORD);
  await signIn(page, other.email, OTHER_PASSWORD);
  expect((await page.goto(`/messages/${threadId}`))?.status()).toBe(404);
  expect((await page.request.get(downloadPath)).status()).toBe(404);
  await page.goto("/messages");
  await expect(page.getByText(subject)).toHaveCount(0);
});

test("signed out, the file is the same 404, not a redirect that would confirm it exists", async ({ request }) => {
  expect((await request.get(downloadPath, { maxRedirects: 0 })).status()).toBe(404);
});

test("the coordinator sees the whole thread", async ({ as }) => {
  const page = await as("coordinator");
  await page.goto("/messages");
  const item = page.getByTestId("thread-item").filter({ hasText: subject });
  await expect(item).toContainText("加賀市 と 株式会社デモテック");
  await item.getByRole("link", { name: subject }).click();
  await expect(page.getByTestId("message")).toHaveCount(2);
  await expect(page.getByTestId("message").last()).toContainText("社内で確認します");
});
