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

/** No serious or critical axe-core violations on the current page. */
export async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export const test = base;
export { expect };
