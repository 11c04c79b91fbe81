import { db } from "@/lib/db";
import { uid } from "../fixtures/factories";
import { DEMO, expect, expectAccessible, test } from "./fixtures";
import { DEMO_COMPANY } from "./seed";

// The pilot (issue 18 §1) on phones: the department (DEMO.staff, 加賀市 イノベーション推進部) sets up a pilot with two
// measurable criteria on its match at 商談, the company agrees from its thread, the department agrees → 合意済み.

async function meetingMatch() {
  const staff = await db.user.findUniqueOrThrow({
    where: { email: DEMO.staff },
    select: { id: true, memberships: { select: { organizationId: true, departmentId: true } } },
  });
  const company = await db.organization.findFirstOrThrow({ where: { kind: "COMPANY", name: DEMO_COMPANY } });
  const m = staff.memberships[0];
  const thread = await db.thread.create({
    data: {
      kind: "DIRECT_INQUIRY",
      subject: `実証実験E2Eのやりとり ${uid()}`,
      municipalityId: m.organizationId,
      departmentId: m.departmentId,
      companyId: company.id,
      createdById: staff.id,
    },
  });
  const match = await db.match.create({
    data: {
      origin: "DIRECT_INQUIRY",
      stage: "MEETING",
      maxStageRank: 2,
      municipalityId: m.organizationId,
      departmentId: m.departmentId,
      companyId: company.id,
      threadId: thread.id,
      changes: { create: { toStage: "MEETING" } },
    },
  });
  return { id: match.id, threadId: thread.id };
}

const phone = { viewport: { width: 375, height: 800 } };
const fitsPhone = async (page: import("@playwright/test").Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

test("a pilot with two criteria: set up by the department, agreed by the company on its thread, then by the department", async ({
  as,
}) => {
  const m = await meetingMatch();
  const title = `窓口AIの実証実験 ${uid()}`;
  const staff = await as("staff", phone);
  await staff.goto(`/pilots/new?match=${m.id}`);
  await expect(staff.getByRole("heading", { level: 1, name: "実証実験を設定する" })).toBeVisible();
  const form = staff.getByTestId("pilot-form");
  await form.getByLabel("件名").fill(title);
  await form.getByLabel("目的").fill("電話での問い合わせを減らし、窓口の待ち時間を短くする");
  await staff.locator("#criteria-0-label").fill("電話問い合わせ件数");
  await staff.locator("#criteria-0-target").fill("改善する");
  await form.getByRole("button", { name: "基準を追加" }).click();
  await staff.locator("#criteria-1-label").fill("窓口の平均待ち時間");
  await staff.locator("#criteria-1-target").fill("10分以内");
  await form.getByLabel("自治体が提供するもの").fill("窓口の場所と過去の問い合わせデータ");
  await form.getByLabel("企業が提供するもの").fill("AIチャットボットと運用担当者");
  await form.getByRole("button", { name: "作成する" }).click();
  await expect(form.getByText("目標は数値で書いてください")).toBeVisible();
  await expect(staff.locator("#criteria-1-target")).toHaveValue("10分以内"); // nothing typed is lost
  await fitsPhone(staff);
  await expectAccessible(staff);
  await staff.locator("#criteria-0-target").fill("−30 %");
  await form.getByRole("button", { name: "作成する" }).click();
  await staff.waitForURL(/\/pilots\/(?!new)[\w-]+$/);
  const pilotUrl = staff.url();
  await expect(staff.getByTestId("pilot-status")).toHaveText("協議中");
  await expect(staff.getByTestId("pilot-criteria").getByRole("listitem")).toHaveCount(2);

  const company = await as("company", phone);
  await company.goto(`/messages/${m.threadId}`);
  await company.getByTestId("match-pilots").getByRole("link", { name: title }).click();
  await company.waitForURL(pilotUrl);
  await expect(company.getByText("社内メモ（企業とコーディネーターのみ）")).toBeVisible();
  await expect(company.getByText("庁内メモ")).toHaveCount(0);
  await company.getByRole("button", { name: "この内容で合意する" }).click();
  await expect(company.getByTestId("pilot-agreements")).toContainText(/企業：.+に合意/);
  await expect(company.getByRole("button", { name: "この内容で合意する" })).toHaveCount(0);
  await fitsPhone(company);
  await expectAccessible(company);

  await staff.reload();
  await staff.getByRole("button", { name: "この内容で合意する" }).click();
  await expect(staff.getByTestId("pilot-status")).toHaveText("合意済み");
  await expect(staff.getByTestId("pilot-edit")).toHaveCount(0);
  await fitsPhone(staff);
});
