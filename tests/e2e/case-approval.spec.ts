import { db } from "@/lib/db";
import { uid } from "../fixtures/factories";
import { DEMO_COMPANY } from "./seed";
import { DEMO, expect, expectAccessible, test } from "./fixtures";

// From a budgeted match to a public case (issue 18 §3): the coordinator makes the case and asks the company, the
// company reads the exact text on its phone and approves it, the coordinator publishes it, and an anonymous visitor
// sees 「Kyoso Hub から生まれた事例」.

const phone = { viewport: { width: 375, height: 800 } };

async function budgetedMatch() {
  const staff = await db.user.findUniqueOrThrow({
    where: { email: DEMO.staff },
    select: { id: true, memberships: { select: { organizationId: true, departmentId: true } } },
  });
  const coordinator = await db.user.findUniqueOrThrow({ where: { email: DEMO.coordinator } });
  const company = await db.organization.findFirstOrThrow({ where: { kind: "COMPANY", name: DEMO_COMPANY } });
  const m = staff.memberships[0];
  const title = `事例E2E 窓口の電話を減らしたい ${uid()}`;
  const thread = await db.thread.create({
    data: { kind: "DIRECT_INQUIRY", subject: title, municipalityId: m.organizationId, companyId: company.id },
  });
  const challenge = await db.challenge.create({
    data: {
      kind: "CONSULTATION",
      status: "PUBLISHED",
      title,
      situation: "電話の問い合わせが多く、窓口が回らない。",
      municipalityId: m.organizationId,
      departmentId: m.departmentId,
      authorId: staff.id,
      publishedAt: new Date(),
      themes: { connect: [{ slug: "dx" }] },
    },
  });
  const match = await db.match.create({
    data: {
      origin: "DIRECT_INQUIRY",
      stage: "BUDGETED",
      maxStageRank: 4,
      challengeId: challenge.id,
      threadId: thread.id,
      municipalityId: m.organizationId,
      departmentId: m.departmentId,
      companyId: company.id,
      coordinatorId: coordinator.id,
      expectedBudget: BigInt(4_800_000),
      changes: { create: { toStage: "BUDGETED" } },
    },
  });
  return { id: match.id, threadId: thread.id };
}

test("a budgeted match becomes a case the company approved, published with 「Kyoso Hub から生まれた事例」", async ({
  as,
  page,
}) => {
  const m = await budgetedMatch();
  const coordinator = await as("coordinator", phone);
  coordinator.on("dialog", (d) => d.accept());
  await coordinator.goto(`/pipeline/${m.id}`);
  const panel = coordinator.getByTestId("match-case");
  await panel.getByRole("button", { name: "事例にする" }).click();
  await coordinator.waitForURL(/\/cases\/[^/]+\/edit$/);
  const caseId = coordinator.url().split("/").at(-2)!;
  await expect(coordinator.getByTestId("born-here-notice")).toBeVisible();
  await coordinator.goto(`/pipeline/${m.id}`);
  await panel.getByRole("button", { name: "企業に確認を依頼する" }).click();
  await expect(panel.getByTestId("case-approval-state")).toHaveText("企業の確認待ち");

  const company = await as("company", phone);
  await company.goto(`/messages/${m.threadId}`);
  await company.getByTestId("thread-case").getByRole("link", { name: "内容を確認する" }).click();
  await company.waitForURL(`**/cases/${caseId}/approval`);
  await expect(company.getByRole("heading", { level: 1, name: "事例の公開前の確認" })).toBeVisible();
  await expect(company.getByText("Kyoso Hub から生まれた事例")).toBeVisible();
  expect(await company.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(company);
  await company.getByRole("button", { name: "この内容で公開を承認する" }).click();
  await expect(company.getByText("第1版の公開を承認しました")).toBeVisible();

  await coordinator.reload();
  await panel.getByRole("button", { name: "公開する" }).click();
  await expect(panel.getByTestId("case-approval-state")).toHaveText("公開中");

  await page.goto(`/cases/${caseId}`);
  await expect(page.getByTestId("case-origin")).toHaveText("Kyoso Hub から生まれた事例");
  await expect(page.getByTestId("case-origin").getByRole("link")).toHaveCount(0);
});
