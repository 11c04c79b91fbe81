import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { uid } from "../fixtures/factories";
import { DEMO, expect, expectAccessible, test } from "./fixtures";

// Issue 18's loop in one journey (docs/loop.md): a 加賀市 × デモテック match at 商談 → a pilot with two criteria agreed
// by both sides → its end review → 事業化・予算化 (and the 予算要求メモ) → the case, approved by the company and
// published → 南砺市 (DEMO.otherStaff) replicates it, invites the partner company, the company answers → the funnel
// counts one more match started from a case. Every page at 375 px. The match is this test's own, so the figures are.

const viewport = { width: 375, height: 800 };
test.use({ viewport });
const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

/** 加賀市 × デモテック at 商談, the demo staff member's department in charge, reached by the company through its thread. */
async function meetingMatch(title: string) {
  const [kaga, company, staff, coordinator, dx] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { lgCode: "172065" } }),
    db.organization.findFirstOrThrow({ where: { kind: "COMPANY", name: "株式会社デモテック" } }),
    db.user.findUniqueOrThrow({ where: { email: DEMO.staff }, include: { memberships: true } }),
    db.user.findUniqueOrThrow({ where: { email: DEMO.coordinator } }),
    db.theme.findUniqueOrThrow({ where: { slug: "dx" } }),
  ]);
  const departmentId = staff.memberships[0].departmentId;
  const challenge = await db.challenge.create({
    data: {
      kind: "CONSULTATION",
      status: "CLOSED",
      title,
      situation: "窓口への電話問い合わせが多く、職員が本来の業務に手を回せない。",
      municipalityId: kaga.id,
      departmentId,
      authorId: staff.id,
      publishedAt: new Date(Date.now() - 90 * DAY),
      closedAt: new Date(),
      themes: { connect: [{ id: dx.id }] },
    },
  });
  const thread = await db.thread.create({
    data: {
      kind: "DIRECT_INQUIRY",
      subject: title,
      challengeId: challenge.id,
      municipalityId: kaga.id,
      departmentId,
      companyId: company.id,
      createdById: staff.id,
    },
  });
  return db.match.create({
    data: {
      origin: "DIRECT_INQUIRY",
      stage: "MEETING",
      maxStageRank: 2,
      threadId: thread.id,
      challengeId: challenge.id,
      municipalityId: kaga.id,
      departmentId,
      companyId: company.id,
      coordinatorId: coordinator.id,
      expectedBudget: BigInt(2_400_000),
      changes: { create: [{ toStage: "MATCHING" }, { fromStage: "MATCHING", toStage: "MEETING" }] },
    },
  });
}

/** The page fits 375 px: nothing wider than the viewport, and no serious axe finding. */
async function checkPage(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  await expectAccessible(page);
}

/** 「事例から始まったマッチ」 in the total row of the funnel's 横展開 table, for 南砺市. */
async function replicatedMatches(page: Page, nantoId: string) {
  await page.goto(`/pipeline/funnel?municipality=${nantoId}`);
  const total = page.getByTestId("replication").locator("tbody tr").last();
  await expect(total).toContainText("合計");
  return Number((await total.locator("td").nth(2).innerText()).replace(/\D/g, ""));
}

test("match → pilot → end review → 事業化・予算化 → case approved and published → 横展開 in the next town", async ({
  page,
  as,
}) => {
  test.setTimeout(180_000);
  const id = uid();
  const match = await meetingMatch(`電話問い合わせ削減の実証 ${id}`);
  const nanto = await db.organization.findUniqueOrThrow({ where: { lgCode: "162108" } });
  const [staff, company, coordinator, other] = await Promise.all(
    (["staff", "company", "coordinator", "otherStaff"] as const).map((r) => as(r, { viewport })),
  );
  const before = await replicatedMatches(coordinator, nanto.id);

  // The department sets up the pilot: two criteria, a period already over (registered late).
  await staff.goto(`/pilots/new?match=${match.id}`);
  await checkPage(staff);
  await staff.getByLabel(/^目的/).fill("AIチャットボットで電話問い合わせがどれだけ減るかを確かめる。");
  const rows = staff.getByTestId("criterion-row");
  await rows.nth(0).getByLabel("指標").fill("電話問い合わせ件数（月平均）");
  await rows.nth(0).getByLabel("目標").fill("−30 %");
  await staff.getByRole("button", { name: "基準を追加" }).click();
  await rows.nth(1).getByLabel("指標").fill("チャットボットだけで解決した割合");
  await rows.nth(1).getByLabel("目標").fill("60 % 以上");
  await staff.getByLabel("開始日").fill(day(-60));
  await staff.getByLabel("終了日").fill(day(-10));
  await staff.getByLabel("自治体が提供するもの").fill("よくある質問の原稿、ホームページへの掲載");
  await staff.getByLabel("企業が提供するもの").fill("AIチャットボット（無償）と月次の報告");
  await staff.getByLabel("最終レビュー日").fill(day(-5));
  await staff.getByRole("button", { name: "作成する" }).click();
  await staff.waitForURL(/\/pilots\/(?!new)[^/?]+$/);
  const pilotPath = new URL(staff.url()).pathname;

  // The company agrees on the shared pilot page, then the department: 合意済み.
  await company.goto(pilotPath);
  await checkPage(company);
  await company.getByRole("button", { name: "この内容で合意する" }).click();
  await expect(company.getByTestId("pilot-agreements")).toContainText(/企業：.+に合意/);
  await staff.goto(pilotPath);
  await staff.getByRole("button", { name: "この内容で合意する" }).click();
  await expect(staff.getByTestId("pilot-status")).toHaveText("合意済み");

  // End review: one criterion met, one not, each with its figure.
  const review = staff.getByTestId("pilot-end-review");
  const results = [
    ["電話問い合わせ件数（月平均）", "達成", "−32 %"],
    ["チャットボットだけで解決した割合", "未達成", "52 %"],
  ] as const;
  for (const [label, met, figure] of results) {
    const group = review.getByRole("group", { name: new RegExp(`^${label}`) });
    await group.getByLabel(met, { exact: true }).check();
    await group.getByLabel("結果の数値").fill(figure);
  }
  await review.getByLabel("総括").fill("電話は目標以上に減った。解決率は税の質問の回答を見直す。");
  await review.getByRole("button", { name: "最終レビューを記録して終了する" }).click();
  await expect(staff.getByTestId("pilot-status")).toHaveText("終了");
  await expect(staff.getByTestId("pilot-criteria")).toContainText("−32 %");
  await checkPage(staff);

  // The coordinator moves the match to 事業化・予算化; the department's 予算要求メモ is a Word file.
  await coordinator.goto(`/pipeline/${match.id}`);
  await coordinator.getByRole("combobox", { name: /ステージを移動/ }).selectOption({ label: "事業化・予算化" });
  await coordinator.getByRole("button", { name: "移動", exact: true }).click();
  await expect(coordinator.getByTestId("detail-stage")).toHaveText("事業化・予算化");
  await checkPage(coordinator);
  const memoHref = await coordinator.getByRole("link", { name: "予算要求メモをダウンロード" }).getAttribute("href");
  const memo = await staff.request.get(memoHref!);
  expect(memo.status()).toBe(200);
  expect(memo.headers()["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  );
  expect((await memo.body()).subarray(0, 2).toString("latin1")).toBe("PK");

  // 事例にする → 企業に確認を依頼する → the company approves the exact text → 公開する.
  await coordinator.getByRole("button", { name: "事例にする" }).click();
  await coordinator.waitForURL(/\/cases\/[^/]+\/edit$/);
  const casePath = new URL(coordinator.url()).pathname.replace(/\/edit$/, "");
  await coordinator.goto(`/pipeline/${match.id}`);
  await coordinator.getByRole("button", { name: "企業に確認を依頼する" }).click();
  await expect(coordinator.getByTestId("case-approval-state")).toContainText("企業の確認待ち");
  await company.goto(`${casePath}/approval`);
  await checkPage(company);
  await company.getByRole("button", { name: "この内容で公開を承認する" }).click();
  await expect(company.getByText(/第\d+版の公開を承認しました/)).toBeVisible();
  await coordinator.reload();
  coordinator.once("dialog", (d) => d.accept());
  await coordinator.getByRole("button", { name: "公開する" }).click();
  await expect(coordinator.getByTestId("case-approval-state")).toContainText("公開中");

  // Anyone reads it, marked as born here.
  await page.goto(casePath);
  await expect(page.getByText("Kyoso Hub から生まれた事例").first()).toBeVisible();
  await checkPage(page);

  // 南砺市 starts from the case, writes its own words in the wizard and publishes.
  await other.goto(casePath);
  await other.getByRole("button", { name: "この事例を自分のまちでも" }).click();
  await other.waitForURL(/\/challenges\/[^/]+\/edit$/);
  await expect(other.getByTestId("challenge-source-case")).toBeVisible();
  const next = () => other.getByRole("button", { name: "次へ" }).click();
  await other.getByRole("radio", { name: /^相談型/ }).check();
  const title = `南砺市でも電話問い合わせを減らしたい ${id}`;
  await other.getByLabel("タイトル").fill(title);
  await next();
  await other.getByLabel(/いま起きていること・なぜ困っているか/).fill("証明書の電話が多く、窓口でお待たせしている。");
  await next();
  await other.getByLabel("困っている人・影響を受けている人").fill("来庁される方と市民課の職員6名。");
  await next();
  await other.getByLabel("解決したらどうなるか（成功の姿）").fill("電話が2割減り、窓口の待ち時間が半分になる。");
  await next();
  await next();
  await other.getByLabel("DX・行政デジタル化").check();
  await next();
  await other.getByRole("button", { name: "公開する" }).click();
  await other.waitForURL((u) => /^\/challenges\/[^/]+$/.test(u.pathname));
  await expect(other.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const challengeId = new URL(other.url()).pathname.split("/").pop()!;

  // 招待する: the partner company gets a direct inquiry about the challenge, and answers it.
  const invite = other.getByTestId("challenge-invite");
  await checkPage(other);
  await invite.getByRole("button", { name: "招待する" }).click();
  // The sent note, or already the refreshed row's 招待済み.
  await expect(invite).toContainText(/招待を送りました|招待済み/);
  const thread = await db.thread.findFirstOrThrow({ where: { challengeId, companyId: match.companyId } });
  await company.goto(`/messages/${thread.id}`);
  await company.getByLabel("本文").fill("ご招待ありがとうございます。加賀市での進め方をご説明します。");
  await company.getByRole("button", { name: "送信する" }).click();
  await expect(company.getByRole("status").filter({ hasText: "送信しました。" })).toBeVisible();

  // The funnel's 横展開 counts the new match started from the case.
  expect(await replicatedMatches(coordinator, nanto.id)).toBe(before + 1);
  await checkPage(coordinator);
});
