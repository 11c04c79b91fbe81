import { db } from "@/lib/db";
import { uid } from "../fixtures/factories";
import { DEMO, expect, expectAccessible, test } from "./fixtures";

// The department in charge (issue 17 §3): DEMO.staff (加賀市 イノベーション推進部) finds its match in /inbox on a
// phone, logs a meeting on it, and the coordinator sees the entry and 「所管部署とMTG済」 on the match page.

async function departmentMatch() {
  const staff = await db.user.findUniqueOrThrow({
    where: { email: DEMO.staff },
    select: { memberships: { select: { organizationId: true, departmentId: true } } },
  });
  const coordinator = await db.user.findUniqueOrThrow({ where: { email: DEMO.coordinator } });
  const name = `受信箱E2E企業 ${uid()}`;
  const company = await db.organization.create({ data: { kind: "COMPANY", name } });
  const m = staff.memberships[0];
  const match = await db.match.create({
    data: {
      origin: "DIRECT_INQUIRY",
      stage: "MATCHING",
      maxStageRank: 1,
      municipalityId: m.organizationId,
      departmentId: m.departmentId,
      companyId: company.id,
      coordinatorId: coordinator.id,
      targetFiscalYear: 2027,
      changes: { create: { toStage: "MATCHING" } },
    },
  });
  return { id: match.id, name };
}

test("the department's inbox at 375 px, a meeting logged on its match, seen by the coordinator", async ({ as }) => {
  const m = await departmentMatch();
  const staff = await as("staff", { viewport: { width: 375, height: 800 } });
  await staff.goto("/inbox");
  await expect(staff.getByRole("heading", { level: 1, name: "部署の受信箱" })).toBeVisible();
  for (const id of ["inbox-proposals", "inbox-calls", "inbox-drafts", "inbox-interests", "inbox-matches"])
    await expect(staff.getByTestId(id)).toBeVisible();
  const card = staff.getByTestId("inbox-match").filter({ hasText: m.name });
  await expect(card).toContainText("マッチング");
  await expect(card).toContainText("予算：");
  expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(staff);

  await card.getByRole("link", { name: m.name }).click();
  await staff.waitForURL(`**/pipeline/${m.id}`);
  const form = staff.getByTestId("meeting-form");
  await form.getByRole("button", { name: "記録する" }).click();
  await expect(form.getByText("参加者を入力してください")).toBeVisible();
  await form.getByLabel("参加者").fill("イノベーション推進部 山田、受信箱E2E企業 佐藤");
  await form.getByLabel("メモ（任意）").fill("次回は見積りを持参");
  await form.getByRole("button", { name: "記録する" }).click();
  await expect(staff.getByTestId("meeting-entry")).toContainText("受信箱E2E企業 佐藤");
  await expect(form.getByLabel("参加者")).toHaveValue("");

  const coordinator = await as("coordinator");
  await coordinator.goto(`/pipeline/${m.id}`);
  await expect(coordinator.getByTestId("meeting-entry")).toContainText("次回は見積りを持参");
  await expect(coordinator.getByTestId("suggest-meeting")).toContainText("商談");
  await expect(coordinator.getByLabel("所管部署とMTG済")).toHaveCount(0);
  // Only a department's staff have an inbox.
  expect((await coordinator.request.get("/inbox")).status()).toBe(404);
  const company = await as("company");
  expect((await company.request.get("/inbox")).status()).toBe(404);
});
