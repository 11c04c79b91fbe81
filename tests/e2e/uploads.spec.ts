import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createDemoThread, tinyPdf, tinyPng } from "../fixtures/threads";
import { uid } from "../fixtures/factories";
import { MAX_DOCUMENT_BYTES } from "@/lib/threads/limits";
import { captureAction, type CapturedAction } from "./replay";
import { expect, test } from "./fixtures";

// Issue 15 F5 / class 6: the form promises 「1つ20MBまで、一度に3つまで」, so that is what is sent, through
// the real reply form, and read back byte for byte. Files are made here (random bytes behind a PDF
// header, so the content check accepts them and each has its own hash), never committed.

const MiB = 1024 * 1024;
let dir = "";
let threadId = "";

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "kyoso-uploads-"));
  threadId = (await createDemoThread(`大きな資料 ${uid()}`)).id;
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A PDF of `bytes` bytes on disk (Playwright hands over at most 50 MB of in-memory buffers per call). */
function pdfFile(name: string, bytes: number): { file: string; sha256: string } {
  const data = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(bytes - 9)]);
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return { file, sha256: createHash("sha256").update(data).digest("hex") };
}

const form = (page: Page) => page.getByTestId("reply-form");
const fileInput = (page: Page) => page.getByLabel("ファイルを添付（任意）");

test("three 19.9 MB files in one post are accepted and download byte-identical", async ({ as }) => {
  const page = await as("staff");
  await page.goto(`/messages/${threadId}`);
  const files = [1, 2, 3].map((i) => ({ name: `資料${i}.pdf`, ...pdfFile(`資料${i}.pdf`, Math.floor(19.9 * MiB)) }));
  await page.getByLabel("本文").fill("資料を3点お送りします。");
  await fileInput(page).setInputFiles(files.map((f) => f.file));
  await page.getByRole("button", { name: "送信する" }).click();
  await expect(form(page).getByRole("status")).toHaveText("送信しました。");

  const message = page.getByTestId("message").filter({ hasText: "資料を3点お送りします。" });
  const links = message.getByTestId("document-link");
  await expect(links).toHaveCount(3);
  for (const f of files) {
    const href = await links.filter({ hasText: f.name }).getAttribute("href");
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(
      createHash("sha256")
        .update(await res.body())
        .digest("hex"),
    ).toBe(f.sha256);
  }
});

test("a 20.1 MB file gets the Japanese field error next to the file field, and nothing typed is lost", async ({
  as,
}) => {
  const page = await as("staff");
  await page.goto(`/messages/${threadId}`);
  const text = `大きすぎる添付のテスト ${uid()}`;
  await page.getByLabel("本文").fill(text);
  const ok = pdfFile("小さい資料.pdf", 200 * 1024);
  const big = pdfFile("大きい資料.pdf", Math.ceil(20.1 * MiB));
  await fileInput(page).setInputFiles([ok.file, big.file]);
  await page.getByRole("button", { name: "送信する" }).click();

  await expect(page.locator("#files-error")).toHaveText(
    "「大きい資料.pdf」は20MBを超えています。小さくするか分けて送ってください。",
  );
  await expect(fileInput(page)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("本文")).toHaveValue(text);
  expect(await fileInput(page).evaluate((el: HTMLInputElement) => el.files?.length)).toBe(2);
  await expect(page.getByTestId("message").filter({ hasText: text })).toHaveCount(0);
});

/** The reply form's server-action request, sent again as multipart with these text fields and files. */
async function postRaw(page: Page, action: CapturedAction, files: { name: string; bytes: number }[]) {
  const boundary = /boundary=(.+)$/.exec(action.headers["content-type"])![1];
  // The browser's captured body leaves file contents out, so only its text parts are kept. React
  // names a FormData argument's entries with one prefix (read off the threadId part), and the root
  // part "0" must come last: the server builds the argument from the entries before it.
  const text: [string, string][] = [];
  for (const part of action.body.split(`--${boundary}`)) {
    const m = /name="([^"]+)"(; filename="[^"]*")?[\s\S]*?\r\n\r\n([\s\S]*)\r\n$/.exec(part);
    if (m && !m[2] && !m[1].endsWith("files")) text.push([m[1], m[3]]);
  }
  const threadField = text.find(([name]) => name.endsWith("threadId"))![0];
  const form = new FormData();
  for (const [name, value] of text) if (name !== "0") form.append(name, value);
  for (const f of files) {
    const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(f.bytes - 9, 0x41)]);
    form.append(
      `${threadField.slice(0, -"threadId".length)}files`,
      new Blob([bytes], { type: "application/pdf" }),
      f.name,
    );
  }
  form.append("0", text.find(([name]) => name === "0")![1]);
  const headers = { ...action.headers };
  delete headers["content-type"];
  return page.request.post(action.url, { headers, multipart: form, maxRedirects: 0 });
}

test("the server refuses oversize files itself with the field error, never a 500, up to 61 MB per post", async ({
  as,
}) => {
  const page = await as("staff");
  await page.goto(`/messages/${threadId}`);
  await page.getByLabel("本文").fill("送られないはずの本文");
  await fileInput(page).setInputFiles({ name: "a.pdf", mimeType: "application/pdf", buffer: Buffer.from(tinyPdf()) });
  const action = await captureAction(page, () => page.getByRole("button", { name: "送信する" }).click(), {
    abort: true,
  });
  expect(action.headers["content-type"]).toContain("multipart/form-data");

  // A client that skips the form's own check: one file just over the limit, then three of them
  // (about 61 MB, just above what a post of three allowed files can weigh).
  const over = MAX_DOCUMENT_BYTES + 100 * 1024;
  for (const files of [
    [{ name: "over.pdf", bytes: over }],
    [1, 2, 3].map((i) => ({ name: `over${i}.pdf`, bytes: over })),
  ]) {
    const res = await postRaw(page, action, files);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain("ファイルは1つ20MBまでです");
  }
  await page.reload();
  await expect(page.getByTestId("message").filter({ hasText: "送られないはずの本文" })).toHaveCount(0);
});

test("a file named with NUL, control and bidi characters is accepted under a cleaned name", async ({ as }) => {
  const page = await as("staff");
  await page.goto(`/messages/${threadId}`);
  const text = `名前の汚れたファイル ${uid()}`;
  await page.getByLabel("本文").fill(text);
  await fileInput(page).setInputFiles({
    name: "見積\u0000書\u0007\u001b[31m\u202E\u0085.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(tinyPdf()),
  });
  await page.getByRole("button", { name: "送信する" }).click();
  await expect(form(page).getByRole("status")).toHaveText("送信しました。");

  const link = page.getByTestId("message").filter({ hasText: text }).getByTestId("document-link");
  await expect(link).toContainText("見積書[31m.pdf");
  const res = await page.request.get((await link.getAttribute("href"))!);
  expect(res.status()).toBe(200);
  expect(decodeURIComponent(res.headers()["content-disposition"].split("''")[1])).toBe("見積書[31m.pdf");
});

test("a company logo named with a NUL is accepted too (the logo form cleans names the same way)", async ({ as }) => {
  const page = await as("company");
  await page.goto("/company/profile");
  const logo = page.getByTestId("logo-form");
  await logo.getByLabel("ロゴ画像のファイル").setInputFiles({
    name: "ロゴ\u0000\u202E.png",
    mimeType: "image/png",
    buffer: Buffer.from(tinyPng()),
  });
  await logo.getByRole("button", { name: "ロゴ画像を登録" }).click();
  await expect(logo.getByRole("status")).toHaveText("ロゴ画像を登録しました。");
  // Leave the demo company as the other specs expect it.
  await logo.getByRole("button", { name: "ロゴを削除" }).click();
  await expect(logo.getByRole("status")).toHaveText("ロゴ画像を削除しました。");
});
