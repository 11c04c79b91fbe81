import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import axe from "axe-core";
import { expect, test as base, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "kyoso-demo-2026";
export const DEMO = {
  admin: "admin@kyoso.test",
  coordinator: "coordinator@kyoso.test",
  staff: "staff@kaga.example.lg.jp",
  /** 加賀市's partnership desk (官民連携窓口); staff above is a department in charge of the same city. */
  desk: "desk@kaga.example.lg.jp",
  pendingStaff: "staff@omitama.example.lg.jp",
  /** 南砺市 企画政策課: staff of another municipality than 加賀市, who replicates 加賀市's case (横展開). */
  otherStaff: "staff@nanto.example.lg.jp",
  company: "company@example.co.jp",
} as const;
export type Role = keyof typeof DEMO;
/** Cookies of a signed-in browser, as `context.storageState()` returns them. */
export type SignedIn = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** Where auth.setup.ts keeps each demo role's signed-in browser state (cookies) for this run. */
export const authFile = (role: Role) => path.resolve(`.data/e2e-auth/${role}.json`);

/** Signs the page's browser in as a demo role with the cookies auth.setup.ts saved: no form, no navigation. */
export async function signInAs(page: Page, role: Role) {
  const { cookies } = JSON.parse(readFileSync(authFile(role), "utf8")) as SignedIn;
  await page.context().addCookies(cookies);
}

/** Signs in through the real form. Demo roles are signed in once per run (auth.setup.ts); tests use `as`. */
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

// Rules whose findings always carry the rule's own impact, minor or moderate (axe gives every result of a rule with
// an impact that impact): expectAccessible drops such findings, so running these rules only costs time.
const BELOW_SERIOUS = (axe as unknown as { _audit: { rules: { id: string; impact?: string }[] } })._audit.rules
  .filter((r) => r.impact === "minor" || r.impact === "moderate")
  .map((r) => r.id);

/**
 * No serious or critical axe-core violations on the current page. Every rule that can report one runs; legacy mode
 * runs them in the page itself instead of opening a second page to merge per-frame results (the app has no
 * cross-origin frames), and only violations are collected: together half the time of a default run.
 */
export async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ["violations"] })
    .disableRules(BELOW_SERIOUS)
    .analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export const test = base.extend<{
  /**
   * A page in a new browser context, already signed in: as a demo role (the state auth.setup.ts saved)
   * or as a user the test made and signed in once. A test that needs three roles signs in zero times.
   * Closed when the test ends.
   */
  as: (who: Role | SignedIn, options?: BrowserContextOptions) => Promise<Page>;
}>({
  as: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (who, options) => {
      const storageState = typeof who === "string" ? authFile(who) : who;
      const context = await browser.newContext({ ...options, storageState });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});
export { expect };
