// Who may open which signed-in page. Every cell is checked on the server's answer, not on
// hidden links: anonymous → /signin, not allowed → 404, allowed → 200.
import { DEMO, expect, signIn, test } from "./fixtures";

type Outcome = "signin" | "404" | "200" | "pending";
const ROUTES = ["/dashboard", "/admin/approvals", "/challenges/new", "/my/challenges", "/cases/new"] as const;
type Route = (typeof ROUTES)[number];

const ROLES: Record<string, { email: string | null; expect: Record<Route, Outcome> }> = {
  anonymous: {
    email: null,
    expect: { "/dashboard": "signin", "/admin/approvals": "signin", "/challenges/new": "signin", "/my/challenges": "signin", "/cases/new": "signin" },
  },
  pendingStaff: {
    email: DEMO.pendingStaff,
    expect: { "/dashboard": "200", "/admin/approvals": "404", "/challenges/new": "pending", "/my/challenges": "200", "/cases/new": "404" },
  },
  staff: {
    email: DEMO.staff,
    expect: { "/dashboard": "200", "/admin/approvals": "404", "/challenges/new": "200", "/my/challenges": "200", "/cases/new": "404" },
  },
  company: {
    email: DEMO.company,
    expect: { "/dashboard": "200", "/admin/approvals": "404", "/challenges/new": "404", "/my/challenges": "404", "/cases/new": "404" },
  },
  coordinator: {
    email: DEMO.coordinator,
    expect: { "/dashboard": "200", "/admin/approvals": "200", "/challenges/new": "404", "/my/challenges": "200", "/cases/new": "200" },
  },
  admin: {
    email: DEMO.admin,
    expect: { "/dashboard": "200", "/admin/approvals": "200", "/challenges/new": "404", "/my/challenges": "200", "/cases/new": "200" },
  },
};

for (const [role, { email, expect: table }] of Object.entries(ROLES)) {
  test(`routes for ${role}`, async ({ page }) => {
    if (email) await signIn(page, email);
    for (const route of ROUTES) {
      const outcome = table[route];
      const res = await page.goto(route);
      const where = `${role} ${route}`;
      const path = new URL(page.url()).pathname;
      switch (outcome) {
        case "signin":
          expect.soft(path, where).toBe("/signin");
          break;
        case "404":
          expect.soft(res?.status(), where).toBe(404);
          await expect.soft(page.getByRole("heading", { name: "ページが見つかりません" }), where).toBeVisible();
          break;
        case "200":
          expect.soft(res?.status(), where).toBe(200);
          expect.soft(path, where).toBe(route);
          break;
        case "pending":
          // Either a notice on the page itself or a redirect to the dashboard's notice; never the wizard.
          expect.soft(res?.status(), where).toBe(200);
          // The header badge says 承認待ち too, so look inside <main>.
          await expect.soft(page.locator("main").getByText(/承認待ち/).first(), where).toBeVisible();
          await expect.soft(page.getByRole("button", { name: /下書き保存|公開する/ }), where).toHaveCount(0);
          break;
      }
    }
  });
}

test("admin-only users list", async ({ page }) => {
  await signIn(page, DEMO.coordinator);
  expect((await page.goto("/admin/users"))?.status()).toBe(404);
  await signIn(page, DEMO.admin);
  expect((await page.goto("/admin/users"))?.status()).toBe(200);
  await expect(page.getByRole("cell", { name: DEMO.company })).toBeVisible();
});
