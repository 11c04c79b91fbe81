import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// e2e runs against a production build (`next build` first, see package.json) on its own
// embedded PostgreSQL, freshly seeded by scripts/e2e-server.ts.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DB_PORT = Number(process.env.E2E_DB_PORT ?? 54339);
process.env.DATABASE_URL = `postgresql://kyoso:kyoso-local@127.0.0.1:${E2E_DB_PORT}/kyoso_e2e`;
process.env.BCRYPT_COST = "4";

const LAST = /signup-abuse\.spec\.ts$/;
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// Sized for a 2-core machine that also runs the server, its PostgreSQL and the job worker (and, on a
// shared machine, other work): two browsers at once. The time limits only catch a hang; a passing
// test never waits for them, so they are set for a loaded machine, not a quiet one: at a load of ~30
// on 2 cores the longest tests took just under 2 minutes, so a test may take 3. Demo roles sign in once per run (the "setup" project); the tests start
// signed in, so no test spends its time on sign-in forms.
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  // One retry in CI so a machine's bad minute does not block a landing; the list reporter still
  // names every test that needed it ("flaky"), and locally a failure is shown as it is.
  retries: process.env.CI ? 1 : 0,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    // A failing test keeps its trace: DOM snapshots of every step, without the screencast, which made Chromium
    // encode a frame on every paint of every test and cost ~20% of the tier's browser CPU; a screenshot of the
    // failure is kept instead (docs/testing.md).
    trace: { mode: "retain-on-failure", screenshots: false },
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /\.setup\.ts$/ },
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      dependencies: ["setup"],
      testIgnore: LAST,
    },
    // Fills the sign-up limit every e2e sign-up shares (one client address), so it runs when the others are done.
    // Alone: `playwright test tests/e2e/signup-abuse.spec.ts --no-deps` (it needs no saved sign-ins).
    {
      name: "last",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      dependencies: ["desktop"],
      testMatch: LAST,
    },
  ],
  webServer: {
    command: `tsx scripts/e2e-server.ts ${E2E_PORT} ${E2E_DB_PORT}`,
    url: `http://localhost:${E2E_PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
