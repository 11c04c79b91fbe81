import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { SIGNUP_EMAIL_LIMIT, SIGNUP_IP_LIMIT } from "@/lib/accounts/signup-limits";
import { DEMO, expect, signIn, test } from "./fixtures";
import { captureAction, burst } from "./replay";
import { expectSentPage, waitForMail } from "./signup-mail";

// Issue 15 F6 through the real HTTP path: sign-up says nothing about whether an address is registered
// (the owner is mailed instead), and a parallel burst of sign-ups from one address stops at the limit.
// Runs in its own Playwright project after all others (playwright.config.ts): the burst fills the one
// per-address bucket every e2e sign-up shares, which would refuse other specs' sign-ups for an hour.

// In order: the burst's full bucket would refuse the first test's sign-ups.
test.describe.configure({ mode: "serial" });

const PASSWORD = "abuse-e2e-passphrase-2026";
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const THROTTLED = "分ほど待ってからもう一度お試しください";

async function fillCompany(page: Page, email: string) {
  await page.goto("/signup?type=company");
  await page.getByLabel("会社名").fill(`株式会社濫用試験 ${unique()}`);
  await page.getByLabel("担当者名").fill("濫用 太郎");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(PASSWORD);
}

const submit = (page: Page) => page.getByRole("button", { name: "企業として登録する" }).click();

/** What a visitor sees after submitting: the page's address, heading and main text. */
async function outcome(page: Page) {
  await expectSentPage(page);
  return { url: new URL(page.url()).pathname, main: await page.getByRole("main").innerText() };
}

test("a registered address gets the same page as a new one; its owner is mailed and can still sign in", async ({
  browser,
}) => {
  const ctx = await browser.newContext({ locale: "ja-JP" });
  const page = await ctx.newPage();
  await fillCompany(page, `abuse-new-${unique()}@example.jp`);
  await submit(page);
  const fresh = await outcome(page);

  await fillCompany(page, DEMO.company);
  await submit(page);
  expect(await outcome(page)).toEqual(fresh);
  await expect(page.getByText("すでに登録されています")).toHaveCount(0);

  const notice = await waitForMail(DEMO.company, "このメールアドレスで登録のお申し込みがありました");
  expect(notice.text).toContain("/signin");
  expect(notice.text).not.toContain("/signup/verify");
  // Nothing about the account changed: the demo password still signs in.
  await signIn(page, DEMO.company);
  await expect(page.getByTestId("role-badge")).toHaveText("企業");
  await ctx.close();
});

test(`a burst of 30 sign-ups from one address: at most ${SIGNUP_IP_LIMIT.max} accepted, the rest told in Japanese to wait`, async ({
  browser,
}) => {
  const ctx = await browser.newContext({ locale: "ja-JP" });
  const page = await ctx.newPage();
  const tag = unique();
  const first = `burst-${tag}-x@example.jp`;
  await fillCompany(page, first);
  // The form's own request is aborted, so only the replays reach the server.
  const action = await captureAction(page, () => submit(page), { abort: true });
  expect(action.body).toContain(first);
  // Earlier specs' sign-ups share this address's hour: start the window empty so the bound is exact.
  await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: "signup:ip:" } } });

  const responses = await burst(page, action, 30, (i) => action.body.replace(first, `burst-${tag}-${i}@example.jp`));
  const bodies = await Promise.all(responses.map((r) => r.text()));
  expect(responses.map((r) => r.status())).toEqual(Array(30).fill(200));
  const throttled = bodies.filter((b) => b.includes(THROTTLED)).length;
  const accepted = bodies.filter((b) => b.includes('"data":{"ok":true}')).length;
  expect(accepted + throttled).toBe(30);
  expect(accepted).toBeLessThanOrEqual(SIGNUP_IP_LIMIT.max);
  expect(throttled).toBeGreaterThanOrEqual(30 - SIGNUP_IP_LIMIT.max);
  expect(await db.signupRequest.count({ where: { email: { startsWith: `burst-${tag}-` } } })).toBe(accepted);

  // A person sees the refusal on the form, with nothing they typed lost. The browser may reach the server from
  // another loopback address (::1 or 127.0.0.1) than the burst did, so it is refused by its e-mail's limit at
  // the latest: one more try than that limit allows.
  const email = `burst-${tag}-form@example.jp`;
  const refused = page.getByRole("alert").filter({ hasText: THROTTLED });
  for (let i = 0; i <= SIGNUP_EMAIL_LIMIT.max && !(await refused.isVisible()); i++) {
    await fillCompany(page, email);
    await submit(page);
    await expect(page.getByTestId("signup-sent").or(refused)).toBeVisible();
  }
  await expect(refused).toBeVisible();
  await expect(page.getByLabel("メールアドレス")).toHaveValue(email);
  await ctx.close();
});
