import { mkdirSync } from "node:fs";
import path from "node:path";
import { authFile, DEMO, signIn, test, type Role } from "./fixtures";

// Each demo role signs in through the real form once per run; every other test starts from the saved
// cookies (fixtures.ts `as`). The database is seeded afresh each run, so the states are made afresh too.
for (const role of Object.keys(DEMO) as Role[]) {
  test(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, DEMO[role]);
    mkdirSync(path.dirname(authFile(role)), { recursive: true });
    await page.context().storageState({ path: authFile(role) });
  });
}
