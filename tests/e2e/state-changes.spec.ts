import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { uid } from "../fixtures/factories";
import { expect, expectAccessible, test } from "./fixtures";
import { createPendingInterest, DEMO_COMPANY } from "./seed";

// Issue 15 F4 through the real pages: after the municipality makes a challenge 非公開・相談 and retitles it,
// the interested company sees 「非公開になった課題」 and neither title (docs/reliability/state-changes.md).
const LABEL = "非公開になった課題";

/** Neither title anywhere in the page, including the data the page ships to the browser. */
async function expectNeither(page: Page, titles: string[]) {
  const html = await page.content();
  for (const t of titles) expect(html, `the page shows ${t}`).not.toContain(t);
}

test("a challenge made private and retitled: the interested company sees only 「非公開になった課題」", async ({
  as,
}) => {
  const challenge = await createPendingInterest([]);
  await db.challenge.update({ where: { id: challenge.id }, data: { themes: { connect: { slug: "dx" } } } });
  const interest = await db.interest.findFirstOrThrow({ where: { challengeId: challenge.id }, select: { id: true } });
  const OLD = challenge.title;
  const NEW = `非公開にした新しい題 ${uid()}`;

  const staff = await as("staff");
  const dialogs: string[] = [];
  staff.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  await staff.goto(`/challenges/${challenge.id}/interests`);
  const card = staff.getByTestId("interest-card").filter({ hasText: DEMO_COMPANY });
  await card.getByRole("button", { name: /承諾して連絡を始める/ }).click();
  await expect(card.getByRole("link", { name: "やりとりを開く" })).toBeVisible();
  const thread = await db.thread.findFirstOrThrow({ where: { interestId: interest.id }, select: { id: true } });

  // The author is warned before the interested company loses sight of the challenge.
  await staff.goto(`/challenges/${challenge.id}/edit`);
  await expect(staff.getByTestId("private-warning")).toHaveCount(0);
  await staff.getByRole("radio", { name: /非公開・相談/ }).check();
  await expect(staff.getByTestId("private-warning")).toContainText("1社");
  await expect(staff.getByTestId("private-warning")).toContainText(LABEL);
  await staff.getByLabel("タイトル").fill(NEW);
  await staff.getByRole("button", { name: "変更を保存する" }).click();
  const ask = staff.getByTestId("private-dialog");
  await expect(ask).toContainText(LABEL);
  await ask.getByRole("button", { name: "非公開にして保存する" }).click();
  await expect(staff.getByText("変更を保存しました")).toBeVisible();

  const company = await as("company");
  await company.goto("/interests");
  const item = company
    .getByTestId("my-interest")
    .filter({ has: company.locator(`a[href="/interests/${interest.id}"]`) });
  await expect(item.getByTestId("now-private")).toHaveText(LABEL);
  await expectNeither(company, [OLD, NEW]);
  await expectAccessible(company);

  await company.goto(`/interests/${interest.id}`);
  await expect(company.getByRole("heading", { level: 1 })).toHaveText(LABEL);
  await expectNeither(company, [OLD, NEW]);

  await company.goto("/messages");
  await expect(company.locator(`a[href="/messages/${thread.id}"]`)).toHaveText(LABEL);
  await expectNeither(company, [OLD, NEW]);

  await company.goto(`/messages/${thread.id}`);
  await expect(company.getByRole("heading", { level: 1 })).toHaveText(LABEL);
  await expectNeither(company, [OLD, NEW]);

  await company.goto("/notifications");
  await expectNeither(company, [OLD, NEW]);

  // The municipality still works under the new title.
  await staff.goto(`/messages/${thread.id}`);
  await expect(staff.getByRole("link", { name: NEW })).toBeVisible();
});
