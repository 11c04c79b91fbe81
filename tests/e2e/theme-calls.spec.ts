import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { uid } from "../fixtures/factories";
import { expect, expectAccessible, signIn, test } from "./fixtures";
import { findMail } from "./mail";
import { createCompanyMember } from "./seed";

// Issue 17's first journey (庁内課題募集), at a phone's width: the desk asks two departments → DEMO.staff's
// department answers → the other department's colleague is invited, joins through /join and is approved by the
// desk, then answers → the desk merges one answer into the other and turns it into a challenge draft → the
// department publishes it in the wizard (the desk may not) → a company with an alert on the theme hears of it.

const PASSWORD = "kaga-onsen-no-asagohan-e2e";

async function noSideScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

async function answer(page: Page, callId: string, trouble: string) {
  await page.goto(`/calls/${callId}`);
  await page.getByLabel(/困っていること/).fill(trouble);
  await page.getByLabel(/これまでに試したこと/).fill("紙の予約簿で管理しています");
  await page.getByRole("button", { name: /回答を送る|別の困りごとも回答する/ }).click();
  await expect(page.getByText("回答を送りました。")).toBeVisible();
}

test("a theme call from the desk to a published challenge and a company's alert", async ({ as, browser }) => {
  test.slow(); // the invitation e-mail and the alert fan-out wait on the job worker
  const id = uid();
  const newDept = `公共施設課 ${id}`;
  const title = `施設予約の困りごと ${id}`;
  const theme = await db.theme.findUniqueOrThrow({ where: { slug: "dx" } });
  const { user: companyUser } = await createCompanyMember(PASSWORD);
  // Every list given: an omitted one is NULL in the table, and NULL is not "empty" to the alert's filter.
  await db.alertPreference.create({
    data: { userId: companyUser.id, themeIds: [theme.id], prefectureCodes: [], kinds: [], challengeAlerts: true },
  });
  const phone = { viewport: { width: 375, height: 800 } };

  // 1. The desk opens the call: one department with staff, one typed in that has nobody yet.
  const desk = await as("desk", phone);
  await desk.goto("/desk/calls/new");
  await desk.getByRole("button", { name: /募集を始める/ }).click();
  await expect(desk.getByText("依頼する部署を1つ以上選ぶか、部署名を入力してください")).toBeVisible();
  await desk.getByLabel("テーマ").selectOption({ label: theme.nameJa });
  await desk.getByLabel(/募集のタイトル/).fill(title);
  await desk.getByLabel(/^締切/).fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  await desk.getByLabel(/^イノベーション推進部/).check();
  await desk.getByLabel(/一覧にない部署/).fill(newDept);
  await expectAccessible(desk);
  await noSideScroll(desk);
  await desk.getByRole("button", { name: /募集を始める/ }).click();
  // /desk/calls/new matches "/desk/calls/<id>" too: wait until the address is the new call's.
  await desk.waitForURL((u) => /^\/desk\/calls\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith("/new"));
  const callId = desk.url().split("/").pop()!;
  const row = desk.locator("li", { hasText: newDept });
  await expect(row.getByText("職員が未登録")).toBeVisible();

  // 2. DEMO.staff's department answers; it sees other municipalities' cases on the theme first.
  const staff = await as("staff", phone);
  await staff.goto(`/calls/${callId}`);
  await expect(staff.getByRole("heading", { name: /他の自治体の事例/ })).toBeVisible();
  await expectAccessible(staff);
  await noSideScroll(staff);
  await answer(staff, callId, "・施設の予約が電話のみで、窓口が混雑する\n空き状況が分からない");

  // 3. The other department's colleague is invited from the call's page, joins and is approved by the desk.
  await row.getByRole("link", { name: "招待する" }).click();
  await desk.waitForURL(/\/desk\/staff\?/);
  const email = `shisetsu-${id}@example.test`;
  await desk.getByLabel("メールアドレス").fill(email);
  await desk.getByRole("button", { name: "招待メールを送る" }).click();
  await expect(desk.getByTestId("invite-sent")).toBeVisible();
  let link = "";
  await expect
    .poll(
      async () => (link = (await findMail(email, "/join/"))?.text?.match(/https?:\/\/\S+\/join\/[\w-]+/)?.[0] ?? ""),
      {
        timeout: 60_000,
      },
    )
    .not.toBe("");
  const colleague = await browser.newPage(phone);
  await colleague.goto(new URL(link).pathname);
  await colleague.getByLabel(/お名前/).fill(`施設 太郎 ${id}`);
  await colleague.getByLabel(/パスワード/).fill(PASSWORD);
  await colleague.getByRole("button", { name: "登録する" }).click();
  await expect(colleague.getByText(/登録しました/)).toBeVisible();
  await desk.goto("/desk/staff");
  await desk.getByTestId("desk-pending").filter({ hasText: email }).getByRole("button", { name: "承認する" }).click();
  await expect(desk.getByText(/さんを承認しました/)).toBeVisible();
  await signIn(colleague, email, PASSWORD);
  await answer(colleague, callId, "施設の予約を電話で受けていて手間がかかる");

  // 4. The desk merges the colleague's answer into the staff's and turns that into a challenge draft.
  await desk.goto(`/desk/calls/${callId}`);
  await expect(desk.getByText("回答済み（1件）")).toHaveCount(2);
  await expectAccessible(desk);
  await noSideScroll(desk);
  // By the colleague's name: each card's merge list quotes the other answers' first lines.
  const theirs = desk.locator("li[id^=answer-]", { hasText: `施設 太郎 ${id}` });
  await theirs.getByLabel("この回答を次の回答にまとめる").selectOption({ index: 1 });
  await theirs.getByRole("button", { name: "まとめる" }).click();
  const ours = desk.locator("li[id^=answer-]", { hasText: "空き状況が分からない" });
  await expect(ours.getByText("まとめた回答（1）")).toBeVisible();
  await ours.getByRole("button", { name: "課題にする" }).click();
  await desk.waitForURL(/\/challenges\/[^/]+\/edit$/);
  const editPath = new URL(desk.url()).pathname;
  const challengeId = editPath.split("/")[2];
  await expect(desk.getByText(/所管部署の確認後に公開できます/)).toBeVisible();
  await expect(desk.getByLabel(/^タイトル/)).toHaveValue("施設の予約が電話のみで、窓口が混雑する");

  // 5. The department confirms: it picks the kind the desk left open and publishes.
  await staff.goto(editPath);
  await expect(staff.getByText(/内容を確認して公開してください/)).toBeVisible();
  await staff.getByRole("radio", { name: /^相談型/ }).check();
  for (let i = 0; i < 6; i++) await staff.getByRole("button", { name: "次へ" }).click();
  await staff.getByRole("button", { name: "公開する" }).click();
  await staff.waitForURL(new RegExp(`/challenges/${challengeId}$`));

  // 6. The usual fan-out reaches a company that asked for alerts on the theme.
  await expect
    .poll(() => db.notification.count({ where: { userId: companyUser.id, type: "CHALLENGE_MATCH", challengeId } }), {
      timeout: 60_000,
    })
    .toBe(1);
  await desk.goto(`/desk/calls/${callId}`);
  await expect(desk.getByText("公開 1件")).toBeVisible();
  await colleague.close();
});
