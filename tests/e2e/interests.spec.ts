import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { DEMO, expect, expectAccessible, test } from "./fixtures";
import { createKagaChallenge, createPendingInterest, DEMO_COMPANY } from "./seed";

// Each test makes its own 加賀市 challenge (and, where it starts from one, the demo company's pending
// 「興味がある」), so the steps of the screening story run side by side and each fails on its own.
const Q1 = "この課題に近い実績はありますか？";
const Q2 = "運営の体制を教えてください。";
const ANSWERS: [string, string][] = [
  [Q1, "隣町で3年間の運営実績があります。"],
  [Q2, "専任2名と地域スタッフ5名です。"],
];

const card = (page: Page) => page.getByTestId("interest-card").filter({ hasText: DEMO_COMPANY });
const myInterest = (page: Page, title: string) => page.getByTestId("my-interest").filter({ hasText: title });

test("staff set screening questions on their challenge", async ({ as }) => {
  const challenge = await createKagaChallenge();
  const page = await as("staff");
  await page.goto(`/challenges/${challenge.id}`);
  await page.getByRole("link", { name: "確認の質問を設定" }).click();
  await page.getByLabel("質問1").fill(Q1);
  await page.getByLabel("質問2").fill(Q2);
  await page.getByRole("button", { name: "質問を保存する" }).click();
  await expect(page.getByText("質問を保存しました。")).toBeVisible();
});

test("the company answers every screening question before 「興味がある」 is sent", async ({ as }) => {
  const challenge = await createKagaChallenge({ screening: [Q1, Q2] });
  const page = await as("company");
  await page.goto(`/challenges/${challenge.id}`);
  await page.getByTestId("interest-entry").getByRole("link", { name: "興味がある" }).click();
  await expect(page.getByRole("heading", { name: "「興味がある」を送る" })).toBeVisible();
  await expectAccessible(page);
  // Sending with an empty answer is stopped with a plain message next to the field.
  await page.getByRole("button", { name: "興味がある（送信する）" }).click();
  await expect(page.getByText("未回答の質問があります").first()).toBeVisible();
  for (const [question, answer] of ANSWERS) await page.getByLabel(question).fill(answer);
  await page.getByLabel("自治体へのひとこと（任意）").fill("放課後の居場所づくりの実績があります。");
  await page.getByRole("button", { name: "興味がある（送信する）" }).click();
  await expect(page).toHaveURL(/\/interests\?sent=1$/);
  await expect(page.getByTestId("interest-sent")).toBeVisible();
  await expect(myInterest(page, challenge.title)).toBeVisible();
});

test("staff read the answers, and mark and unmark 「営業目的のみ」", async ({ as }) => {
  const challenge = await createPendingInterest(ANSWERS);
  const page = await as("staff");
  await page.goto(`/challenges/${challenge.id}`);
  await page.getByRole("link", { name: /興味を示した企業（1）/ }).click();
  await expect(card(page)).toContainText("隣町で3年間の運営実績があります。");
  await expect(card(page)).toContainText(Q2);
  await expectAccessible(page);
  await card(page)
    .getByRole("button", { name: /「営業目的のみ」にする/ })
    .click();
  await expect(card(page).getByText("営業目的のみ", { exact: true })).toBeVisible();
  await card(page)
    .getByRole("button", { name: /「営業目的のみ」を外す/ })
    .click();
  await expect(card(page).getByText("営業目的のみ", { exact: true })).toHaveCount(0);
});

test("staff accept: the company sees 承諾 and a link to the new thread", async ({ as }) => {
  const challenge = await createPendingInterest(ANSWERS);
  const staff = await as("staff");
  staff.on("dialog", (d) => void d.accept()); // 承諾 asks window.confirm
  await staff.goto(`/challenges/${challenge.id}/interests`);
  await card(staff)
    .getByRole("button", { name: /承諾して連絡を始める/ })
    .click();
  await expect(card(staff).getByText("承諾", { exact: true })).toBeVisible();
  await expect(card(staff).getByRole("link", { name: "やりとりを開く" })).toBeVisible();
  // No dead end: the card and the thread both lead on to the match the acceptance opened.
  await expect(card(staff).getByRole("link", { name: "パイプラインで見る" })).toHaveAttribute("href", /^\/pipeline\//);
  await card(staff).getByRole("link", { name: "やりとりを開く" }).click();
  await expect(staff.getByRole("link", { name: "この案件をパイプラインで開く" })).toHaveAttribute(
    "href",
    /^\/pipeline\//,
  );

  const company = await as("company");
  await company.goto("/interests");
  const item = myInterest(company, challenge.title);
  await expect(item.getByText("承諾", { exact: true })).toBeVisible();
  await expect(item.getByRole("link", { name: "やりとりを開く" })).toHaveAttribute("href", /^\/messages\//);
  await expectAccessible(company);
});

test("decline with a reason: the company sees it, politely worded", async ({ as }) => {
  const challenge = await createPendingInterest(ANSWERS);
  const staff = await as("staff");
  staff.on("dialog", (d) => void d.accept());
  await staff.goto(`/challenges/${challenge.id}/interests`);
  await card(staff)
    .getByRole("button", { name: /見送る/ })
    .click();
  await card(staff)
    .getByLabel("見送りの理由（任意・企業に表示されます）")
    .fill("今年度は別の方法で進めることになりました。");
  await card(staff).getByRole("button", { name: "見送りを確定する" }).click();
  await expect(card(staff).getByText("見送り", { exact: true })).toBeVisible();

  const company = await as("company");
  await company.goto("/interests");
  const note = myInterest(company, challenge.title).getByTestId("declined-note");
  await expect(note).toContainText("今回はご縁がありませんでした");
  await expect(note).toContainText("今年度は別の方法で進めることになりました。");
});

test("after an accepted introduction the company reads the private consultation, told why it may", async ({ as }) => {
  const challenge = await createKagaChallenge({ title: `非公開の相談 ${Date.now()}` });
  await db.challenge.update({ where: { id: challenge.id }, data: { kind: "PRIVATE_CONSULTATION" } });
  const [company, coordinator] = await Promise.all([
    db.organization.findFirstOrThrow({ where: { kind: "COMPANY", name: DEMO_COMPANY } }),
    db.user.findUniqueOrThrow({ where: { email: DEMO.coordinator } }),
  ]);
  await db.interest.create({
    data: {
      challengeId: challenge.id,
      companyId: company.id,
      origin: "INTRODUCTION",
      status: "ACCEPTED",
      introducedById: coordinator.id,
      introSummary: "要約",
      introSummaryApprovedAt: new Date(),
      decidedAt: new Date(),
    },
  });
  const page = await as("company");
  await page.goto(`/challenges/${challenge.id}`);
  const notice = page.getByTestId("challenge-notice");
  await expect(notice).toContainText("あなたの会社も全文を読めます");
  await expect(notice).not.toContainText("職員とコーディネーター");
  const staff = await as("staff");
  await staff.goto(`/challenges/${challenge.id}`);
  await expect(staff.getByTestId("challenge-notice")).toContainText("紹介を自治体が承諾した企業だけが見られます");
});
