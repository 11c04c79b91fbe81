import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { expect, test } from "@playwright/test";
import { db } from "@/lib/db";
import { uid } from "../fixtures/factories";

// `npm run start:cluster` (scripts/serve.ts): two workers behind one port, on the e2e build and database.
// A page-cache miss is rendered through a loopback request that may land on the other worker; the workers
// share the render token and the placeholder nonce, so every cached page still carries each response's own
// nonce, every worker stamps the client's address that its own Next trusts (a forged X-Forwarded-For or stamp
// is not), and SIGTERM stops the primary and its workers cleanly.
const DOCUMENT = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

test("two workers behind one port serve cached pages with their own nonce, audit the socket address, and stop on SIGTERM", async ({
  request,
}) => {
  test.slow(); // starts a second server of its own
  const port = await freePort();
  // Node itself, as the Dockerfile starts it: the tsx CLI would stand between this test and the primary and relay
  // SIGTERM, and on a busy machine it gave up on a slow answer and reported the signal (exit 143) instead of 0.
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      WEB_CONCURRENCY: "2",
      NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  server.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((ok) => server.on("exit", (code) => ok(code)));
  try {
    const base = `http://127.0.0.1:${port}`;
    await expect
      .poll(
        () =>
          request.get(`${base}/api/health`).then(
            (r) => r.status(),
            () => 0,
          ),
        { timeout: 60_000 },
      )
      .toBe(200);

    const seen = new Set<string>();
    for (let i = 0; i < 30 && !(seen.has("hit") && seen.size > 1); i++) {
      const res = await request.get(`${base}/about`, { headers: DOCUMENT });
      expect(res.status()).toBe(200);
      const nonce = nonceOf(res.headers()["content-security-policy"] ?? "");
      const inBody = [...(await res.text()).matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
      expect(inBody.length).toBeGreaterThan(0);
      expect(new Set(inBody), "every script carries this response's nonce").toEqual(new Set([nonce]));
      seen.add(res.headers()["x-kyoso-cache"] ?? "none");
    }
    expect(seen.has("hit"), `cache states seen: ${[...seen].join(", ")}`).toBe(true);
    expect(stderr).not.toContain("without our placeholder nonce");

    // A new connection each time (node:cluster deals connections in turn), so both workers answer some.
    const { csrfToken } = await (await request.get(`${base}/api/auth/csrf`)).json();
    const emails = Array.from({ length: 4 }, () => `nobody-${uid()}@example.test`);
    for (const email of emails) {
      const res = await request.post(`${base}/api/auth/callback/credentials`, {
        form: { csrfToken, email, password: "wrong-password-1234" },
        headers: { connection: "close", "x-forwarded-for": "203.0.113.7", "x-kyoso-client-address": "x 203.0.113.8" },
        maxRedirects: 0,
      });
      expect(res.headers()["location"]).toContain("error=CredentialsSignin");
    }
    const rows = await db.auditLog.findMany({
      where: { action: "SIGNIN_FAILURE", OR: emails.map((email) => ({ meta: { path: ["email"], equals: email } })) },
    });
    expect(rows.map((r) => r.ip)).toEqual(emails.map(() => "127.0.0.1"));
  } finally {
    server.kill("SIGTERM");
  }
  expect(await exited, stderr).toBe(0);
});
