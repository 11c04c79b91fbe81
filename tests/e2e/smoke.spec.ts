import { expect, expectAccessible, test } from "./fixtures";

test("home page answers in Japanese", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expectAccessible(page);
});
