import { db } from "@/lib/db";
import { expect, expectAccessible, signInAs, test } from "./fixtures";

// Seeded by prisma/seed/challenges.ts for 加賀市.
const PRIVATE_ID = "seed-challenge-kaga-private";
const PRIVATE_TITLE = "庁舎の跡地活用について非公開で相談したい";
const OPEN_ID = "seed-challenge-kaga-akiya";
const DRAFT_ID = "seed-challenge-kaga-draft";

test.describe("challenge wizard", () => {
  test("the wizard saves itself, survives a reload, and a refused publish keeps the text and points at the field", async ({
    page,
  }) => {
    const title = `町内会の回覧板をデジタルにしたい ${Date.now()}`;
    const situation = "回覧板が1周するのに2週間かかり、防災の知らせが間に合いません。";
    await signInAs(page, "staff");
    await page.goto("/challenges/new");
    await expect(page.getByRole("heading", { name: "課題を投稿する" })).toBeVisible();
    // No kind picked yet: the preview says so instead of showing 相談型.
    const preview = page.getByTestId("wizard-preview");
    await expect(preview).toContainText("種類：未選択");
    await expect(preview).not.toContainText("相談型");

    // Typing alone saves the draft, without a click and without taking the cursor out of the field.
    const titleField = page.getByLabel("タイトル");
    await titleField.fill(title);
    await expect(page.getByTestId("save-status")).toContainText(/保存しました \d{2}:\d{2}/);
    await expect(page).toHaveURL(/\/challenges\/[^/]+\/edit$/);
    await expect(titleField).toBeFocused();
    const id = page.url().split("/").at(-2)!;
    expect(await db.challenge.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", title });

    await page.getByRole("button", { name: "次へ" }).click();
    await page.getByLabel(/いま起きていること・なぜ困っているか/).fill(situation);
    await expect.poll(async () => (await db.challenge.findUnique({ where: { id } }))?.situation).toBe(situation);
    await expect(page.getByTestId("save-status")).toContainText("保存しました");
    await page.reload();
    await expect(page.getByLabel("タイトル")).toHaveValue(title);
    await expect(page.getByTestId("wizard-preview")).toContainText(situation);

    // Publishing with no kind and no theme: nothing is lost, the first field to fix gets the focus.
    for (let i = 0; i < 6; i++) await page.getByRole("button", { name: "次へ" }).click();
    await page.getByRole("button", { name: "公開する" }).click();
    await expect(page.getByText("種類を選んでください").first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /種類とタイトル/ })).toBeVisible();
    await expect(page.locator("fieldset#kind")).toBeFocused();
    await expect(page.getByRole("alert").filter({ hasText: "下書きとして保存されています" })).toBeVisible();
    await expect(page.getByLabel("タイトル")).toHaveValue(title);
    expect((await db.challenge.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    await page.getByRole("radio", { name: /^相談型/ }).check();
    await page.getByRole("button", { name: /期間・部署・テーマ/ }).click();
    await page.getByLabel("DX・行政デジタル化").check();
    await page.getByLabel("地域コミュニティ・移住").check();
    await page.getByRole("button", { name: "次へ" }).click();
    await page.getByRole("button", { name: "公開する" }).click();
    await page.waitForURL(`/challenges/${id}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await page.goto("/my/challenges");
    await expect(page.getByTestId("my-challenges")).toContainText(title);
  });

  test("a failing save shows, leaving warns, and the retry saves", async ({ page }) => {
    await signInAs(page, "staff");
    await page.goto(`/challenges/${DRAFT_ID}/edit`);
    const titleField = page.getByLabel("タイトル");
    await expect(titleField).not.toHaveValue("");
    const title = `オフラインで書いた題 ${Date.now()}`;
    // The server cannot be reached for saves (the page's server actions are POSTs to its own URL).
    const editUrl = `**/challenges/${DRAFT_ID}/edit`;
    await page.route(editUrl, (r) => (r.request().method() === "POST" ? r.abort() : r.continue()));
    await titleField.fill(title);
    await expect(page.getByTestId("save-status")).toContainText("保存できませんでした");
    // An in-app link asks first (the draft could not be saved), and staying keeps the text.
    await page.getByRole("link", { name: "課題を探す" }).first().click();
    const dialog = page.getByTestId("leave-dialog");
    await expect(dialog).toContainText("保存されていない変更があります");
    await dialog.getByRole("button", { name: "このページに残る" }).click();
    await expect(page).toHaveURL(new RegExp(`/challenges/${DRAFT_ID}/edit$`));
    await expect(titleField).toHaveValue(title);
    // Closing the tab asks too: the browser's own question, answered 「このページに残る」.
    const unload = page.waitForEvent("dialog");
    await page.close({ runBeforeUnload: true });
    const question = await unload;
    expect(question.type()).toBe("beforeunload");
    await question.dismiss();
    await page.unroute(editUrl);
    await page.getByRole("button", { name: "もう一度保存する" }).click();
    await expect(page.getByTestId("save-status")).toContainText(/保存しました \d{2}:\d{2}/);
    expect((await db.challenge.findUniqueOrThrow({ where: { id: DRAFT_ID } })).title).toBe(title);
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
      expect((await page.request.get(`/challenges/${DRAFT_ID}`)).status()).toBe(404);
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
    // Signed out, a company still finds 「興味がある」 (issue 16 §1: it leads to sign-in or sign-up).
    await expect(page.getByTestId("interest-entry")).toContainText("興味がある");
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
    // Statuses only: fetched with the page's cookies, not rendered.
    expect((await page.request.get(`/challenges/${PRIVATE_ID}`)).status()).toBe(200);
    expect((await page.request.get(`/challenges/${DRAFT_ID}`)).status()).toBe(200);
  });

  test("a bad id is a 404, not an error", async ({ request }) => {
    const res = await request.get("/challenges/%E3%81%82'%22<x>");
    expect(res.status()).toBe(404);
  });
});
