import type { Page } from "@playwright/test";
import { answersFor } from "./answer";
import { expect, expectAccessible, signInAs, test } from "./fixtures";

// The budget calendar and stale settings, per role. Uses the demo matches of 加賀市 (target FY2027,
// prisma/seed/matches.ts). Whatever a test changes it puts back, so other specs see the defaults.

test.describe.configure({ mode: "serial" });

const kagaMatch = (page: Page) =>
  page.getByTestId("calendar-match").filter({ has: page.locator('a[href="/pipeline/seed-match-01"]') });

test("coordinator sees 加賀市's match on the calendar; bad filters fall back to all", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/pipeline/calendar");
  await expect(page.getByRole("heading", { level: 1, name: "予算カレンダー" })).toBeVisible();
  const card = kagaMatch(page);
  await expect(card).toBeVisible();
  await expect(card).toContainText("2027年度（令和9年度）の予算");
  await expectAccessible(page);

  // Filters are GET parameters and survive a reload; bad ones fall back to "all".
  await page.goto("/pipeline/calendar?fy=abc&page=-3&municipality=");
  await expect(card).toBeVisible();
});

test("a schedule out of order gets a plain Japanese error next to the field", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/pipeline/calendar");
  await page.getByRole("link", { name: "加賀市の日程を変更" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "加賀市の予算カレンダー" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("終わり").nth(2).selectOption({ label: "1月（予算を作る年度）" });
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByText("「議会」の終わりは始まりと同じ月か、それより後にしてください")).toBeVisible();
});

test("coordinator overrides 加賀市's steps and sees the date change, then restores the defaults", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/pipeline/calendar");
  await page.getByRole("link", { name: "加賀市の日程を変更" }).click();
  // Move every step into the target year (Sep–Dec 2027): the next step of a FY2027 match becomes 部内予算案 from 1 Sep 2027.
  const months = ["9月（対象年度）", "10月（対象年度）", "11月（対象年度）", "12月（対象年度）"];
  for (const [i, label] of months.entries()) {
    await page.getByLabel("始まり").nth(i).selectOption({ label });
    await page.getByLabel("終わり").nth(i).selectOption({ label });
  }
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByText("保存しました。予算カレンダーの日付に反映されます。")).toBeVisible();
  await expect(page.getByTestId("calendar-status")).toContainText("個別の日程を使っています");

  await page.goto("/pipeline/calendar?fy=2027");
  const card = kagaMatch(page);
  await expect(card.getByTestId("next-step")).toContainText("部内予算案");
  await expect(card.getByTestId("next-step")).toContainText("2027年9月1日から");
  await expect(page.getByRole("row", { name: /加賀市/ })).toContainText("個別設定");

  // Back to the defaults.
  await page.getByRole("link", { name: "加賀市の日程を変更" }).click();
  await page.getByRole("button", { name: "既定の日程に戻す" }).click();
  await expect(page.getByText("既定の日程に戻しました。")).toBeVisible();
  await page.goto("/pipeline/calendar?fy=2027");
  await expect(card.getByTestId("next-step")).not.toContainText("2027年9月1日から");
});

test("admin changes the stale days; bad input gets a Japanese error", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/stale");
  await expect(page.getByRole("heading", { level: 1, name: "停滞とみなす日数" })).toBeVisible();
  await expectAccessible(page);
  const interest = page.getByLabel("興味表明");
  await interest.fill("0");
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByText("1日以上にしてください")).toBeVisible();

  // 15 keeps the demo matches' 停滞 flags as they are (idle 4 and 20 days) for the other specs.
  await interest.fill("15");
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "保存しました。" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("興味表明")).toHaveValue("15");
  await page.getByLabel("興味表明").fill("14");
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "保存しました。" })).toBeVisible();
});

test("municipal staff read their own municipality's calendar only", async ({ page }) => {
  await signInAs(page, "staff");
  await page.goto("/pipeline/calendar");
  await expect(page.getByRole("heading", { level: 1, name: "予算カレンダー" })).toBeVisible();
  await expect(page.locator('a[href="/pipeline/seed-match-01"]')).toBeVisible();
  await expect(page.locator('a[href="/pipeline/seed-match-13"]')).toHaveCount(0); // 前橋市
  await expect(page.getByRole("link", { name: /日程を変更/ })).toHaveCount(0);
  await expect(page.getByLabel("担当コーディネーター")).toHaveCount(0);
  await expectAccessible(page);
  const href = await page.locator('a[href^="/pipeline/seed-match-"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  expect((await page.request.get("/pipeline/calendar/municipalities/x")).status()).toBe(404);
  expect((await page.request.get("/admin/stale")).status()).toBe(404);
});

// Only the server's answers matter here, so they are fetched, not rendered.
test("a company gets 404; a coordinator cannot set stale days; pending staff go to the dashboard", async ({
  playwright,
  baseURL,
}) => {
  for (const [role, paths] of [
    ["company", ["/pipeline/calendar", "/pipeline/calendar/municipalities/x", "/admin/stale"]],
    ["coordinator", ["/admin/stale"]],
  ] as const) {
    const answers = await answersFor(playwright, baseURL!, role, [...paths]);
    answers.forEach(({ status }, i) => expect(status, `${role} ${paths[i]}`).toBe(404));
  }
  const [pending] = await answersFor(playwright, baseURL!, "pendingStaff", ["/pipeline/calendar"]);
  expect(pending.path).toBe("/dashboard");
});
