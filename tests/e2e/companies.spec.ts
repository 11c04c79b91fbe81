import { expect, expectAccessible, signInAs, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { uid } from "../fixtures/factories";

const DEMOTECH = "株式会社デモテック";

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("company directory", () => {
  test("staff searches, filters by industry, opens a company and sends a direct inquiry", async ({ page }) => {
    await signInAs(page, "staff");
    await page.goto("/companies");
    await expect(page.getByRole("heading", { level: 1, name: "企業を探す" })).toBeVisible();
    await expect(page.getByTestId("company-card").first()).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("キーワード").fill("デモテック");
    await page.getByRole("button", { name: "この条件で探す" }).click();
    await expect(page).toHaveURL(/q=/);
    await expect(page.getByTestId("company-card").filter({ hasText: DEMOTECH })).toHaveCount(1);

    await page.getByLabel("業種").selectOption("IT");
    await page.getByRole("button", { name: "この条件で探す" }).click();
    await expect(page).toHaveURL(/industry=IT/);
    const cards = page.getByTestId("company-card");
    for (const text of await cards.allTextContents()) expect(text).toContain("IT・ソフトウェア");
    await page.getByRole("link", { name: DEMOTECH }).click();

    await expect(page.getByRole("heading", { level: 1, name: DEMOTECH })).toBeVisible();
    await expect(page.getByTestId("company-contact")).toContainText("company@example.co.jp");
    await expectAccessible(page);

    await page.getByRole("button", { name: "問い合わせを送る" }).click();
    await expect(page.locator("#subject-error")).toContainText("件名を入力してください");
    await page.getByLabel("件名").fill("窓口予約のオンライン化についてのご相談");
    await page.getByLabel("問い合わせの内容").fill("加賀市の窓口予約について、一度お話を伺えますでしょうか。");
    await page.getByRole("button", { name: "問い合わせを送る" }).click();
    await expect(page.getByTestId("inquiry-sent")).toContainText("問い合わせを送りました");
    await expect(page.getByRole("link", { name: "やりとりを見る" })).toHaveAttribute(
      "href",
      /^\/messages\/[A-Za-z0-9_-]+$/,
    );
  });

  test("the company user edits its own profile, and cannot open the directory", async ({ page }) => {
    await signInAs(page, "company");
    await page.goto("/company/profile");
    await expect(page.getByRole("heading", { level: 1, name: "自社のプロフィール" })).toBeVisible();
    await expect(page.getByLabel("会社名")).toHaveValue(DEMOTECH);
    await expectAccessible(page);

    await page.getByLabel("法人番号（13桁）").fill("1180301018772");
    await page.getByRole("button", { name: "保存する" }).click();
    await expect(page.locator("#corporateNumber-error")).toContainText("法人番号が正しくありません");

    await page.getByLabel("法人番号（13桁）").fill("7900000000002");
    await page.getByLabel("できること").fill("窓口予約のオンライン化と、紙の申請の電子化を支援します（e2e）。");
    await page.getByRole("checkbox", { name: "石川県" }).check();
    await page.getByRole("button", { name: "保存する" }).click();
    await expect(page.getByTestId("profile-saved")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("できること")).toHaveValue(/（e2e）/);
    await expect(page.getByRole("checkbox", { name: "石川県" })).toBeChecked();

    const res = await page.goto("/companies");
    expect(res?.status()).toBe(404);
  });

  test("anonymous visitors are sent to sign in", async ({ request }) => {
    const res = await request.get("/companies");
    expect(new URL(res.url()).pathname).toBe("/signin");
  });

  test("empty profiles list last; half-width kana finds a real case's partner company", async ({ page }) => {
    // Sorts first by name, so only the 「profiles with content first」 rule keeps it off page 1.
    const empty = await db.organization.create({ data: { kind: "COMPANY", name: `0000 未登録 ${uid()}` } });
    await signInAs(page, "staff");
    await page.goto("/companies");
    const cards = page.getByTestId("company-card");
    await expect(cards.first()).not.toContainText("プロフィール未登録");
    await expect(cards.filter({ hasText: empty.name })).toHaveCount(0);
    await page.goto("/companies?page=100000");
    await expect(cards.last()).toContainText("プロフィール未登録");

    await page.goto("/companies");
    await page.getByLabel("キーワード").fill("ｻｲﾎﾞｳｽﾞ");
    await page.getByRole("button", { name: "この条件で探す" }).click();
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText("サイボウズ株式会社");
    await cards.first().getByRole("link").click();
    await expect(page.getByTestId("track-record").getByRole("link", { name: /神戸市 × サイボウズ/ })).toBeVisible();
  });

  test("directory and company page work at 375 px", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await signInAs(page, "coordinator");
    await page.goto("/companies?industry=IT");
    await expect(page.getByTestId("company-card").first()).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.getByTestId("company-card").first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "この企業の情報を編集" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });
});
