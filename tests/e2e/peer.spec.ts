import { db } from "@/lib/db";
import { uid } from "../fixtures/factories";
import { expect, expectAccessible, test } from "./fixtures";

// Questions between municipalities (issue 18 §4): staff of 南砺市 (DEMO.otherStaff) ask about a 加賀市 case on a
// phone; 加賀市's partnership desk (DEMO.desk) hears of it and answers on /peer/[id]; the asker sees 回答あり.

const phone = { viewport: { width: 375, height: 800 } };

async function kagaCase() {
  const kaga = await db.organization.findUniqueOrThrow({ where: { lgCode: "172065" } });
  return db.case.create({
    data: {
      title: `自治体間質問E2E事例 ${uid()}`,
      summary: "窓口の予約をオンライン化しました",
      body: "導入の経緯。",
      municipalityId: kaga.id,
      scheme: "DEMONSTRATION",
      outcome: "ONGOING",
      fiscalYear: 2025,
    },
  });
}

const noOverflow = async (page: import("@playwright/test").Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

test("a clerk of another town asks about a case, the case's desk answers, the asker sees 回答あり", async ({ as }) => {
  const c = await kagaCase();
  const subject = `導入時の庁内調整 ${uid()}`;
  const asker = await as("otherStaff", phone);
  await asker.goto(`/cases/${c.id}`);
  const ask = asker.getByTestId("case-ask");
  await expect(ask.getByRole("heading", { name: "実施自治体に質問する" })).toBeVisible();
  await ask.getByText("質問を書く").click();
  await ask.getByLabel("件名").fill(subject);
  await ask.getByLabel("質問").fill("財政課とはどの時期に協議されましたか。");
  await ask.getByRole("button", { name: "質問を送る" }).click();
  await asker.waitForURL(/\/peer\/[^/]+$/);
  const url = new URL(asker.url()).pathname;
  await expect(asker.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(asker.getByTestId("peer-status")).toHaveText("回答待ち");
  await noOverflow(asker);
  await expectAccessible(asker);

  const desk = await as("desk", phone);
  await desk.goto("/peer");
  const received = desk.getByTestId("peer-received-list").getByTestId("peer-item").filter({ hasText: subject });
  await expect(received).toHaveAttribute("data-unread", "true");
  await received.getByRole("link", { name: subject }).click();
  await desk.waitForURL(url);
  await expect(desk.getByTestId("peer-messages")).toContainText("財政課とはどの時期に協議されましたか。");
  await desk.getByLabel("本文").fill("前年の9月、予算要求の前に相談しました。");
  await desk.getByRole("button", { name: "送信する" }).click();
  await expect(desk.getByRole("status").filter({ hasText: "送信しました" })).toBeVisible();
  await expect(desk.getByTestId("peer-messages")).toContainText("前年の9月、予算要求の前に相談しました。");

  await asker.goto("/peer");
  const sent = asker.getByTestId("peer-sent-list").getByTestId("peer-item").filter({ hasText: subject });
  await expect(sent.getByTestId("peer-status")).toHaveText("回答あり");
  await expect(sent).toHaveAttribute("data-unread", "true");
  await noOverflow(asker);
  await expectAccessible(asker);
  // Back on the case page, the asker goes on with the open question instead of starting a second one.
  await asker.goto(`/cases/${c.id}`);
  await expect(asker.getByTestId("case-ask").getByRole("link", { name: "やりとりを開く" })).toHaveAttribute(
    "href",
    url,
  );
});
