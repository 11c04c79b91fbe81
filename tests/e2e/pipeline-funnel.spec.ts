import { readFileSync } from "node:fs";
import { db } from "@/lib/db";
import { uid } from "../fixtures/factories";
import { expect, signInAs, test } from "./fixtures";

// The loop in one go: a coordinator moves a match and the funnel counts it at once, in the
// page and in the CSV. The match lives at 金沢市, which no other spec touches, so the figures are exact.

test("a move shows in the funnel and its CSV straight away", async ({ page }) => {
  const kanazawa = await db.organization.findUniqueOrThrow({ where: { lgCode: "172014" } });
  const company = await db.organization.create({ data: { kind: "COMPANY", name: `ファネルE2E ${uid()}` } });
  const match = await db.match.create({
    data: {
      origin: "DIRECT_INQUIRY",
      stage: "MATCHING",
      maxStageRank: 1,
      municipalityId: kanazawa.id,
      companyId: company.id,
      changes: { create: { toStage: "MATCHING" } },
    },
  });
  await signInAs(page, "coordinator");
  const funnel = `/pipeline/funnel?municipality=${kanazawa.id}`;
  await page.goto(funnel);
  await expect(page.getByTestId("kpi-meeting-rate-value")).toHaveText("0.0%");
  await expect(page.getByTestId("kpi-feasibility-rate-value")).toHaveText("0.0%");

  await page.goto(`/pipeline/${match.id}`);
  // 商談, then a skip straight to 事業化・予算化: the skipped 事業化検討 counts as passed.
  for (const stage of ["商談", "事業化・予算化"]) {
    await page.getByRole("combobox", { name: /ステージを移動/ }).selectOption({ label: stage });
    await page.getByRole("button", { name: "移動", exact: true }).click();
    await expect(page.getByTestId("detail-stage")).toHaveText(stage);
  }
  await expect(page.getByTestId("match-history")).toContainText("事業化・予算化");

  await page.goto(funnel);
  await expect(page.getByTestId("kpi-meeting-rate-value")).toHaveText("100.0%");
  await expect(page.getByTestId("kpi-feasibility-rate-value")).toHaveText("100.0%");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("funnel-csv-all").click()]);
  const lines = readFileSync((await download.path())!, "utf8")
    .replace(/^\uFEFF/, "")
    .split("\r\n");
  expect(lines[0].split(",").slice(0, 4)).toEqual(["区分", "項目", "補足", "マッチ数"]);
  // マッチ数 1, reached マッチング / 商談 / 事業化検討 / 事業化・予算化 all 1, 見送り 0.
  expect(lines[1]).toMatch(/^全体,すべてのマッチ,,1,1,1,1,1,0,/);
});
