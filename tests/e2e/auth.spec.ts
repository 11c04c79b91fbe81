import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { authFile, DEMO, expect, expectAccessible, signIn, test } from "./fixtures";
import { findMails } from "./mail";
import { burst, captureAction } from "./replay";
import { confirmSignup, expectSentPage, waitForMail } from "./signup-mail";

// The spec that signs in through the real form; the others start from the cookies auth.setup.ts saved
// (fixtures.ts), signed in with the request this form sends.
const PASSWORD = "e2e-password-123";
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The applicant's review-mail jobs: a decision enqueues exactly one (issue 16 §4). */
async function reviewMailJobs(email: string): Promise<number> {
  const { id } = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'account.review-mail' AND data->>'userId' = $1`,
    id,
  );
  return n;
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page.getByTestId("role-badge")).toHaveCount(0);
}

test.describe("sign in and out", () => {
  // Every demo role signs in once per run (auth.setup.ts fails if one cannot); here each session gets its role's
  // badge in the server's HTML (read, not rendered), and one form sign-in is followed through to sign-out.
  test("each role's session shows its badge", async ({ playwright, baseURL }) => {
    const badges = [
      ["admin", "管理者"],
      ["coordinator", "コーディネーター"],
      ["staff", "自治体職員"],
      ["pendingStaff", "自治体職員（承認待ち）"],
      ["company", "企業"],
    ] as const;
    for (const [role, badge] of badges) {
      const request = await playwright.request.newContext({ baseURL, storageState: authFile(role) });
      const html = await (await request.get("/dashboard")).text();
      const shown = /data-testid="role-badge"[^>]*>([\s\S]*?)<\/span>/.exec(html)?.[1];
      expect(shown?.replace(/<!--[\s\S]*?-->|<[^>]+>/g, ""), role).toBe(badge);
      await request.dispose();
    }
  });

  test("the form signs in to the dashboard; signing out ends the session", async ({ page }) => {
    await signIn(page, DEMO.company);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId("role-badge")).toHaveText("企業");
    await signOut(page);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("wrong password and unknown e-mail get the same clear message", async ({ page }) => {
    for (const [email, password] of [
      [DEMO.staff, "wrong-password-1"],
      ["nobody@example.jp", "wrong-password-1"],
    ]) {
      await page.goto("/signin");
      await page.getByLabel("メールアドレス").fill(email);
      await page.getByLabel("パスワード").fill(password);
      await page.getByRole("button", { name: "ログイン" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "メールアドレスまたはパスワード" })).toHaveText(
        "メールアドレスまたはパスワードが正しくありません。もう一度ご確認ください。",
      );
      await expect(page).toHaveURL(/\/signin/);
    }
  });

  test("returns to the page that asked for sign-in", async ({ page }) => {
    await page.goto("/signin?callbackUrl=/admin/approvals");
    await page.getByLabel("メールアドレス").fill(DEMO.coordinator);
    await page.getByLabel("パスワード").fill("kyoso-demo-2026");
    await page.getByRole("button", { name: "ログイン" }).click();
    await expect(page).toHaveURL(/\/admin\/approvals$/);
  });
});

test.describe("sign up", () => {
  test("company sign-up → e-mailed link → sign in → dashboard", async ({ page }) => {
    const id = unique();
    await page.goto("/signup");
    await page.getByRole("link", { name: /^企業/ }).click();
    await page.getByLabel("会社名").fill(`株式会社E2E ${id}`);
    await page.getByLabel("担当者名").fill("試験 太郎");
    await page.getByLabel("メールアドレス").fill(`Company-${id}@Example.jp`);
    await page.getByLabel("パスワード").fill(PASSWORD);
    await page.getByRole("button", { name: "企業として登録する" }).click();
    await expectSentPage(page);
    await confirmSignup(page, `company-${id}@example.jp`);
    await expect(page.getByTestId("signup-complete")).toBeVisible();
    await signIn(page, `company-${id}@example.jp`, PASSWORD);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId("role-badge")).toHaveText("企業");
    await expect(page.getByRole("link", { name: /課題を探す/ }).last()).toBeVisible();

    // The same address again: the same page as for a new address (issue 15 F6), not a crash.
    const context = await page.context().browser()!.newContext();
    const other = await context.newPage();
    await other.goto("/signup?type=company");
    await other.getByLabel("会社名").fill(`別会社 ${id}`);
    await other.getByLabel("担当者名").fill("試験 次郎");
    await other.getByLabel("メールアドレス").fill(`company-${id}@example.jp`);
    await other.getByLabel("パスワード").fill(PASSWORD);
    await other.getByRole("button", { name: "企業として登録する" }).click();
    await expectSentPage(other);
    await expect(other.getByText("このメールアドレスはすでに登録されています")).toHaveCount(0);
    await context.close();
  });

  test("empty forms show Japanese errors next to the fields", async ({ page }) => {
    await page.goto("/signup?type=company");
    await page.getByRole("button", { name: "企業として登録する" }).click();
    await expect(page.getByText("会社名を入力してください")).toBeVisible();
    await expect(page.getByText("担当者名を入力してください")).toBeVisible();
    await expect(page.getByText("メールアドレスを入力してください")).toBeVisible();
    await expect(page.getByText("パスワードは15文字以上にしてください")).toBeVisible();

    await page.goto("/signup?type=staff");
    await page.getByRole("button", { name: "自治体職員として登録を申請する" }).click();
    await expect(page.getByText("お名前を入力してください")).toBeVisible();
    await expect(page.getByText("所属する自治体を選んでください")).toBeVisible();
    await expect(page.getByLabel("お名前")).toHaveAttribute("aria-invalid", "true");
  });

  test("staff sign-up → pending → coordinator approves → staff can post", async ({ page, as }) => {
    const id = unique();
    const email = `staff-${id}@city.kaga.example.lg.jp`;
    const name = `加賀 試験${id}`;
    await page.goto("/signup?type=staff");
    await page.getByLabel("お名前").fill(name);
    await page.getByLabel("メールアドレス").fill(email);
    await page.getByLabel("パスワード").fill(PASSWORD);
    await page.getByLabel("都道府県").selectOption({ label: "石川県" });
    await page.locator("select[name=municipalityId]").selectOption({ label: "加賀市" });
    await page.getByLabel("部署名").fill("E2E推進課");
    await page.getByLabel("承認担当者へのメッセージ").fill("主査。電話 0761-00-0000");
    await page.getByRole("button", { name: "自治体職員として登録を申請する" }).click();
    await expectSentPage(page);
    await confirmSignup(page, email);
    await expect(page).toHaveURL(/\/signup\/done$/);
    await expect(page.getByText("通常2〜3営業日")).toBeVisible();
    await signIn(page, email, PASSWORD);
    await expect(page.getByTestId("role-badge")).toHaveText("自治体職員（承認待ち）");
    await page.goto("/dashboard");
    await expect(page.getByTestId("pending-notice")).toContainText("承認待ちです（通常2〜3営業日）");
    await expect(page.getByRole("link", { name: "課題を投稿する" })).toHaveCount(0);
    // A page that needs approval says so and what works meanwhile, instead of 「ページが見つかりません」.
    await page.setViewportSize({ width: 375, height: 800 });
    const directory = await page.goto("/companies");
    expect(directory?.status()).toBe(200);
    const notice = page.getByTestId("pending-notice");
    await expect(notice).toContainText("承認待ちです（通常2〜3営業日）");
    await expect(notice.getByRole("link", { name: /事例を探す/ })).toBeVisible();
    await expect(notice.getByRole("link", { name: /アカウント設定/ })).toBeVisible();
    await expect(page.getByText("ページが見つかりません")).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(page);
    await page.goto("/challenges/new");
    await expect(page.getByRole("heading", { level: 1, name: "承認待ちです（通常2〜3営業日）" })).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 800 });

    const c = await as("coordinator");
    await c.goto("/admin/approvals");
    const card = c.getByTestId("pending-user").filter({ hasText: name });
    await expect(card).toContainText("加賀市");
    await expect(card).toContainText("E2E推進課");
    await expect(card).toContainText("lg.jp ドメイン");
    const approve = await captureAction(c, () => card.getByRole("button", { name: `承認する：${name}` }).click());
    await expect(c.getByTestId("review-feedback")).toContainText(`${name} さんを承認しました`);
    await expect(card).toHaveCount(0);
    // The same approval 25 times more at once (a double-click, a second coordinator): all refused, one mail.
    const answers = await Promise.all((await burst(c, approve, 25)).map((r) => r.text()));
    expect(answers.filter((a) => a.includes('"formError"'))).toHaveLength(25);
    const mail = await waitForMail(email, "アカウントが承認されました");
    expect(mail.text).toContain(`${name} 様`);
    expect(await reviewMailJobs(email)).toBe(1);
    expect(await findMails(email, "アカウントが承認されました")).toHaveLength(1);

    await signOut(page);
    await signIn(page, email, PASSWORD);
    await expect(page.getByTestId("role-badge")).toHaveText("自治体職員");
    await expect(page.getByRole("link", { name: /課題を投稿する/ })).toBeVisible();
    await page.goto("/notifications");
    const item = page.getByTestId("notification-list").getByRole("listitem").filter({ hasText: "アカウント承認" });
    await expect(item).toContainText("アカウントが承認されました");
  });

  test("a coordinator can reject with a reason; the user can no longer sign in", async ({ page, as }) => {
    const id = unique();
    const email = `reject-${id}@example.jp`;
    const name = `否認 試験${id}`;
    await page.goto("/signup?type=staff");
    await page.getByLabel("お名前").fill(name);
    await page.getByLabel("メールアドレス").fill(email);
    await page.getByLabel("パスワード").fill(PASSWORD);
    await page.getByLabel("都道府県").selectOption("17");
    await page.locator("select[name=municipalityId]").selectOption({ label: "金沢市" });
    await page.getByRole("button", { name: "自治体職員として登録を申請する" }).click();
    await expectSentPage(page);
    await confirmSignup(page, email);
    await expect(page).toHaveURL(/\/signup\/done$/);
    await signIn(page, email, PASSWORD);

    const a = await as("admin");
    await a.goto("/admin/approvals");
    const card = a.getByTestId("pending-user").filter({ hasText: name });
    await expect(card).not.toContainText("lg.jp ドメイン");
    await card.getByRole("button", { name: `否認する：${name}` }).click();
    await card.getByLabel("否認の理由").fill("在籍を確認できませんでした。<b>部署名</b>を添えてください");
    await card.getByRole("button", { name: "否認を確定する" }).click();
    await expect(a.getByTestId("review-feedback")).toContainText(`${name} さんを否認しました`);
    await expect(card).toHaveCount(0);

    await page.reload();
    await expect(page.getByTestId("role-badge")).toHaveCount(0);
    // Signed out for good, so the mail is what they get: the reason, as text.
    const mail = await waitForMail(email, "アカウントのお申し込みについて");
    expect(mail.text).toContain("> 在籍を確認できませんでした。<b>部署名</b>を添えてください");
    expect(mail.html).toContain("&lt;b&gt;部署名&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>部署名");
  });
});

test.describe("accessibility and small screens", () => {
  // One page for all seven: each visit after the first finds the scripts in the browser's cache.
  test("axe: sign-in and every sign-up page", async ({ page }) => {
    for (const path of [
      "/signin",
      "/signup",
      "/signup?type=staff",
      "/signup?type=company",
      "/signup/sent",
      "/signup/verify?token=x",
      "/signup/done",
    ]) {
      await test.step(path, async () => {
        await page.goto(path);
        await expectAccessible(page);
      });
    }
  });

  test("sign-up works at 375 px without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const id = unique();
    await page.goto("/signup?type=staff");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.goto("/signup?type=company");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByLabel("会社名").fill(`スマホ株式会社 ${id}`);
    await page.getByLabel("担当者名").fill("小型 画面");
    await page.getByLabel("メールアドレス").fill(`mobile-${id}@example.jp`);
    await page.getByLabel("パスワード").fill(PASSWORD);
    await page.getByRole("button", { name: "企業として登録する" }).click();
    await expectSentPage(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await confirmSignup(page, `mobile-${id}@example.jp`);
    await expect(page.getByTestId("signup-complete")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
