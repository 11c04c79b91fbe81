import { expect, expectAccessible, signInAs, test } from "./fixtures";

test("home page answers in Japanese and is accessible at 375 px", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 2, name: "自治体の方" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "企業の方" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(page);
});

test("platform figures are counted live from the database", async ({ page }) => {
  const stats = page.getByTestId("platform-stats");
  const figure = async (label: string) =>
    Number((await stats.locator("div", { hasText: label }).locator("dd").innerText()).replace(/\D/g, ""));
  // Other tests publish challenges and add cases meanwhile, so read both sides until they agree.
  await expect(async () => {
    await page.goto("/");
    const cases = await figure("掲載事例");
    const open = await figure("募集中の課題");
    expect(cases).toBeGreaterThan(5);
    await page.goto("/cases");
    await expect(page.getByTestId("case-count")).toContainText(cases.toLocaleString("ja"), { timeout: 1000 });
    await page.goto("/challenges");
    await expect(page.getByTestId("challenge-card")).toHaveCount(Math.min(open, 20), { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
});

test("the municipal call to action leads each visitor to the right door", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "相談を投稿する" }).click();
  await expect(page).toHaveURL(/\/signup\?type=staff/);
  await signInAs(page, "staff");
  await page.goto("/");
  await page.getByRole("link", { name: "相談を投稿する" }).click();
  await expect(page).toHaveURL(/\/challenges\/new$/);
});

test("English is offered as a second language", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Cases", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "日本語" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
});
