// Who may open which signed-in page. Every cell is checked on the server's answer, not on
// hidden links: anonymous → /signin, not allowed → 404, allowed → 200.
import { DEMO, expect, signInAs, test, type Role } from "./fixtures";

type Outcome = "signin" | "404" | "200" | "pending";
const OWN = "/challenges/seed-challenge-kaga-akiya"; // a published 加賀市 challenge
const ROUTES = [
  "/dashboard",
  "/admin/approvals",
  "/challenges/new",
  "/my/challenges",
  "/cases/new",
  "/companies",
  "/company/profile",
  "/interests",
  "/messages",
  "/notifications",
  "/settings/alerts",
  `${OWN}/interests`,
  `${OWN}/screening`,
  `${OWN}/edit`,
  "/pipeline",
  "/pipeline?view=table",
  "/pipeline/seed-match-01",
  "/pipeline/seed-match-13",
  "/pipeline/funnel",
  "/pipeline/calendar",
  "/admin/stale",
  "/desk",
  "/desk/staff",
  "/desk/calls",
  "/desk/proposals",
  "/desk/settings",
  "/inbox",
  "/pilots",
  "/pilots/seed-loop-pilot-kaga-denwa",
  "/peer",
  "/peer/seed-loop-peer-nanto-faq",
  "/cases/seed-loop-case-kaga-denwa/approval",
] as const;
type Route = (typeof ROUTES)[number];

// One row per role, in ROUTES order (s = /signin, 4 = 404, 2 = 200, p = the 承認待ち notice and
// nothing else: pending staff are told why before anything is checked about the challenge).
const code: Record<string, Outcome> = { s: "signin", "4": "404", "2": "200", p: "pending" };
const row = (cells: string): Record<Route, Outcome> =>
  Object.fromEntries(ROUTES.map((r, i) => [r, code[cells.replace(/ /g, "")[i]]])) as Record<Route, Outcome>;

// Pipeline columns: board, table, a 加賀市 match (the demo staff's own), a 前橋市 match (another municipality's),
// funnel, budget calendar, stale settings (admins only). Then the partnership desk's pages (only the desk: a plain clerk,
// a company and the platform's team get 404) and the department inbox (staff who belong to a 課; the demo desk member
// belongs to 政策推進課, so it has one too). Then the loop's pages: the pilot list, the 加賀市 × デモテック pilot (read by
// 加賀市's staff, the company and coordinators), questions between towns (the list for staff and coordinators; the
// 南砺市 → 加賀市 question for the two towns' staff only) and the company's approval of the case born from its match.
//                                                 dash appr new  my   case comp prof int  msg  ntf  alrt oInt oScr oEdt pipe tabl mOwn mOth funl cal  stal desk dStf dCal dPrp dSet inbx plts plt  peer peQ  aprv
const ROLES: Record<Role | "anonymous", { expect: Record<Route, Outcome> }> = {
  anonymous: {
    expect: row(
      "s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s    s",
    ),
  },
  pendingStaff: {
    expect: row(
      "2    4    p    2    4    p    4    4    2    2    2    p    p    p    p    p    p    p    p    p    4    p    p    p    p    p    p    p    p    p    p    4",
    ),
  },
  staff: {
    expect: row(
      "2    4    2    2    4    2    4    4    2    2    2    2    2    2    2    2    2    4    2    2    4    4    4    4    4    4    2    2    2    2    2    4",
    ),
  },
  // The partnership desk is 加賀市 staff too: the same pages as the department staff above, and the desk's own.
  desk: {
    expect: row(
      "2    4    2    2    4    2    4    4    2    2    2    2    2    2    2    2    2    4    2    2    4    2    2    2    2    2    2    2    2    2    2    4",
    ),
  },
  // Staff of another town (南砺市): a 課 of their own, nothing of 加賀市's challenges, matches or pilot, and their own
  // town's question to 加賀市.
  otherStaff: {
    expect: row(
      "2    4    2    2    4    2    4    4    2    2    2    4    4    4    2    2    4    4    2    2    4    4    4    4    4    4    2    2    4    2    2    4",
    ),
  },
  company: {
    expect: row(
      "2    4    4    4    4    4    2    2    2    2    2    4    4    4    4    4    4    4    4    4    4    4    4    4    4    4    4    2    2    4    4    2",
    ),
  },
  coordinator: {
    expect: row(
      "2    2    4    2    2    2    4    4    2    2    2    2    2    2    2    2    2    2    2    2    4    4    4    4    4    4    4    2    2    2    4    4",
    ),
  },
  admin: {
    expect: row(
      "2    2    4    2    2    2    4    4    2    2    2    2    2    2    2    2    2    2    2    2    2    4    4    4    4    4    4    2    2    2    4    4",
    ),
  },
};

for (const [role, { expect: table }] of Object.entries(ROLES) as [
  Role | "anonymous",
  { expect: Record<Route, Outcome> },
][]) {
  test(`routes for ${role}`, async ({ page }) => {
    if (role !== "anonymous") await signInAs(page, role);
    for (const route of ROUTES) {
      const outcome = table[route];
      // The server's answer is all this checks, so the browser's request context fetches the HTML (with the
      // page's cookies) instead of rendering it: no scripts, styles, hydration or link prefetches.
      const res = await page.request.get(route);
      const where = `${role} ${route}`;
      const path = new URL(res.url()).pathname;
      // What the HTML shows, without the flight data in <script> (it holds every message of the page) and
      // without the header's role badge (it says 承認待ち to pending staff on every page).
      const shown = (await res.text())
        .replace(/<script[\s\S]*?<\/script>/g, "")
        .replace(/<span[^>]*data-testid="role-badge"[\s\S]*?<\/span>/, "");
      switch (outcome) {
        case "signin":
          expect.soft(path, where).toBe("/signin");
          break;
        case "404":
          // The status is the server's refusal; the 「ページが見つかりません」 text is drawn by the browser from the
          // flight data (Next sends an empty error shell for notFound()), which other specs check on real pages.
          expect.soft(res.status(), where).toBe(404);
          break;
        case "200":
          expect.soft(res.status(), where).toBe(200);
          expect.soft(path, where).toBe(route.split("?")[0]);
          break;
        case "pending":
          // Either a notice on the page itself or a redirect to the dashboard's notice; never the wizard.
          expect.soft(res.status(), where).toBe(200);
          expect.soft(shown, where).toMatch(/承認待ち/);
          expect.soft(shown, where).not.toMatch(/<button[^>]*>[^<]*(下書き保存|公開する)/);
          break;
      }
    }
  });
}

test("admin-only users list", async ({ page }) => {
  await signInAs(page, "coordinator");
  expect((await page.goto("/admin/users"))?.status()).toBe(404);
  await signInAs(page, "admin");
  expect((await page.goto("/admin/users"))?.status()).toBe(200);
  await expect(page.getByRole("cell", { name: DEMO.company })).toBeVisible();
});
