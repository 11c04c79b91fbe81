import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page, Response } from "@playwright/test";
import { db } from "@/lib/db";
import { createDemoThread, tinyPdf, tinyPng } from "../fixtures/threads";
import { uid } from "../fixtures/factories";
import { DEMO, DEMO_PASSWORD, expect, signInAs, test } from "./fixtures";
import { createCompanyMember } from "./seed";

// Every main page answers with the security headers, and the strict CSP (scripts only with this
// response's nonce) does not break anything: no "Content Security Policy" message in the console.
const PUBLIC_PAGES = ["/", "/cases", "/challenges", "/search?q=観光", "/about", "/signin", "/signup", "/unsubscribe"];
const SIGNED_IN_PAGES = [
  "/dashboard",
  "/notifications",
  "/messages",
  "/pipeline",
  "/pipeline/funnel",
  "/settings/alerts",
  "/settings/account",
  "/admin/approvals",
  "/admin/users",
  "/admin/audit",
];

function expectSecurityHeaders(res: Response | null) {
  expect(res, "navigation response").not.toBeNull();
  const h = res!.headers();
  const csp = h["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-eval'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(h["strict-transport-security"]).toMatch(/max-age=\d{8}/);
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["x-request-id"]).toBeTruthy();
}

function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on("pageerror", (e) => {
    if (/Content Security Policy/i.test(e.message)) violations.push(e.message);
  });
  return violations;
}

async function visitAll(page: Page, paths: string[]) {
  const violations = watchCsp(page);
  const nonces = new Set<string>();
  for (const p of paths) {
    const res = await page.goto(p);
    expect(res?.status(), p).toBeLessThan(400);
    expectSecurityHeaders(res);
    nonces.add(/'nonce-([^']+)'/.exec(res!.headers()["content-security-policy"])![1]);
    // Hydrated: a client component reacted (the header's menu button or a form exists and works).
    await page.waitForLoadState("networkidle");
  }
  expect(nonces.size, "a fresh nonce for every response").toBe(paths.length);
  expect(violations).toEqual([]);
}

test("public pages send the security headers and run with the CSP", async ({ page }) => {
  await visitAll(page, PUBLIC_PAGES);
});

test("signed-in pages send the security headers and run with the CSP", async ({ page }) => {
  await signInAs(page, "admin");
  await visitAll(page, SIGNED_IN_PAGES);
});

test("the scripts on a page carry the nonce of its CSP, and an injected inline script would not run", async ({
  page,
}) => {
  const res = await page.goto("/challenges");
  const nonce = /'nonce-([^']+)'/.exec(res!.headers()["content-security-policy"])![1];
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const n of scripts) expect(n).toBe(nonce);
  // What a stored-XSS payload would do: markup with an inline event handler arriving as HTML.
  // The browser refuses to run it (no nonce can be on an attribute), and reports it.
  const violations = watchCsp(page);
  await page.evaluate(() => {
    const box = document.createElement("div");
    box.innerHTML = '<img src="/favicon.ico?x" onload="window.__injected = 1" onerror="window.__injected = 1">';
    document.body.appendChild(box);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});

test("static files and API answers carry the fixed headers; session cookie is HttpOnly and SameSite=Lax", async ({
  page,
  request,
}) => {
  const api = await request.get("/api/health");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["strict-transport-security"]).toBeTruthy();
  await page.goto("/");
  const js = await page.locator("script[src*='/_next/static/']").first().getAttribute("src");
  const asset = await request.get(js!);
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
  await signInAs(page, "company");
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("CSRF: a server action from another origin is refused; NextAuth sign-in without its token is refused", async ({
  page,
  request,
}) => {
  await signInAs(page, "company");
  await page.goto("/settings/alerts");
  // Rewrite Origin on the action's POST the way a cross-site form would send it.
  let status = 0;
  await page.route("**/settings/alerts", async (route) => {
    const req = route.request();
    if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
    const res = await route.fetch({ headers: { ...req.headers(), origin: "https://evil.example" } });
    status = res.status();
    await route.fulfill({ response: res });
  });
  await page.getByRole("button", { name: /保存/ }).first().click();
  await expect.poll(() => status).toBe(403);

  const res = await request.post("/api/auth/callback/credentials", {
    form: { email: DEMO.company, password: "kyoso-demo-2026" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(302);
  expect(res.headers()["location"]).toContain("csrf=true");
  expect(res.headers()["set-cookie"] ?? "").not.toContain("session-token");
});

/** A file where the e2e server's storage (local disk, UPLOAD_DIR's default) finds it under a fresh key. */
async function storedFile(prefix: string, bytes: Uint8Array): Promise<string> {
  const key = `${prefix}/${randomBytes(16).toString("hex")}`;
  const file = path.resolve(".data/uploads", key);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return key;
}

// F10 (issue 15): proxy.ts put the page CSP on every response, over the one a download route sets,
// so a shared file lost its sandbox. The route's own policy must reach the browser unchanged.
test("document and logo downloads keep their own sandbox CSP, not the page's", async ({ page }) => {
  const thread = await createDemoThread(`CSP確認 ${uid()}`);
  const doc = await db.document.create({
    data: {
      threadId: thread.id,
      fileName: "見積書.pdf",
      mimeType: "application/pdf",
      size: tinyPdf().byteLength,
      storageKey: await storedFile("documents", tinyPdf()),
      sha256: "0".repeat(64),
    },
  });
  const { company } = await createCompanyMember(DEMO_PASSWORD);
  await db.companyProfile.update({
    where: { organizationId: company.id },
    data: { logoKey: await storedFile("logos", tinyPng()) },
  });
  await signInAs(page, "admin");
  const logo = await page.request.get(`/api/companies/${company.id}/logo`);
  expect(logo.status()).toBe(200);
  expect(logo.headers()["content-security-policy"]).toBe("default-src 'none'");
  await signInAs(page, "staff");
  const download = await page.request.get(`/api/documents/${doc.id}`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment/);
  // Pages keep the nonce policy.
  const pageRes = await page.request.get("/messages");
  expect(pageRes.headers()["content-security-policy"]).toMatch(/'nonce-/);
});
