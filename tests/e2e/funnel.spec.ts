import { readFileSync } from "node:fs";
import { answersFor } from "./answer";
import { expect, expectAccessible, signInAs, test } from "./fixtures";

// Demo matches come from prisma/seed/matches.ts: 加賀市 and two for 前橋市. Other specs may move
// matches in the same database, so this spec checks structure, scope and the CSV, not exact totals.
const HEADER =
  "区分,項目,補足,マッチ数,マッチング到達,商談到達,事業化検討到達,事業化・予算化到達,見送り,商談率（%）,事業化率（%）,閲覧（人・日）,興味がある,閲覧→興味がある（%）,横展開された事例,事例から始まった課題,Kyoso Hub から生まれた事例";

test("a coordinator sees the funnel with its definitions and downloads a CSV that Excel reads", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/pipeline/funnel");
  await expect(page.getByRole("heading", { level: 1, name: "ファネル分析" })).toBeVisible();
  await expect(page.getByTestId("funnel-scope")).toHaveText("集計の対象：すべての自治体のマッチ");
  await expect(page.getByTestId("kpi-meeting-rate")).toContainText("商談まで進んだマッチ ÷ すべてのマッチ");
  await expect(page.getByTestId("kpi-feasibility-rate")).toContainText(
    "事業化検討以上まで進んだマッチ ÷ すべてのマッチ",
  );
  await expect(page.getByTestId("kpi-meeting-rate-value")).toHaveText(/^\d+\.\d%$/);
  await expect(page.getByTestId("reference-figures")).toContainText("LocalHub の公表値");
  await expect(page.getByTestId("funnel-table").locator("tbody tr")).toHaveCount(5);
  await expect(page.getByTestId("breakdown-municipality")).toContainText("加賀市");
  await expect(page.getByTestId("breakdown-municipality")).toContainText("前橋市");
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("funnel-csv-all").click()]);
  expect(download.suggestedFilename()).toMatch(/^ファネル分析_全自治体_全期間_\d{8}\.csv$/);
  const raw = readFileSync((await download.path())!, "utf8");
  expect(raw.charCodeAt(0)).toBe(0xfeff);
  const lines = raw.slice(1).split("\r\n");
  expect(lines[0]).toBe(HEADER);
  expect(lines[1]).toMatch(/^全体,すべてのマッチ,,\d+,/);
  expect(lines.some((l) => l.startsWith("自治体別,加賀市,石川県,"))).toBe(true);
  expect(lines.some((l) => l.startsWith("現在の段階,見送り,,"))).toBe(true);
});

test("filters are plain GET params: one municipality, a fiscal year, and bad values fall back", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/pipeline/funnel");
  await page.getByLabel("自治体", { exact: true }).selectOption({ label: "石川県 加賀市" });
  await page.getByRole("button", { name: "この条件で集計する" }).click();
  await expect(page).toHaveURL(/municipality=/);
  await expect(page.getByTestId("funnel-scope")).toHaveText("集計の対象：石川県 加賀市のマッチだけ");
  await expect(page.getByTestId("breakdown-municipality")).not.toContainText("前橋市");
  await page.goto("/pipeline/funnel?fy=2026");
  await expect(page.getByLabel("年度（マッチができた日）")).toHaveValue("2026");
  await expect(page.getByTestId("funnel-csv-all")).toHaveAttribute("href", "/api/funnel/csv?fy=2026&part=all");
  const res = await page.goto("/pipeline/funnel?fy=abc&from=2024-99-99&municipality=%27;drop");
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId("funnel-scope")).toHaveText("集計の対象：すべての自治体のマッチ");
});

test("municipal staff see their own municipality only, on the page and in the CSV", async ({ page }) => {
  await signInAs(page, "staff");
  await page.goto("/pipeline/funnel?municipality=anything");
  await expect(page.getByTestId("funnel-scope")).toHaveText("集計の対象：石川県 加賀市のマッチだけ");
  await expect(page.getByLabel("自治体", { exact: true })).toHaveCount(0);
  await expect(page.getByTestId("breakdown-municipality")).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText("前橋市");
  await expectAccessible(page);
  const csv = await page.request.get("/api/funnel/csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(decodeURIComponent(csv.headers()["content-disposition"].split("''")[1])).toMatch(
    /^ファネル分析_石川県加賀市_全期間_\d{8}\.csv$/,
  );
  const text = await csv.text();
  expect(text).not.toContain("前橋市");
  expect(text).not.toContain("自治体別,");
});

// Only the server's answers matter here, so they are fetched, not rendered.
test("companies get 404 for the page and the CSV; staff awaiting approval go to the dashboard", async ({
  playwright,
  baseURL,
}) => {
  const [funnel, csv] = await answersFor(playwright, baseURL!, "company", ["/pipeline/funnel", "/api/funnel/csv"]);
  expect(funnel.status).toBe(404);
  expect(csv.status).toBe(404);
  const [pending] = await answersFor(playwright, baseURL!, "pendingStaff", ["/pipeline/funnel"]);
  expect(pending.path).toBe("/dashboard");
});

test("works at 375 px: nothing wider than the screen except the tables' own scroll areas", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signInAs(page, "coordinator");
  await page.goto("/pipeline/funnel");
  await expect(page.getByTestId("funnel-table")).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
  await expectAccessible(page);
});
