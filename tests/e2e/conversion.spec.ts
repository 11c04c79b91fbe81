import { db } from "@/lib/db";
import { uid } from "../fixtures/factories";
import { expect, expectAccessible, test } from "./fixtures";
import { confirmSignup, expectSentPage } from "./signup-mail";

// Issue 16 §1, the platform's main conversion: a signed-out visitor arriving from an alert e-mail reads a
// challenge, clicks 「興味がある」, signs up as a company (e-mailed link included), signs in and lands on the open
// interest form of the same challenge; the coordinator funnel then counts the view and the interest under 「アラート
// メール」. The challenge belongs to a municipality of its own, so the funnel figures are this test's alone.
const PASSWORD = "conversion funnel e2e passphrase";
const QUESTION = "この課題に近い実績はありますか？";
const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

async function townChallenge() {
  const id = uid();
  const town = await db.organization.create({
    data: { kind: "MUNICIPALITY", name: `転換町-${id}`, prefectureCode: "17" },
  });
  const author = await db.user.create({
    data: {
      email: `conversion-${id}@example.lg.jp`,
      name: `職員 ${id}`,
      role: "MUNICIPAL_STAFF",
      passwordHash: "x",
      memberships: { create: { organizationId: town.id } },
    },
  });
  const challenge = await db.challenge.create({
    data: {
      kind: "CONSULTATION",
      status: "PUBLISHED",
      title: `空き店舗の活用 ${id}`,
      situation: "商店街の空き店舗を活用したい。",
      municipalityId: town.id,
      authorId: author.id,
      publishedAt: new Date(),
      screeningQuestions: { create: [{ text: QUESTION, position: 0 }] },
    },
  });
  return { town, challenge };
}

test("signed out → 「興味がある」 → company sign-up → the open interest form; the funnel counts it under the alert", async ({
  page,
  as,
}) => {
  const { town, challenge } = await townChallenge();
  const email = `conversion-${uid()}@example.jp`;
  await page.setViewportSize({ width: 375, height: 800 });

  // The view is counted by the page's beacon (the page itself may come from the anonymous page cache).
  const beacon = page.waitForResponse((r) => r.url().endsWith("/api/views"));
  await page.goto(`/challenges/${challenge.id}?src=alert`);
  expect((await beacon).status()).toBe(204);
  const entry = page.getByTestId("interest-entry");
  await expect(entry).toContainText("企業の登録は無料");
  expect(await page.evaluate(overflow)).toBe(0);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("challenge-signed-out-375.png"), fullPage: true });
  // Reading it again the same day is the same visitor; the visitor cookie never rides on page requests.
  const again = page.waitForResponse((r) => r.url().endsWith("/api/views"));
  const doc = await page.reload();
  expect((await doc!.request().allHeaders()).cookie ?? "").not.toContain("kh_vid");
  await again;
  expect(await db.challengeView.findMany({ where: { challengeId: challenge.id }, select: { source: true } })).toEqual([
    { source: "ALERT" },
  ]);

  await entry.getByRole("link", { name: "興味がある" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await expect(page.getByTestId("signin-for-interest")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "新規登録はこちら" }).click();
  await expect(page).toHaveURL(/\/signup\?type=company&callbackUrl=/);
  await page.getByLabel("会社名").fill(`株式会社転換 ${uid()}`);
  await page.getByLabel("担当者名").fill("転換 太郎");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(PASSWORD);
  await page.getByRole("button", { name: "企業として登録する" }).click();
  await expectSentPage(page);

  // The e-mailed link, as the mailbox owner opens it; the way back was kept with the request, not in this tab.
  await confirmSignup(page, email);
  await expect(page.getByTestId("signup-complete")).toBeVisible();
  await page.getByTestId("signup-to-signin").click();
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(PASSWORD);
  await page.getByRole("button", { name: "ログイン" }).click();
  await page.waitForURL((u) => u.pathname === `/challenges/${challenge.id}/interest`);
  expect(new URL(page.url()).searchParams.get("src")).toBe("alert");
  await expect(page.getByRole("heading", { name: "「興味がある」を送る" })).toBeVisible();
  await page.getByLabel(QUESTION).fill("隣町で空き店舗を3件再生しました。");
  await page.getByRole("button", { name: "興味がある（送信する）" }).click();
  await expect(page).toHaveURL(/\/interests\?sent=1$/);

  const coordinator = await as("coordinator");
  await coordinator.goto(`/pipeline/funnel?municipality=${town.id}`);
  const alertRow = coordinator.getByTestId("sources-table").getByRole("row", { name: /アラートメール/ });
  await expect(alertRow).toContainText(/1\s*1\s*100\.0%/);
  await coordinator
    .getByTestId("sources-table")
    .screenshot({ path: test.info().outputPath("funnel-sources-1280.png") });
  const csv = await (await coordinator.request.get(`/api/funnel/csv?part=sources&municipality=${town.id}`)).text();
  expect(csv).toContain(`流入元別,アラートメール,,,,,,,,,,1,1,100`);
  expect(csv).toContain(`流入元別,合計,,,,,,,,,,1,1,100`);
});
