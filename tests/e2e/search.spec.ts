import { expect, expectAccessible, signInAs, test } from "./fixtures";
import type { Page } from "@playwright/test";

// Seeded by prisma/seed/challenges.ts and prisma/seed/cases.ts; the seed also fills the search index.
const AKIYA_TITLE = "空き家の持ち主と連絡がつかず、活用が進まない";
const PRIVATE_ID = "seed-challenge-kaga-private";
const PRIVATE_TITLE = "庁舎の跡地活用について非公開で相談したい";
const REMOTELOCK_TITLE = /まちかぎリモート/;

const hits = (page: Page) => page.getByTestId("search-hit");
const countOf = async (page: Page, tab: string) =>
  Number(
    await page
      .getByTestId(`tab-count-${tab}`)
      .innerText()
      .then((s) => s.replace(/\D/g, "")),
  );

test.describe("search page", () => {
  test("anonymous 「空き家」: highlighted hits, tab counts, no company tab, facet narrows, shareable URL", async ({
    page,
  }) => {
    await page.goto("/search?q=空き家");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("tab-COMPANY")).toHaveCount(0);
    expect(await countOf(page, "CASE")).toBeGreaterThan(0);
    expect(await countOf(page, "CHALLENGE")).toBeGreaterThan(0);
    await expect(hits(page).first().locator("mark").first()).toContainText("空き家");
    await expectAccessible(page);

    await page.getByTestId("tab-CHALLENGE").click();
    await expect(page).toHaveURL(/tab=CHALLENGE/);
    await expect(page.getByTestId("tab-CHALLENGE")).toHaveAttribute("aria-current", "page");
    const akiya = hits(page).filter({ hasText: AKIYA_TITLE });
    await expect(akiya).toHaveCount(1);
    await expect(akiya.locator("h3 mark").first()).toHaveText("空き家");

    // Cases about 空き家 come from many prefectures; ticking one narrows the list.
    await page.getByTestId("tab-CASE").click();
    await expect(page.getByTestId("tab-CASE")).toHaveAttribute("aria-current", "page");
    const before = await hits(page).count();
    const total = await countOf(page, "CASE");
    const pref = page.getByTestId("facet-pref").getByRole("checkbox").first();
    const prefName = (await pref.locator("xpath=..").innerText()).split("\n")[0].trim();
    await pref.check();
    await page.getByRole("button", { name: "この条件で絞り込む" }).click();
    await expect(page).toHaveURL(/pref=\d\d/);
    await expect(page.getByTestId("active-filters")).toContainText(prefName);
    const after = await countOf(page, "CASE");
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThanOrEqual(total);
    expect(await hits(page).count()).toBeLessThanOrEqual(before);
    for (const text of await hits(page).allInnerTexts()) expect(text).toContain("空き家");

    // The URL is the whole state: reloading (or sharing it) shows the same search.
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(page.getByTestId("facet-pref").getByRole("checkbox", { checked: true })).toHaveCount(1);
    expect(await countOf(page, "CASE")).toBe(after);
    await expect(page.getByRole("combobox", { name: "キーワード" })).toHaveValue("空き家");
  });

  test("one-character 「町」 and a hiragana spelling of a katakana word both find results", async ({ page }) => {
    await page.goto("/search?q=町");
    expect((await countOf(page, "CASE")) + (await countOf(page, "CHALLENGE"))).toBeGreaterThan(0);
    await expect(hits(page).first()).toBeVisible();
    await expect(hits(page).first().locator("mark").first()).toHaveText("町");

    await page.goto(`/search?q=${encodeURIComponent("すまーとろっく")}`);
    await expect(hits(page).filter({ hasText: REMOTELOCK_TITLE })).toHaveCount(1);
  });

  test("「空家」 (the legal term) and 「あきや」 find the 空き家 cases, marked where the text says 空き家", async ({
    page,
  }) => {
    await page.goto(`/search?q=${encodeURIComponent("空家")}&tab=CASE`);
    expect(await countOf(page, "CASE")).toBeGreaterThan(0);
    await expect(hits(page).first().locator("mark").first()).toHaveText("空き家");
    await page.goto(`/search?q=${encodeURIComponent("あきや")}&tab=CHALLENGE`);
    await expect(hits(page).filter({ hasText: AKIYA_TITLE })).toHaveCount(1);
  });

  test("no results: broader searches are offered and work", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("空き家ぬえ")}&theme=health`);
    const empty = page.getByTestId("search-empty");
    await expect(empty).toBeVisible();
    await expect(empty).toContainText("見つかりませんでした");
    const broader = page.getByTestId("broader-searches");
    await expect(broader.getByRole("link", { name: /絞り込みを外して探す/ })).toBeVisible();
    await expect(broader.getByRole("link", { name: /短いことば「空き」で探す/ })).toBeVisible();
    await expect(empty.getByTestId("theme-links").getByRole("link").first()).toBeVisible();
    await expectAccessible(page);

    await broader.getByRole("link", { name: /短いことば「空き」で探す/ }).click();
    await expect(page).toHaveURL(/q=%E7%A9%BA%E3%81%8D(&|$)/);
  });

  test("empty query explains what to do; bad parameters fall back to defaults", async ({ page }) => {
    await page.goto("/search");
    await expect(page.getByTestId("search-no-query")).toContainText("探したいことばを入れてください");
    await expect(page.getByTestId("theme-links").getByRole("link").first()).toBeVisible();
    await expectAccessible(page);

    const res = await page.goto("/search?q=空き家&tab=NOPE&page=-3&year=abc&pref=99&theme=%3Cx%3E&sort=bad&cat=X");
    expect(res?.status()).toBe(200);
    await expect(page.getByTestId("tab-CASE")).toHaveAttribute("aria-current", "page");
    // The company tab in the URL is ignored for a visitor who may not see companies.
    await page.goto("/search?q=株式会社&tab=COMPANY");
    await expect(page.getByTestId("tab-CASE")).toHaveAttribute("aria-current", "page");
    await expect(page.getByTestId("tab-COMPANY")).toHaveCount(0);
  });

  test("pages keep the query and the ticked filters", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("デモ")}`);
    const total = await countOf(page, "CASE");
    expect(total).toBeGreaterThan(20);
    await page.getByRole("navigation", { name: "pagination" }).getByRole("link", { name: "次へ" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(hits(page).first()).toBeVisible();
    expect(await countOf(page, "CASE")).toBe(total);
    await expect(page.getByRole("combobox", { name: "キーワード" })).toHaveValue("デモ");
  });

  test("coordinators get the company tab", async ({ page }) => {
    await signInAs(page, "coordinator");
    await page.goto("/search?q=株式会社&tab=COMPANY");
    await expect(page.getByTestId("tab-COMPANY")).toHaveAttribute("aria-current", "page");
    expect(await countOf(page, "COMPANY")).toBeGreaterThan(0);
  });

  test("375 px: readable and accessible", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/search?q=空き家");
    await expect(hits(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expect(page.getByTestId("header-search-link")).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("private consultations never surface", () => {
  for (const who of ["anonymous", "company"] as const) {
    test(`${who}: not on the page, not in the suggest API, not in the header box`, async ({ page }) => {
      if (who === "company") await signInAs(page, "company");
      for (const q of ["庁舎の跡地", "跡地活用", "非公開で相談"]) {
        await page.goto(`/search?q=${encodeURIComponent(q)}&tab=CHALLENGE`);
        await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
        await expect(page.getByText(PRIVATE_TITLE)).toHaveCount(0);
        await expect(page.locator(`a[href*="${PRIVATE_ID}"]`)).toHaveCount(0);

        const res = await page.request.get(`/api/search/suggest?q=${encodeURIComponent(q)}`);
        expect(res.status()).toBe(200);
        expect(res.headers()["cache-control"]).toContain("private");
        expect(JSON.stringify(await res.json())).not.toContain(PRIVATE_ID);
      }
      await page.goto("/");
      const box = page.getByTestId("header-search").getByRole("combobox");
      // Listening before typing: an answer that came back while fill() was still returning was missed, and the
      // test then waited out its 3 minutes (seen on a loaded machine).
      const suggested = page.waitForResponse((r) =>
        r.url().includes(`/api/search/suggest?q=${encodeURIComponent("庁舎の跡地")}`),
      );
      await box.fill("庁舎の跡地");
      await suggested;
      await expect(page.getByRole("option", { name: /庁舎の跡地活用/ })).toHaveCount(0);
    });
  }

  test("even the owning municipality's staff do not get it from search (only public documents are indexed)", async ({
    page,
  }) => {
    await signInAs(page, "staff");
    const res = await page.request.get(`/api/search/suggest?q=${encodeURIComponent("跡地活用")}`);
    expect(JSON.stringify(await res.json())).not.toContain(PRIVATE_ID);
    await page.goto(`/search?q=${encodeURIComponent("跡地活用")}&tab=CHALLENGE`);
    await expect(page.getByTestId("results-heading")).toBeVisible();
    await expect(page.locator(`a[href*="${PRIVATE_ID}"]`)).toHaveCount(0);
  });
});

test.describe("suggest API", () => {
  test("bad input never fails", async ({ request }) => {
    for (const q of ["", "%", "a".repeat(5000), "\u0000", "' OR 1=1 --", "<script>"]) {
      const res = await request.get(`/api/search/suggest?q=${encodeURIComponent(q)}`);
      expect(res.status()).toBe(200);
      expect(Array.isArray((await res.json()).items)).toBe(true);
    }
    const res = await request.get("/api/search/suggest");
    expect(await res.json()).toEqual({ items: [] });
  });
});

test.describe("header suggestions", () => {
  test("keyboard: type, arrow down, Enter opens; Escape closes; Enter without choice searches", async ({ page }) => {
    await page.goto("/");
    const box = page.getByTestId("header-search").getByRole("combobox", { name: "サイト内を検索" });
    await box.fill("空き家");
    const list = page.getByRole("listbox", { name: "検索の候補" });
    await expect(list).toBeVisible();
    await expect(box).toHaveAttribute("aria-expanded", "true");
    const first = list.getByRole("option").first();
    await box.press("ArrowDown");
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
    await box.press("Escape");
    await expect(list).toBeHidden();
    await expect(box).toHaveAttribute("aria-expanded", "false");

    await box.press("ArrowDown");
    await expect(first).toHaveAttribute("aria-selected", "true");
    const title = (await first.innerText()).split("\n").pop()!.trim();
    await box.press("Enter");
    await expect(page).toHaveURL(/\/(cases|challenges)\/[^/?]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title.slice(0, 10));

    await page.goto("/");
    await box.fill("空き家");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=%E7%A9%BA%E3%81%8D%E5%AE%B6/);
    await expect(hits(page).first()).toBeVisible();
  });

  test("without JavaScript the header box is a plain search form", async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto("/");
    await page.getByTestId("header-search").getByRole("combobox").fill("防災");
    await page.getByTestId("header-search").getByRole("button", { name: "検索" }).click();
    await expect(page).toHaveURL(/\/search\?q=%E9%98%B2%E7%81%BD/);
    await expect(page.getByTestId("results-heading")).toContainText("防災");
    await ctx.close();
  });
});

test.describe("wizard", () => {
  test("staff see similar past cases and other municipalities' open challenges while writing", async ({ page }) => {
    await signInAs(page, "staff");
    await page.goto("/challenges/new");
    const panel = page.getByTestId("similar-panel");
    await expect(panel).toContainText("似ている事例と課題");
    await page.getByLabel("タイトル").fill("公共施設の予約をオンラインにしたい");
    await expect(panel.getByTestId("similar-cases").getByRole("link").first()).toBeVisible();
    const link = panel.getByRole("link").first();
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(panel.getByTestId("similar-challenges")).toContainText("前橋市");
    // The clerk's own municipality (加賀市) is not suggested to itself.
    await expect(panel.getByTestId("similar-challenges")).not.toContainText("加賀市");
    await expectAccessible(page);
  });
});
