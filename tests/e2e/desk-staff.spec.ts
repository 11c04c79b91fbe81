// The desk's colleagues (issue 17): the desk of 加賀市 invites a colleague by e-mail, the colleague joins from the
// mailed link, the desk (not a coordinator) approves, and the colleague signs in active. The pages at 375 px.
import { expect, expectAccessible, signIn, test } from "./fixtures";
import { waitForMail } from "./signup-mail";

const PASSWORD = "kaga-desk-e2e-join-2026";
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const fitsPhone = async (page: import("@playwright/test").Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

test("desk invites → the colleague joins from the mail → the desk approves → the colleague signs in", async ({
  page,
  as,
}) => {
  const id = unique();
  const email = `invited-${id}@kaga.example.lg.jp`;
  const name = `招待 試験${id}`;
  const dept = `E2E招待課${id}`;

  const desk = await as("desk", { viewport: { width: 375, height: 800 } });
  await desk.goto("/desk");
  await expect(desk.getByRole("navigation", { name: "官民連携窓口のメニュー" })).toBeVisible();
  await desk.getByRole("link", { name: "職員の招待と承認" }).click();
  await expect(desk).toHaveURL(/\/desk\/staff$/);
  await desk.getByRole("textbox", { name: "メールアドレス" }).fill(email);
  await desk.getByLabel("新しい部署名（一覧にない場合）").fill(dept);
  await desk.getByRole("button", { name: "招待メールを送る" }).click();
  await expect(desk.getByTestId("invite-sent")).toContainText(email);
  await expect(desk.getByTestId("desk-invitation").filter({ hasText: email })).toContainText(dept);
  await fitsPhone(desk);
  await expectAccessible(desk);

  const mail = await waitForMail(email, "官民連携窓口から招待が届いています");
  const link = /https?:\/\/\S+\/join\/[A-Za-z0-9_-]{43}/.exec(mail.text ?? "")?.[0];
  expect(link).toBeTruthy();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(new URL(link!).pathname);
  await expect(page.getByTestId("join-invitation")).toContainText("加賀市");
  await expect(page.getByTestId("join-invitation")).toContainText(dept);
  await fitsPhone(page);
  await expectAccessible(page);
  await page.getByLabel("お名前").fill(name);
  await page.getByLabel("パスワード").fill(PASSWORD);
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page.getByTestId("join-done")).toBeVisible();
  // The link is single-use.
  await page.goto(new URL(link!).pathname);
  await expect(page.getByTestId("join-invalid")).toBeVisible();

  // Coordinators do not decide accounts made from a desk's invitation.
  const coordinator = await as("coordinator");
  await coordinator.goto("/admin/approvals");
  await expect(coordinator.getByTestId("pending-user").filter({ hasText: name })).toHaveCount(0);

  await desk.goto("/desk/staff");
  const card = desk.getByTestId("desk-pending").filter({ hasText: name });
  await expect(card).toContainText(dept);
  await card.getByRole("button", { name: `承認する：${name}` }).click();
  await expect(desk.getByTestId("review-feedback")).toContainText(`${name} さんを承認しました`);

  await signIn(page, email, PASSWORD);
  await expect(page.getByTestId("role-badge")).toHaveText("自治体職員");
  await waitForMail(email, "アカウントが承認されました");
});
