import type { Locator, Page } from "@playwright/test";
import { db } from "@/lib/db";
import { uid } from "../fixtures/factories";
import { answersFor } from "./answer";
import { DEMO, expect, expectAccessible, signInAs, test } from "./fixtures";

// The coordinator pipeline. Each test makes its own match (a new company at 加賀市), so tests running
// in parallel never move each other's cards; the seeded demo matches are only read.

const STEPS = [
  ["MATCHING", "マッチング"],
  ["MEETING", "商談"],
  ["FEASIBILITY", "事業化検討"],
  ["BUDGETED", "事業化・予算化"],
] as const;

async function newMatch(label: string) {
  const name = `パイプE2E ${label} ${uid()}`;
  const kaga = await db.organization.findUniqueOrThrow({ where: { lgCode: "172065" } });
  const coordinator = await db.user.findUniqueOrThrow({ where: { email: DEMO.coordinator } });
  const company = await db.organization.create({ data: { kind: "COMPANY", name } });
  const match = await db.match.create({
    data: {
      origin: "DIRECT_INQUIRY",
      stage: "INTEREST",
      municipalityId: kaga.id,
      companyId: company.id,
      coordinatorId: coordinator.id,
      changes: { create: { toStage: "INTEREST" } },
    },
  });
  return { id: match.id, name };
}

const cardIn = (page: Page, stage: string, id: string) =>
  page.getByTestId(`column-${stage}`).locator(`[data-match-id="${id}"]`);

async function openBoard(page: Page) {
  await signInAs(page, "coordinator");
  await page.goto("/pipeline");
  await expect(page.getByTestId("board")).toHaveAttribute("data-hydrated", "true"); // handles work from here
}

test("keyboard: focus the card's handle, Space, ArrowRight, Space — through every stage", async ({ page }) => {
  const m = await newMatch("キーボード");
  await openBoard(page);
  await expect(cardIn(page, "INTEREST", m.id)).toBeVisible();
  for (const [stage, label] of STEPS) {
    const handle = page.locator(`[data-match-id="${m.id}"]`).getByTestId("drag-handle");
    await expect(async () => {
      await handle.focus();
      await page.keyboard.press("Space");
      await expect(handle).toHaveAttribute("aria-pressed", "true", { timeout: 1500 }); // picked up
    }).toPass({ timeout: 30_000 });
    await page.waitForTimeout(100); // the sensor starts listening on the next tick
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId(`column-${stage}`)).toHaveAttribute("data-over", "true");
    await page.keyboard.press("Space");
    await expect(cardIn(page, stage, m.id)).toBeVisible();
    await expect(page.getByTestId("board-status")).toContainText(`「${label}」に移動しました`);
    await page.waitForLoadState("networkidle"); // the refreshed server data has arrived
  }
  await page.reload();
  await expect(cardIn(page, "BUDGETED", m.id)).toBeVisible();
});

// Drop in the middle of the viewport, inside the target column (columns are as tall as the board),
// away from the edges where the board would auto-scroll under the pointer.
async function drag(page: Page, handle: Locator, column: Locator) {
  // Pick up; a refresh landing at that very moment can swap the button, so try again once or twice.
  await expect(async () => {
    const from = (await handle.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
    try {
      await expect(handle).toHaveAttribute("aria-pressed", "true", { timeout: 1500 });
    } catch (e) {
      await page.mouse.up();
      throw e;
    }
  }).toPass({ timeout: 30_000 });
  const to = (await column.boundingBox())!;
  const y = Math.max(to.y + 40, Math.min(360, to.y + to.height - 40));
  await page.mouse.move(to.x + to.width / 2, y, { steps: 12 });
  await expect(column).toHaveAttribute("data-over", "true");
  await page.mouse.up();
}

test("mouse: drag the card through every stage", async ({ page }) => {
  const m = await newMatch("マウス");
  await openBoard(page);
  for (const [stage] of STEPS) {
    const handle = page.locator(`[data-match-id="${m.id}"]`).getByTestId("drag-handle");
    // Put the top of the board at the top of the window, where the new card is.
    await page.evaluate(() =>
      window.scrollTo(
        0,
        document.querySelector("[data-testid=column-INTEREST]")!.getBoundingClientRect().top + window.scrollY - 8,
      ),
    );
    await drag(page, handle, page.getByTestId(`column-${stage}`));
    await expect(cardIn(page, stage, m.id)).toBeVisible();
    await page.waitForLoadState("networkidle");
  }
});

test("select control: move through every stage, then decline with a reason and reopen", async ({ page }) => {
  const m = await newMatch("選択");
  await openBoard(page);
  const card = () => page.locator(`[data-match-id="${m.id}"]`);
  for (const [stage, label] of STEPS) {
    await card().getByRole("combobox").selectOption({ label });
    await card().getByRole("button", { name: "移動", exact: true }).click();
    await expect(cardIn(page, stage, m.id)).toBeVisible();
  }
  // 見送り asks for a reason first.
  await card().getByRole("combobox").selectOption({ label: "見送り" });
  await card().getByRole("button", { name: "移動", exact: true }).click();
  await card().getByRole("button", { name: "見送りにする" }).click();
  await expect(card().getByText("見送りの理由を選んでください")).toBeVisible();
  await card().getByLabel("理由", { exact: true }).selectOption({ label: "その他" });
  await card().getByRole("button", { name: "見送りにする" }).click();
  await expect(card().getByRole("alert").first()).toContainText("「その他」を選んだときは必ず書いてください");
  await card().getByLabel("くわしい理由").fill("庁内の別事業と統合");
  await card().getByRole("button", { name: "見送りにする" }).click();
  await expect(cardIn(page, "DECLINED", m.id)).toContainText("理由：その他");
  // Reopen.
  await card().getByRole("combobox").selectOption({ label: "マッチング" });
  await card().getByRole("button", { name: "移動", exact: true }).click();
  await expect(cardIn(page, "MATCHING", m.id)).toBeVisible();
  // The detail page keeps every change.
  await page.goto(`/pipeline/${m.id}`);
  const history = page.getByTestId("match-history");
  await expect(history.getByRole("listitem")).toHaveCount(7);
  await expect(history.getByRole("listitem").first()).toContainText("「見送り」→「マッチング」");
  await expect(page.getByTestId("match-facts")).toContainText("事業化・予算化");
});

test("two coordinators on one card: the second is told 「他の人が更新しました」", async ({ page, browser }) => {
  const m = await newMatch("競合");
  await openBoard(page);
  const other = await browser.newPage({ locale: "ja-JP" });
  await openBoard(other);
  await page.locator(`[data-match-id="${m.id}"]`).getByRole("combobox").selectOption({ label: "商談" });
  await page.locator(`[data-match-id="${m.id}"]`).getByRole("button", { name: "移動", exact: true }).click();
  await expect(cardIn(page, "MEETING", m.id)).toBeVisible();
  const stale = other.locator(`[data-match-id="${m.id}"]`);
  await stale.getByRole("combobox").selectOption({ label: "事業化検討" });
  await stale.getByRole("button", { name: "移動", exact: true }).click();
  await expect(stale.getByTestId("move-error")).toContainText("他の人が更新しました。画面を更新してください");
  await stale.getByRole("button", { name: "画面を更新" }).click();
  await expect(cardIn(other, "MEETING", m.id)).toBeVisible();
  await other.close();
});

test("the detail page: edit the working data", async ({ page }) => {
  const m = await newMatch("編集");
  await signInAs(page, "coordinator");
  await page.goto(`/pipeline/${m.id}`);
  await page.getByLabel("次のアクション", { exact: true }).fill("担当課と打合せ");
  // 「所管部署とMTG済」 is no longer a checkbox: it follows the meeting log (tests/e2e/inbox.spec.ts).
  await expect(page.getByLabel("所管部署とMTG済")).toHaveCount(0);
  await page.getByLabel("事業内容整理済").check();
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByText("保存しました")).toBeVisible();
  // The refreshed page (its new version) before the next save; the budget is the budget path's form since issue 18.
  await expect(page.getByTestId("match-facts")).toContainText("担当課と打合せ");
  const budget = page.getByTestId("budget-path");
  await budget.getByLabel("想定予算額（円）").fill("5,000,000");
  await budget.getByRole("button", { name: "予算化の道筋を保存" }).click();
  await expect(budget.getByText("保存しました")).toBeVisible();
  await expect(page.getByTestId("match-facts")).toContainText("500万円");
  await page.goto("/pipeline");
  await expect(page.locator(`[data-match-id="${m.id}"]`)).toContainText("事業内容整理済");
});

test("the board passes axe, filters come from the query string, and bad params do not break it", async ({ page }) => {
  await openBoard(page);
  await expect(page.getByTestId("column-DECLINED")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/pipeline?stage=MEETING&fy=abc&view=nope&page=-1&stale=yes");
  await expect(page.getByRole("heading", { name: "案件パイプライン" })).toBeVisible();
  await expect(page.getByTestId("column-INTEREST").getByTestId("match-card")).toHaveCount(0);
  await expect(page.locator('[data-match-id="seed-match-01"]')).toBeVisible();
  await page.goto("/pipeline?view=table&stale=1");
  await expect(page.getByTestId("match-table")).toBeVisible();
  await expect(page.getByTestId("match-table")).toContainText("停滞");
  await expectAccessible(page);
  await page.goto("/pipeline/seed-match-01");
  await expectAccessible(page);
});

test("municipal staff see their own municipality read-only, never internal notes", async ({ page }) => {
  await signInAs(page, "staff");
  await page.goto("/pipeline");
  await expect(page.locator('[data-match-id="seed-match-01"]')).toBeVisible();
  await expect(page.locator('[data-match-id="seed-match-13"]')).toHaveCount(0); // 前橋市
  await expect(page.getByTestId("drag-handle")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "移動", exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/pipeline/seed-match-01");
  await expect(page.getByTestId("read-only-note")).toBeVisible();
  await expect(page.getByTestId("match-facts")).toContainText("所有者への案内文の案を送る");
  await expect(page.locator("body")).not.toContainText("課長は前向き");
  await expect(page.getByTestId("match-edit-form")).toHaveCount(0);
  const res = await page.goto("/pipeline/seed-match-13");
  expect(res?.status()).toBe(404);
});

// Only the server's answers matter here, so they are fetched, not rendered (tests/e2e/answer.ts).
test("pending staff and companies cannot open the pipeline", async ({ playwright, baseURL }) => {
  const [pending] = await answersFor(playwright, baseURL!, "pendingStaff", ["/pipeline"]);
  expect(pending).toEqual({ status: 200, path: "/dashboard" });
  const company = await answersFor(playwright, baseURL!, "company", ["/pipeline", "/pipeline/seed-match-01"]);
  expect(company.map((a) => a.status)).toEqual([404, 404]);
});

test("a company sees only its stage on 「興味を示した課題」", async ({ page }) => {
  const tag = uid();
  const kaga = await db.organization.findUniqueOrThrow({ where: { lgCode: "172065" } });
  const demotech = await db.organization.findFirstOrThrow({ where: { kind: "COMPANY", name: "株式会社デモテック" } });
  const author = await db.user.findUniqueOrThrow({ where: { email: DEMO.staff } });
  const challenge = await db.challenge.create({
    data: {
      kind: "CONSULTATION",
      status: "CLOSED",
      title: `パイプライン確認用の課題 ${tag}`,
      situation: "確認用",
      municipalityId: kaga.id,
      authorId: author.id,
      publishedAt: new Date(),
      closedAt: new Date(),
    },
  });
  const interest = await db.interest.create({
    data: { challengeId: challenge.id, companyId: demotech.id, status: "ACCEPTED", decidedAt: new Date() },
  });
  await db.match.create({
    data: {
      origin: "INTEREST",
      stage: "MEETING",
      maxStageRank: 2,
      interestId: interest.id,
      challengeId: challenge.id,
      municipalityId: kaga.id,
      companyId: demotech.id,
      internalNote: `社外秘メモ ${tag}`,
      nextAction: `非公開の次の一手 ${tag}`,
      expectedBudget: 7_770_000n,
    },
  });
  await signInAs(page, "company");
  await page.goto("/interests");
  const item = page.getByTestId("my-interest").filter({ hasText: `パイプライン確認用の課題 ${tag}` });
  await expect(item.getByTestId("match-stage")).toHaveText("進み具合：商談");
  await expect(page.locator("body")).not.toContainText(`社外秘メモ ${tag}`);
  await expect(page.locator("body")).not.toContainText(`非公開の次の一手 ${tag}`);
  await expect(page.locator("body")).not.toContainText("777万円");
});

test("the board fits the screen: columns scroll on their own, 見送り folded until opened, 375 px scrolls inside", async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openBoard(page);
  // The demo data made the page ~6,500 px tall when every card stood in one long column of the page.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(2 * 900);
  const declined = page.getByTestId("column-DECLINED");
  await expect(declined).toHaveAttribute("data-collapsed", "true");
  await expect(declined.getByTestId("match-card")).toHaveCount(0);
  await page.screenshot({ path: info.outputPath("board-1440.png") });
  await declined.getByRole("button", { name: /件を表示/ }).click();
  await expect(declined.getByTestId("match-card").first()).toBeVisible();
  await expect(declined.getByTestId("column-toggle")).toHaveAttribute("aria-expanded", "true");
  await page.reload(); // the choice is remembered in this browser
  await expect(page.getByTestId("board")).toHaveAttribute("data-hydrated", "true");
  await expect(declined.getByTestId("match-card").first()).toBeVisible();
  await declined.getByTestId("column-toggle").click();
  await expect(declined).toHaveAttribute("data-collapsed", "true");

  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await expect(page.getByTestId("board")).toHaveAttribute("data-hydrated", "true");
  const widths = await page.evaluate(() => {
    const board = document.querySelector<HTMLElement>("[data-testid=board]")!;
    return { page: document.documentElement.scrollWidth, board: board.scrollWidth, boardBox: board.clientWidth };
  });
  expect(widths.page).toBeLessThanOrEqual(375); // no sideways scrolling of the page…
  expect(widths.board).toBeGreaterThan(widths.boardBox); // …the board's strip scrolls instead
  await page.screenshot({ path: info.outputPath("board-375.png"), fullPage: true });
  await expectAccessible(page);
});
