import { expect, expectAccessible, signInAs, test } from "./fixtures";

// Seeded by prisma/seed/challenges.ts for 加賀市.
const PRIVATE_ID = "seed-challenge-kaga-private";
const PRIVATE_TITLE = "庁舎の跡地活用について非公開で相談したい";
const OPEN_ID = "seed-challenge-kaga-akiya";
const DRAFT_ID = "seed-challenge-kaga-draft";

test.describe("challenge wizard", () => {
  test("staff saves a rough draft, continues later, publishes, and it appears in the public list", async ({ page }) => {
    const title = `町内会の回覧板をデジタルにしたい ${Date.now()}`;
    await signInAs(page, "staff");
    await page.goto("/challenges/new");
    await expect(page.getByRole("heading", { name: "課題を投稿する" })).toBeVisible();
    await page.getByLabel("タイトル").fill(title);
    await page.getByRole("button", { name: "次へ" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /いま起きていること/ })).toBeVisible();
    await page
      .getByLabel(/いま起きていること・なぜ困っているか/)
      .fill("回覧板が1周するのに2週間かかり、防災の知らせが間に合いません。");
    await expect(page.getByTestId("wizard-preview")).toContainText(title);
    await page.getByRole("button", { name: "下書き保存" }).click();
    await expect(page.getByRole("status")).toContainText("下書きを保存しました");
    await expect(page).toHaveURL(/\/challenges\/[^/]+\/edit$/);
    const editUrl = page.url();

    // Come back later through the saved URL: the draft is there.
    await page.goto(editUrl);
    await expect(page.getByLabel("タイトル")).toHaveValue(title);
    // Publishing without a theme jumps to the step with the error, in Japanese.
    for (let i = 0; i < 6; i++) await page.getByRole("button", { name: "次へ" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /確認/ })).toBeVisible();
    await page.getByRole("button", { name: "公開する" }).click();
    await expect(page.getByText("テーマを1つ以上選んでください")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /期間・部署・テーマ/ })).toBeVisible();
    await page.getByLabel("DX・行政デジタル化").check();
    await page.getByLabel("地域コミュニティ・移住").check();
    await page.getByRole("button", { name: "次へ" }).click();
    await page.getByRole("button", { name: "公開する" }).click();
    await page.waitForURL(/\/challenges\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    await page.goto("/challenges");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await page.goto("/my/challenges");
    await expect(page.getByTestId("my-challenges")).toContainText(title);
  });

  test("pending staff see the approval notice instead of the wizard", async ({ page }) => {
    await signInAs(page, "pendingStaff");
    await page.goto("/challenges/new");
    await expect(page.getByTestId("pending-notice")).toContainText("承認待ち");
    await expect(page.getByLabel("タイトル")).toHaveCount(0);
  });

  test("a wizard step is accessible and usable at 375 px", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await signInAs(page, "staff");
    await page.goto("/challenges/new");
    await expect(page.getByText("ステップ 1 / 7")).toBeVisible();
    await page.getByRole("radio", { name: /^相談型/ }).check();
    await page.getByLabel("タイトル").fill("狭い画面でも入力できる");
    await expectAccessible(page);
    await page.getByRole("button", { name: "次へ" }).click();
    await expect(page.getByText("ステップ 2 / 7")).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await page.getByRole("button", { name: "次へ" }).click();
    await page.getByRole("button", { name: "次へ" }).click();
    await page.getByRole("button", { name: "次へ" }).click();
    await page.getByRole("radio", { name: "予算確保済" }).check();
    await expect(page.getByLabel(/予算額/)).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("private consultations", () => {
  for (const who of ["anonymous", "company"] as const) {
    test(`are invisible to ${who} users: absent from the list, 404 on the URL`, async ({ page }) => {
      if (who === "company") await signInAs(page, "company");
      await page.goto("/challenges");
      await expect(page.getByTestId("challenge-card").first()).toBeVisible();
      await expect(page.getByText(PRIVATE_TITLE)).toHaveCount(0);
      const res = await page.goto(`/challenges/${PRIVATE_ID}`);
      expect(res?.status()).toBe(404);
      await expect(page.getByText(PRIVATE_TITLE)).toHaveCount(0);
      const status = await page.evaluate(async (url) => (await fetch(url)).status, `/challenges/${PRIVATE_ID}`);
      expect(status).toBe(404);
      const body = await page.evaluate(async (url) => (await fetch(url)).text(), `/challenges/${PRIVATE_ID}`);
      expect(body).not.toContain(PRIVATE_TITLE);
      expect((await page.goto(`/challenges/${DRAFT_ID}`))?.status()).toBe(404);
    });
  }

  test("the coordinator and the author's municipality can open it", async ({ page }) => {
    await signInAs(page, "coordinator");
    const res = await page.goto(`/challenges/${PRIVATE_ID}`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: PRIVATE_TITLE })).toBeVisible();
    await expect(page.getByTestId("challenge-notice")).toContainText("非公開");
  });
});

test.describe("public pages", () => {
  test("the list filters and is accessible", async ({ page }) => {
    await page.goto("/challenges?kind=PROGRAM&theme=%3Cscript%3E&page=-4&pref=99&budget=lots");
    await expect(page.getByRole("heading", { level: 1, name: "自治体の課題を探す" })).toBeVisible();
    const cards = page.getByTestId("challenge-card");
    await expect(cards.first()).toBeVisible();
    for (const text of await cards.allTextContents()) expect(text).toContain("制度活用");
    await expectAccessible(page);
    await page.goto("/challenges?status=closed");
    await expect(page.getByText("子育ての情報がサイトのあちこちにあって見つからない")).toBeVisible();
  });

  test("the detail page shows the sheet, the 「興味がある」 entry for companies, and is accessible", async ({
    page,
  }) => {
    await page.goto(`/challenges/${OPEN_ID}`);
    await expect(page.getByRole("heading", { name: "いま起きていること" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "これまでの取り組み" })).toBeVisible();
    await expect(page.getByRole("link", { name: "編集する" })).toHaveCount(0);
    await expect(page.getByTestId("interest-entry")).toHaveCount(0);
    await expectAccessible(page);
    await signInAs(page, "company");
    await page.goto(`/challenges/${OPEN_ID}`);
    await expect(page.getByTestId("interest-entry")).toContainText("興味がある");
  });

  test("the author's municipality sees edit and close", async ({ page }) => {
    await signInAs(page, "staff");
    await page.goto(`/challenges/${OPEN_ID}`);
    await expect(page.getByRole("link", { name: "編集する" })).toBeVisible();
    await expect(page.getByRole("button", { name: "募集を終了する" })).toBeVisible();
    expect((await page.goto(`/challenges/${PRIVATE_ID}`))?.status()).toBe(200);
    expect((await page.goto(`/challenges/${DRAFT_ID}`))?.status()).toBe(200);
  });

  test("a bad id is a 404, not an error", async ({ page }) => {
    const res = await page.goto("/challenges/%E3%81%82'%22<x>");
    expect(res?.status()).toBe(404);
  });
});
