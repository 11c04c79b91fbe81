import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";

const phone = { viewport: { width: 375, height: 812 } };
const noOverflow = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
/** The funnel's 民間提案 row (by origin, all municipalities): how many matches it counts. */
async function proposalMatches(page: Page): Promise<number> {
  await page.goto("/pipeline/funnel");
  const row = page.getByTestId("breakdown-origin").getByRole("row").filter({ hasText: "民間提案" });
  return (await row.count()) ? Number((await row.getByRole("cell").first().innerText()).replace(/\D/g, "")) : 0;
}

// The second journey: a company proposes to 加賀市 → the desk routes it to イノベーション推進部 → that department
// answers in the platform → the desk takes it up (採用・実証) → a match of origin 民間提案 on the pipeline.
test("a proposal from the company's form to a match on the pipeline", async ({ as }) => {
  const title = `夜間の住民問い合わせにAIチャットボット ${Date.now()}`;
  const company = await as("company", phone);
  await company.goto("/dashboard");
  await company.getByRole("link", { name: /自治体に提案する/ }).click();
  await expect(company).toHaveURL(/\/proposals$/);
  await company.getByRole("link", { name: "自治体に提案する", exact: true }).click();
  await expect(company).toHaveURL(/\/proposals\/new$/);
  await company.goto("/proposals/new?municipality=172065");
  await expect(company.getByRole("combobox", { name: "市区町村" })).toHaveValue(/.+/);
  await company.getByLabel(/^提案のタイトル/).fill(title);
  await company.getByLabel(/^提案内容/).fill("夜間と休日の問い合わせにAIが答える実証を3か月行います。");
  await company.getByRole("radio", { name: "無償の実証実験から" }).check();
  await company.getByRole("button", { name: "提案を送る" }).click();
  // A Japanese error next to the field; nothing typed is lost.
  await expect(company.getByText("解決したい課題を入力してください")).toBeVisible();
  await expect(company.getByLabel(/^提案のタイトル/)).toHaveValue(title);
  await noOverflow(company);
  await expectAccessible(company);
  await company.getByLabel(/^解決したい課題/).fill("問い合わせの電話が閉庁後に集中し、翌朝の対応が追いつかない。");
  await company.getByRole("button", { name: "提案を送る" }).click();
  await expect(company.getByTestId("proposal-sent")).toBeVisible();
  const path = new URL(company.url()).pathname;
  await expect(company.getByTestId("proposal-status")).toContainText("受付");
  await noOverflow(company);
  await expectAccessible(company);

  const desk = await as("desk", phone);
  await desk.goto("/desk/proposals");
  await desk.getByRole("link", { name: title }).click();
  await desk.getByLabel("回付先の部署").selectOption({ label: "イノベーション推進部" });
  await desk.getByLabel("部署へのメモ（庁内のみ）").fill("昨年度の検討資料があります。");
  await desk.getByRole("button", { name: "回付する" }).click();
  await expect(desk.getByTestId("proposal-status")).toContainText("所管部署へ回付");
  await noOverflow(desk);
  await expectAccessible(desk);

  const staff = await as("staff");
  await staff.goto(path);
  await staff.getByLabel("回答", { exact: true }).fill("ご提案ありがとうございます。実証の進め方を伺いたいです。");
  await staff.getByLabel(/企業に回答として表示する/).check();
  await staff.getByLabel("あわせて状況を変える").selectOption({ label: "検討中" });
  await staff.getByRole("button", { name: "送る" }).click();
  await expect(staff.getByTestId("proposal-status")).toContainText("検討中");

  const coordinator = await as("coordinator");
  const before = await proposalMatches(coordinator);
  await desk.reload();
  await desk.getByLabel("次の段階").selectOption({ label: "採用・実証" });
  await desk.getByRole("button", { name: "この内容で進める" }).click();
  await expect(desk.getByTestId("proposal-status")).toContainText("採用・実証");
  const matchPath = await desk.getByRole("link", { name: "案件を開く" }).getAttribute("href");
  expect(matchPath).toMatch(/^\/pipeline\/.+/);

  // The company reads the department's answer, never the desk's internal note.
  await company.reload();
  await expect(company.getByTestId("proposal-status")).toContainText("採用・実証");
  await expect(company.getByText("実証の進め方を伺いたいです。")).toBeVisible();
  await expect(company.getByText("昨年度の検討資料があります。")).toHaveCount(0);

  await coordinator.goto("/pipeline");
  await expect(coordinator.locator(`[data-match-id="${matchPath!.split("/")[2]}"]`)).toBeVisible();
  await coordinator.goto(matchPath!);
  await expect(coordinator.getByText("民間提案", { exact: true })).toBeVisible();
  expect(await proposalMatches(coordinator)).toBe(before + 1);
});
