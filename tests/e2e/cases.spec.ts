import { expect, expectAccessible, signInAs, test } from "./fixtures";

// Real cases seeded by prisma/seed/cases.ts with fixed ids; demo rows are demo-case-00001…
const OSAKA = "case-osaka-chatbot";
const REAL_TITLES = [
  "加賀市 × トラストバンク",
  "神戸市 × サイボウズ",
  "大阪府 × NEC",
  "小美玉市 × 構造計画研究所",
  "愛媛県 × 楽天グループ",
];

test.describe("case database (public)", () => {
  test("anonymous user browses, filters by theme, prefecture and scheme, opens a real case", async ({ page }) => {
    await page.goto("/cases");
    await expect(page.getByRole("heading", { level: 1, name: "自治体事例データベース" })).toBeVisible();
    await expect(page.getByTestId("case-card").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "事例を追加" })).toHaveCount(0);
    await expectAccessible(page);

    await page.getByLabel("テーマ").selectOption("health");
    await page.getByLabel("都道府県").selectOption("27");
    await page.getByLabel("連携の形").selectOption("OTHER");
    await page.getByRole("button", { name: "この条件で探す" }).click();
    await expect(page).toHaveURL(/theme=health/);
    await expect(page).toHaveURL(/pref=27/);
    await expect(page).toHaveURL(/scheme=OTHER/);
    const cards = page.getByTestId("case-card");
    await expect(cards.filter({ hasText: "大阪府 × NEC" })).toHaveCount(1);
    for (const text of await cards.allTextContents()) expect(text).toContain("大阪府");

    await page.getByRole("link", { name: /大阪府 × NEC/ }).click();
    await expect(page).toHaveURL(new RegExp(`/cases/${OSAKA}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("大阪コロナ追跡システム");
    await expect(page.getByTestId("case-figures")).toContainText("−99.5%");
    await expect(page.getByTestId("case-figures")).toContainText("電話での問い合わせ");
    await expect(page.getByText("日本電気株式会社（NEC）", { exact: true })).toBeVisible();
    await expect(page.getByTestId("demo-badge")).toHaveCount(0);
    await expect(page).toHaveTitle(/大阪府 × NEC/);
    await expectAccessible(page);
  });

  test("the first page lists the real cases before any demo case, and a real case shows its 出典", async ({ page }) => {
    await page.goto("/cases");
    const cards = page.getByTestId("case-card");
    await expect(cards.first()).toBeVisible();
    const demo = await cards.evaluateAll((els) => els.map((el) => !!el.querySelector('[data-testid="demo-badge"]')));
    const firstDemo = demo.indexOf(true);
    expect(firstDemo).toBeGreaterThanOrEqual(REAL_TITLES.length);
    expect(demo.slice(firstDemo).every(Boolean)).toBe(true);
    const realTexts = (await cards.allTextContents()).slice(0, firstDemo).join("\n");
    for (const title of REAL_TITLES) expect(realTexts).toContain(title);
    // Four of the five carry a verified 出典 (愛媛県's is not verified, so it shows none).
    await expect(cards.filter({ has: page.getByTestId("case-card-source") })).toHaveCount(4);
    await expect(cards.filter({ hasText: "加賀市 × トラストバンク" }).getByTestId("case-card-source")).toHaveText(
      "出典：日経BP",
    );

    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole("link", { name: /加賀市 × トラストバンク/ }).click();
    const source = page.getByTestId("case-source");
    await expect(source.getByRole("link", { name: /日経BP/ })).toHaveAttribute(
      "href",
      "https://project.nikkeibp.co.jp/atclppp/PPP/news/081701668/",
    );
    await expect(page.getByText("2020年8月12日 〜")).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.goto("/cases/case-omitama-remotelock");
    await expect(page.getByTestId("case-source")).toContainText("教育家庭新聞");
    await expect(page.getByTestId("case-source")).toContainText("2020年11月2日公表");
  });

  test("a demo case is marked as demo data in the list and on its page", async ({ page }) => {
    await page.goto("/cases?sort=recent");
    const demoCard = page
      .getByTestId("case-card")
      .filter({ has: page.getByTestId("demo-badge") })
      .first();
    await expect(demoCard).toContainText("デモデータ");
    await demoCard.getByRole("link").click();
    await expect(page.getByTestId("demo-notice")).toContainText("架空");
    await expect(page.getByTestId("demo-badge")).toBeVisible();
  });

  test("no results suggest clearing the filters; junk parameters render 200", async ({ page }) => {
    await page.goto("/cases?q=存在しないキーワードxyz");
    await expect(page.getByTestId("cases-empty")).toBeVisible();
    await page.getByRole("link", { name: "条件をすべて消して探す" }).click();
    await expect(page.getByTestId("case-card").first()).toBeVisible();

    const res = await page.goto(
      "/cases?page=abc&scheme=%3Cscript%3Ealert(1)%3C%2Fscript%3E&pref=99&year=x&sort=';drop",
    );
    expect(res?.status()).toBe(200);
    await expect(page.getByTestId("case-card").first()).toBeVisible();
    // Statuses only: fetched with the page's cookies, not rendered.
    expect((await page.request.get("/cases/%3Cscript%3E")).status()).toBe(404);
    expect((await page.request.get("/cases/no-such-case")).status()).toBe(404);
  });

  test("the list works at 375 px", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/cases");
    await expect(page.getByTestId("case-card").first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });
});

test.describe("case database (editing)", () => {
  test("a company user gets 404 on /cases/new", async ({ page }) => {
    await signInAs(page, "company");
    expect((await page.request.get("/cases/new")).status()).toBe(404);
    await page.goto("/cases");
    await expect(page.getByRole("link", { name: "事例を追加" })).toHaveCount(0);
  });

  test("a coordinator creates a case, sees field errors first, then the saved case", async ({ page }) => {
    const title = `テスト市 × テスト株式会社：窓口予約のオンライン化 ${Date.now()}`;
    await signInAs(page, "coordinator");
    await page.goto("/cases");
    await page.getByRole("link", { name: "事例を追加" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "事例を追加" })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "保存する" }).click();
    await expect(page.getByText("タイトルを入力してください", { exact: false })).toBeVisible();
    await expect(page.getByText("自治体を選んでください")).toBeVisible();
    await expect(page.getByText("テーマを1つ以上選んでください")).toBeVisible();

    await page.getByLabel("タイトル").fill(title);
    await page.getByLabel("概要").fill("窓口予約をオンラインにしました。");
    await page.getByLabel("取り組みの内容").fill("一段落目です。\n\n二段落目です。");
    await page.getByLabel("都道府県").selectOption("17");
    const city = page.getByLabel("市区町村");
    await expect(city).toBeEnabled();
    await city.selectOption({ label: "加賀市" });
    await page.getByLabel("会社名").fill("テスト株式会社");
    await page.getByLabel("役割").fill("予約システムの提供");
    await page.getByLabel("連携の形").selectOption("DEMONSTRATION");
    await page.getByLabel("現在の状況").selectOption("ONGOING");
    await page.getByLabel("年度（西暦）").fill("2024");
    await page.getByRole("button", { name: "成果を追加" }).click();
    await page.getByLabel("項目").fill("窓口の待ち時間");
    await page.getByLabel("数値").fill("30%減");
    await page.getByRole("button", { name: "リンクを追加" }).click();
    await page.getByLabel("リンクの名前").fill("報道発表");
    await page.locator("#links-0-url").fill("https://example.jp/press");
    await page.getByLabel("DX・行政デジタル化").check();
    await page.getByLabel("出典のURL").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "保存する" }).click();
    await expect(page.locator("#sourceUrl-error")).toContainText("http:// または https://");
    await page.getByLabel("出典のURL").fill("https://www.city.kaga.ishikawa.jp/press.html");
    await page.getByLabel("発行元（媒体・団体名）").fill("加賀市");
    await page.getByLabel("公表日").fill("2024-04-01");
    await page.getByRole("button", { name: "保存する" }).click();

    await page.waitForURL(/\/cases\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByTestId("case-figures")).toContainText("30%減");
    await expect(page.getByText("石川県 加賀市").first()).toBeVisible();
    await expect(page.getByTestId("case-source")).toContainText("加賀市");
    await expect(page.getByTestId("case-source")).toContainText("2024年4月1日公表");
    const link = page.getByRole("link", { name: "報道発表" });
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");

    // Edit: the form comes back filled in (municipality included); the new title shows after saving.
    await page.getByRole("link", { name: "この事例を編集する" }).click();
    await expect(page.getByLabel("市区町村")).toHaveValue(/.+/);
    await expect(page.getByLabel("会社名")).toHaveValue("テスト株式会社");
    await page.getByLabel("タイトル").fill(`${title}（改）`);
    await page.getByRole("button", { name: "保存する" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${title}（改）` })).toBeVisible();

    await page.goto(`/cases?q=${encodeURIComponent(title.slice(-13))}`);
    await expect(page.getByTestId("case-card")).toHaveCount(1);
  });
});
