import { expect, signInAs, test } from "./fixtures";

// No dead ends for a coordinator: every internal link on the pages a coordinator works from answers
// (no 404, no 500). Links are fetched with the page's cookies, not visited; links of one shape
// (/pipeline/<id>, a pager's ?page=) are checked once, so a board of 100 cards costs one request.
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

// The server's HTML is enough to find the links; no browser rendering per page.
const linksIn = (html: string) =>
  [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => m[1].replaceAll("&amp;", "&"));

test("a coordinator's pages link only to pages that answer", async ({ page, baseURL }) => {
  await signInAs(page, "coordinator");
  const shapes = new Set<string>(PAGES.map((p) => shapeOf(new URL(p, baseURL))));
  const broken: string[] = [];
  const pages = [...PAGES];
  let checked = 0;
  for (const path of pages) {
    const res = await page.request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
    const hrefs = linksIn(await res.text());
    // One thread is worth a visit of its own: its links (the challenge, the match) are on no other page.
    if (path === "/messages") {
      const thread = hrefs.find((h) => /^\/messages\/[^/?#]+$/.test(h));
      if (thread) pages.push(thread);
    }
    const todo: string[] = [];
    for (const href of hrefs) {
      if (!href.startsWith("/") || href.startsWith("//")) continue;
      const url = new URL(href, baseURL);
      const shape = shapeOf(url);
      if (shapes.has(shape)) continue;
      shapes.add(shape);
      todo.push(url.pathname + url.search);
    }
    // A few at a time: the server answers them side by side.
    for (let i = 0; i < todo.length; i += 4) {
      const answers = await Promise.all(todo.slice(i, i + 4).map((u) => page.request.get(u)));
      answers.forEach((a, j) => a.status() >= 400 && broken.push(`${path} → ${todo[i + j]}: ${a.status()}`));
    }
    checked += todo.length;
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(15); // the crawl really ran over the pages' links
});
