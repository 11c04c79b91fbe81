import { expect, expectAccessible, test } from "./fixtures";

const phone = { viewport: { width: 375, height: 812 } };
const LOG = "/municipalities/172065/proposals";

// One flow: the public log of 加賀市 (the seed publishes it) at 375 px, then the desk's settings page switching it
// off (the log answers 404 on the next request) and on again, with a Japanese field error on the way.
test("the desk's target times and the public log it switches", async ({ as, browser }) => {
  const visitor = await (await browser.newContext(phone)).newPage();
  const res = await visitor.goto(LOG);
  expect(res?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1, name: "加賀市の民間提案の受付状況" })).toBeVisible();
  await expect(visitor.getByRole("row", { name: /^合計/ })).toBeVisible();
  // Counts only: no company of the seeded proposals appears.
  await expect(visitor.getByText("デモテック")).toHaveCount(0);
  expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(visitor);
  for (const bad of ["%00", "17206%EF%BC%95", "x".repeat(5000)])
    expect((await visitor.request.get(`/municipalities/${bad}/proposals`)).status(), bad).toBe(404);
  // Malformed percent-encoding never reaches the page: the request guard answers 400 (lib/ops/request-guard.ts).
  expect((await visitor.request.get("/municipalities/%zz/proposals")).status()).toBe(400);

  const desk = await as("desk", phone);
  await desk.goto("/desk/settings");
  await expect(desk.getByText(/^本日受け付けた提案の初回回答期限：\d+月\d+日（.）$/)).toBeVisible();
  await expect(desk.getByText("土日・祝日・年末年始（12月29日〜1月3日）は数えません。")).toBeVisible();
  expect(await desk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(desk);

  const first = desk.getByLabel(/初回回答までの営業日数/);
  const publish = desk.getByLabel("提案の受付状況を公開する");
  await expect(publish).toBeChecked();
  await first.fill("61");
  await desk.getByRole("button", { name: "保存する" }).click();
  await expect(desk.getByText("初回回答の目安は1〜60の営業日数で入力してください")).toBeVisible();
  await first.fill("１０"); // full-width, as clerks type it
  await publish.uncheck();
  await desk.getByRole("button", { name: "保存する" }).click();
  await expect(desk.getByRole("status").filter({ hasText: "保存しました" })).toBeVisible();
  expect((await visitor.request.get(LOG)).status()).toBe(404);

  await publish.check();
  await desk.getByRole("button", { name: "保存する" }).click();
  await expect(desk.getByRole("status").filter({ hasText: "保存しました" })).toBeVisible();
  expect((await visitor.request.get(LOG)).status()).toBe(200);
  await visitor.context().close();
});
