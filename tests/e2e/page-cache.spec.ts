import type { APIRequestContext } from "@playwright/test";
import { expect, publishChallenge, signInAs, test } from "./fixtures";

// Anonymous public pages come from the page cache (lib/page-cache): the same HTML for everyone,
// but each response with its own CSP nonce; signed-in visitors and client navigations never; and a
// change to a public challenge shows at once (NOTIFY at commit empties the cache).
const DOCUMENT = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

async function get(request: APIRequestContext, path: string, headers: Record<string, string> = DOCUMENT) {
  const res = await request.get(path, { headers, maxRedirects: 0 });
  return {
    status: res.status(),
    cache: res.headers()["x-kyoso-cache"],
    csp: res.headers()["content-security-policy"] ?? "",
    body: await res.text(),
  };
}

/** Asks until the cache answers (its change listener connects on the first request). */
async function cachedHit(request: APIRequestContext, path: string) {
  let r = await get(request, path);
  for (let i = 0; i < 40 && r.cache !== "hit"; i++) {
    await new Promise((ok) => setTimeout(ok, 250));
    r = await get(request, path);
  }
  expect(r.cache, `${path} from the cache (status ${r.status})`).toBe("hit");
  return r;
}

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)![1];

test.describe("page cache for anonymous visitors", () => {
  test("serves the same page with a fresh nonce on every response, and only to anonymous document requests", async ({
    request,
    page,
  }) => {
    // /about: no other test changes what it shows (parallel tests publish cases and challenges,
    // which rightly empties the cache).
    const a = await cachedHit(request, "/about");
    const b = await cachedHit(request, "/about");
    expect(nonceOf(a.csp)).not.toBe(nonceOf(b.csp));
    for (const r of [a, b]) {
      const inBody = [...r.body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
      expect(inBody.length).toBeGreaterThan(0);
      expect(new Set(inBody)).toEqual(new Set([nonceOf(r.csp)]));
    }
    expect(a.body.replaceAll(nonceOf(a.csp), "N")).toBe(b.body.replaceAll(nonceOf(b.csp), "N"));

    // A router fetch (Accept */*) and a signed-in visitor go to Next as usual.
    expect((await get(request, "/cases", { accept: "*/*" })).cache).toBeUndefined();
    await signInAs(page, "company");
    const signedIn = await page.goto("/cases");
    expect(signedIn?.headers()["x-kyoso-cache"]).toBeUndefined();

    // A cached page still works in a browser: hydrated, client navigation, no CSP errors.
    const anon = await page.context().browser()!.newPage();
    const violations: string[] = [];
    anon.on("console", (m) => /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()));
    const res = await anon.goto("/cases");
    // Through the cache either way ("miss": rendered with the placeholder nonce just now).
    expect(["hit", "miss"]).toContain(res?.headers()["x-kyoso-cache"]);
    await anon.locator('main a[href^="/cases/"]').first().click();
    await expect(anon).toHaveURL(/\/cases\/[^/]+$/);
    await expect(anon.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
    await anon.close();
  });

  test("a challenge that closes disappears from the cached pages at once", async ({ request, page }) => {
    // A fresh challenge of 加賀市, published through the wizard, then closed.
    const title = `キャッシュ確認用の課題 ${Date.now()}`;
    await signInAs(page, "staff");
    const path = await publishChallenge(page, {
      title,
      situation: "公開ページのキャッシュが古い内容を見せないことを確かめます。",
      theme: "DX・行政デジタル化",
    });

    const detail = await cachedHit(request, path);
    expect(detail.body).toContain(title);
    const list = await cachedHit(request, "/challenges");
    expect(list.body).toContain(title);

    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "募集を終了する" }).click();
    await expect(page.getByRole("button", { name: "募集を再開する" })).toBeVisible();

    const after = await get(request, "/challenges");
    expect(after.cache).not.toBe("hit");
    expect(after.body).not.toContain(title);
  });
});
