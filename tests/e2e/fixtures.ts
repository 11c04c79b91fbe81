import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "kyoso-demo-2026";
export const DEMO = {
  admin: "admin@kyoso.test",
  coordinator: "coordinator@kyoso.test",
  staff: "staff@kaga.example.lg.jp",
  pendingStaff: "staff@omitama.example.lg.jp",
  company: "company@example.co.jp",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログイン" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
}

/** Staff (signed in) publish a 相談型 challenge through the wizard; returns its path. */
export async function publishChallenge(
  page: Page,
  { title, situation, theme }: { title: string; situation: string; theme: string },
): Promise<string> {
  await page.goto("/challenges/new");
  await page.getByRole("radio", { name: /^相談型/ }).check();
  await page.getByLabel("タイトル").fill(title);
  await page.getByRole("button", { name: "次へ" }).click();
  await page.getByLabel(/いま起きていること・なぜ困っているか/).fill(situation);
  for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "次へ" }).click();
  await page.getByLabel(theme).check();
  await page.getByRole("button", { name: "次へ" }).click();
  await page.getByRole("button", { name: "公開する" }).click();
  await page.waitForURL((u) => /^\/challenges\/[^/]+$/.test(u.pathname) && u.pathname !== "/challenges/new");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** No serious or critical axe-core violations on the current page. */
export async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export const test = base;
export { expect };
