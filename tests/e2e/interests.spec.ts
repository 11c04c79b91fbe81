import type { Browser, Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, signIn, test } from "./fixtures";

// Two seeded 加賀市 challenges, one per path, so the two tests can run side by side with the one demo
// company (one interest per company per challenge). 空き家 is left for other specs.
const ACCEPT_CHALLENGE = "seed-challenge-kaga-furusato";
const DECLINE_CHALLENGE = "seed-challenge-kaga-hinanjo";
const COMPANY_NAME = "株式会社デモテック";

async function as<T>(browser: Browser, email: string, run: (page: Page) => Promise<T>) {
  const context = await browser.newContext({ locale: "ja-JP" });
  const page = await context.newPage();
  // 承諾・取り下げ ask window.confirm; Playwright would dismiss it by default.
  page.on("dialog", (d) => void d.accept());
  try {
    await signIn(page, email);
    return await run(page);
  } finally {
    await context.close();
  }
}

async function answerAndSend(page: Page, challengeId: string, answers: [string, string][]) {
  await page.goto(`/challenges/${challengeId}`);
  await page.getByTestId("interest-entry").getByRole("link", { name: "興味がある" }).click();
  await expect(page.getByRole("heading", { name: "「興味がある」を送る" })).toBeVisible();
  await expectAccessible(page);
  // Sending with an empty answer is stopped with a plain message next to the field.
  await page.getByRole("button", { name: "興味がある（送信する）" }).click();
  await expect(page.getByText("未回答の質問があります").first()).toBeVisible();
  for (const [question, answer] of answers) await page.getByLabel(question).fill(answer);
  await page.getByLabel("自治体へのひとこと（任意）").fill("放課後の居場所づくりの実績があります。");
  await page.getByRole("button", { name: "興味がある（送信する）" }).click();
  await expect(page).toHaveURL(/\/interests\?sent=1$/);
  await expect(page.getByTestId("interest-sent")).toBeVisible();
}

function card(page: Page) {
  return page.getByTestId("interest-card").filter({ hasText: COMPANY_NAME });
}

test("staff sets screening questions; the company answers; staff flags, unflags and accepts", async ({ browser }) => {
  const q1 = "この課題に近い実績はありますか？";
  const q2 = "運営の体制を教えてください。";
  await as(browser, DEMO.staff, async (page) => {
    await page.goto(`/challenges/${ACCEPT_CHALLENGE}`);
    await page.getByRole("link", { name: "確認の質問を設定" }).click();
    await page.getByLabel("質問1").fill(q1);
    await page.getByLabel("質問2").fill(q2);
    await page.getByRole("button", { name: "質問を保存する" }).click();
    await expect(page.getByText("質問を保存しました。")).toBeVisible();
  });

  await as(browser, DEMO.company, (page) =>
    answerAndSend(page, ACCEPT_CHALLENGE, [
      [q1, "隣町で3年間の運営実績があります。"],
      [q2, "専任2名と地域スタッフ5名です。"],
    ]),
  );

  await as(browser, DEMO.staff, async (page) => {
    await page.goto(`/challenges/${ACCEPT_CHALLENGE}`);
    await page.getByRole("link", { name: /興味を示した企業（1）/ }).click();
    await expect(card(page)).toContainText("隣町で3年間の運営実績があります。");
    await expect(card(page)).toContainText(q2);
    await expectAccessible(page);
    await card(page)
      .getByRole("button", { name: /「営業目的のみ」にする/ })
      .click();
    await expect(card(page).getByText("営業目的のみ", { exact: true })).toBeVisible();
    await card(page)
      .getByRole("button", { name: /「営業目的のみ」を外す/ })
      .click();
    await expect(card(page).getByText("営業目的のみ", { exact: true })).toHaveCount(0);
    await card(page)
      .getByRole("button", { name: /承諾して連絡を始める/ })
      .click();
    await expect(card(page).getByText("承諾", { exact: true })).toBeVisible();
    await expect(card(page).getByRole("link", { name: "やりとりを開く" })).toBeVisible();
  });

  await as(browser, DEMO.company, async (page) => {
    await page.goto("/interests");
    const item = page.getByTestId("my-interest").filter({ hasText: "企業版ふるさと納税" });
    await expect(item.getByText("承諾", { exact: true })).toBeVisible();
    await expect(item.getByRole("link", { name: "やりとりを開く" })).toHaveAttribute("href", /^\/messages\//);
    await expectAccessible(page);
  });
});

test("decline with a reason: the company sees it, politely worded", async ({ browser }) => {
  await as(browser, DEMO.company, (page) =>
    answerAndSend(page, DECLINE_CHALLENGE, [
      ["この課題に近い実績はありますか？", "防災アプリの開発実績があります。"],
      ["大雨の夜でも使える仕組み", "停電時も動くように電池式の端末を使います。"],
    ]),
  );
  await as(browser, DEMO.staff, async (page) => {
    await page.goto(`/challenges/${DECLINE_CHALLENGE}/interests`);
    await card(page)
      .getByRole("button", { name: /見送る/ })
      .click();
    await card(page)
      .getByLabel("見送りの理由（任意・企業に表示されます）")
      .fill("今年度は別の方法で進めることになりました。");
    await card(page).getByRole("button", { name: "見送りを確定する" }).click();
    await expect(card(page).getByText("見送り", { exact: true })).toBeVisible();
  });
  await as(browser, DEMO.company, async (page) => {
    await page.goto("/interests");
    const item = page.getByTestId("my-interest").filter({ hasText: "避難所の混雑状況" });
    await expect(item.getByTestId("declined-note")).toContainText("今回はご縁がありませんでした");
    await expect(item.getByTestId("declined-note")).toContainText("今年度は別の方法で進めることになりました。");
  });
});
