import { expect, signInAs, test } from "./fixtures";

// No dead ends for a coordinator: every internal link on the pages a coordinator works from answers
// (no 404, no 500). Links are fetched with the page's cookies, not visited; links of one shape
// (/pipeline/<id>, a pager's ?page=) are checked twice at most, so a board of 100 cards costs two requests.
const PAGES = [
  "/dashboard",
  "/pipeline",
  "/pipeline?view=table",
  "/pipeline/seed-match-01",
  "/pipeline/calendar",
  "/pipeline/funnel",
  "/admin/approvals",
  "/notifications",
  "/messages",
  "/challenges/seed-challenge-kaga-akiya",
  "/challenges/seed-challenge-kaga-akiya/interests",
  "/challenges/seed-challenge-kaga-private/interests",
  "/my/challenges",
  "/cases",
  "/companies",
];
const ID = /^(seed-[a-z0-9-]+|c[a-z0-9]{20,}|[0-9a-f-]{32,36}|\d+)$/;

const shapeOf = (url: URL) =>
  `${url.pathname
    .split("/")
    .map((s) => (ID.test(s) ? ":id" : s))
    .join("/")}?${[...url.searchParams.keys()].sort().join("&")}`;

test("a coordinator's pages link only to pages that answer", async ({ page, baseURL }) => {
  await signInAs(page, "coordinator");
  const seen = new Map<string, number>();
  const checked = new Set<string>();
  const broken: string[] = [];
  const pages = [...PAGES];
  for (const path of pages) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href") ?? ""));
    // One thread is worth a visit of its own: its links (the challenge, the back link) are on no other page.
    if (path === "/messages") {
      const thread = hrefs.find((h) => /^\/messages\/[^/?#]+$/.test(h));
      if (thread) pages.push(thread);
    }
    for (const href of hrefs) {
      if (!href.startsWith("/") || href.startsWith("//")) continue;
      const url = new URL(href, baseURL);
      url.hash = "";
      const shape = shapeOf(url);
      const key = url.pathname + url.search;
      if (checked.has(key) || (seen.get(shape) ?? 0) >= 2) continue;
      checked.add(key);
      seen.set(shape, (seen.get(shape) ?? 0) + 1);
      const answer = await page.request.get(key, { maxRedirects: 5 });
      if (answer.status() >= 400) broken.push(`${path} → ${key}: ${answer.status()}`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked.size).toBeGreaterThan(30); // the crawl really ran over the pages' links
});
