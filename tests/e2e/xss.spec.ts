import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { createDemoThread } from "../fixtures/threads";
import { getMunicipality, uid } from "../fixtures/factories";
import { expect, signInAs, test } from "./fixtures";

// Stored XSS (issue 7 §3, a Decidim audit class): hostile user names, file names, case text and
// message markdown are written straight to the database, then the pages that show them are
// rendered in a real browser. Nothing may run (no dialog, no injected element, no javascript: link).
const NAME = `<img src=x onerror=alert(1) id=xss-name>`;
const FILE = `"><script id=xss-file>alert(2)</script><img src=x onerror=alert(3) id=xss-file2>.pdf`;
const BODY = `[押してください](javascript:alert(4)) [data](data:text/html,<script>alert(5)</script>) <img src=x onerror=alert(6) id=xss-body> <script id=xss-script>alert(7)</script> [ok](https://example.jp/)`;

async function guard(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  return async () => {
    await page.waitForLoadState("networkidle");
    expect(dialogs).toEqual([]);
    expect(await page.locator("#xss-name, #xss-file, #xss-file2, #xss-body, #xss-script").count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i], [onerror], [onclick]').count()).toBe(0);
  };
}

test("hostile names, file names and markdown in a thread render as text", async ({ page }) => {
  const thread = await createDemoThread(`XSS確認 ${uid()}`);
  const author = await db.user.create({
    data: {
      email: `xss-${uid()}@example.test`,
      name: NAME,
      role: "COMPANY_MEMBER",
      passwordHash: "x",
      memberships: { create: { organizationId: thread.companyId } },
    },
  });
  const message = await db.message.create({ data: { threadId: thread.id, authorId: author.id, body: BODY } });
  await db.document.create({
    data: {
      threadId: thread.id,
      messageId: message.id,
      uploaderId: author.id,
      fileName: FILE,
      mimeType: "application/pdf",
      size: 10,
      storageKey: `xss/${uid()}`,
      sha256: "0".repeat(64),
    },
  });
  const check = await guard(page);
  await signInAs(page, "staff");
  await page.goto(`/messages/${thread.id}`);
  await expect(page.getByText(NAME, { exact: false }).first()).toBeVisible();
  await expect(page.getByText("押してください")).toBeVisible();
  await check();
  await page.goto("/messages");
  await check();
});

test("hostile text in a case (admin-edited) and a company name renders as text", async ({ page }) => {
  const kaga = await getMunicipality();
  const c = await db.case.create({
    data: {
      title: `XSS事例 ${uid()} ${NAME}`,
      summary: NAME,
      body: `${BODY}\n\n${FILE}`,
      municipalityId: kaga.id,
      scheme: "OTHER",
      outcome: "ONGOING",
      fiscalYear: 2024,
      published: true,
      partners: { create: { name: NAME } },
    },
  });
  const company = await db.organization.create({
    data: {
      kind: "COMPANY",
      name: `${NAME} ${uid()}`,
      description: BODY,
      companyProfile: { create: { industries: ["IT"], regionsServed: [], capabilities: BODY, services: FILE } },
    },
  });
  const check = await guard(page);
  await page.goto(`/cases/${c.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("XSS事例");
  await check();
  await signInAs(page, "coordinator");
  await page.goto(`/companies/${company.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<img");
  await check();
  await page.goto(`/search?q=${encodeURIComponent("XSS事例")}`);
  await check();
});
