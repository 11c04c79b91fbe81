import { mkdirSync } from "node:fs";
import path from "node:path";
import { authFile, DEMO, DEMO_PASSWORD, expect, test, type Role } from "./fixtures";

// Each demo role signs in once per run, with the request the sign-in form's signIn() sends (NextAuth's credentials
// callback; the form itself is auth.spec.ts's); every other test starts from the saved cookies (fixtures.ts `as`).
// No page is rendered: a form per role kept both workers busy for ~20 s before any other test could start. The
// database is seeded afresh each run, so the states are made afresh too.
for (const role of Object.keys(DEMO) as Role[]) {
  test(`sign in as ${role}`, async ({ request }) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: DEMO[role], password: DEMO_PASSWORD, callbackUrl: "/dashboard", json: "true" },
      maxRedirects: 0,
    });
    expect(new URL(((await res.json()) as { url: string }).url).searchParams.get("error")).toBeNull();
    const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } };
    expect(session.user?.email).toBe(DEMO[role]);
    mkdirSync(path.dirname(authFile(role)), { recursive: true });
    await request.storageState({ path: authFile(role) });
  });
}
