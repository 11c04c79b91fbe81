import { request as httpRequest } from "node:http";
import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { db } from "@/lib/db";
import { uid } from "../fixtures/factories";

// Issue 15 F2 / class 2: the client's address comes from the socket (scripts/serve.ts), never from a
// client-sent X-Forwarded-For. Each test connects from an address of its own on the loopback network
// (Linux routes all of 127.0.0.0/8 to lo; Node binds the client socket with `localAddress`), so its
// sign-in failures fill its own per-address bucket and no other test's, and the server sees exactly that
// address: through the dual-stack socket as ::ffff:127.x.y.z, recorded as 127.x.y.z.

/** lib/auth/signin.ts IP_LIMIT.max (that module is server-only, so it is not imported here). */
const IP_LIMIT_MAX = 50;
const loopback = () => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function send(base: URL, from: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: base.port,
        localAddress: from,
        path,
        method: body === undefined ? "GET" : "POST",
        headers: { host: base.host, ...headers },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (text += d));
        res.on("end", () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on("error", fail);
    req.end(body);
  });
}

/** A sign-in client on one source address: NextAuth's CSRF token once, then credential POSTs. */
async function signInFrom(baseURL: string | undefined, from: string) {
  const base = new URL(baseURL!);
  const csrf = await send(base, from, "/api/auth/csrf", {});
  const cookie = [csrf.headers["set-cookie"] ?? []]
    .flat()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  /** Where NextAuth sends the browser: …error=CredentialsSignin (wrong password) or …error=RateLimited. */
  return async (email: string, password: string, forwardedFor?: string) => {
    const res = await send(
      base,
      from,
      "/api/auth/callback/credentials",
      {
        cookie,
        "content-type": "application/x-www-form-urlencoded",
        ...(forwardedFor ? { "x-forwarded-for": forwardedFor, "x-real-ip": forwardedFor } : {}),
      },
      new URLSearchParams({ csrfToken, email, password }).toString(),
    );
    return /error=(\w+)/.exec(String(res.headers.location))?.[1] ?? `status ${res.status}`;
  };
}

const unknownEmail = () => `nobody-${uid()}@example.test`;

test("a failed sign-in is audited with the socket address, not a forged X-Forwarded-For", async ({ baseURL }) => {
  const from = loopback();
  const signIn = await signInFrom(baseURL, from);
  const email = unknownEmail();
  expect(await signIn(email, "wrong-password-1234", "203.0.113.7")).toBe("CredentialsSignin");
  const row = await db.auditLog.findFirstOrThrow({
    where: { action: "SIGNIN_FAILURE", meta: { path: ["email"], equals: email } },
  });
  expect(row.ip).toBe(from);
});

test("a fresh X-Forwarded-For per attempt does not give a fresh per-address limit", async ({ baseURL }) => {
  const from = loopback();
  const signIn = await signInFrom(baseURL, from);
  const answers: string[] = [];
  // A new forged address and a new e-mail each time, so only the per-address limit can stop the attacker.
  for (let i = 1; i <= IP_LIMIT_MAX + 1; i++)
    answers.push(await signIn(unknownEmail(), "wrong-password-1234", `198.51.100.${i % 250}, 203.0.113.${i % 250}`));
  expect(answers.slice(0, IP_LIMIT_MAX)).toEqual(Array(IP_LIMIT_MAX).fill("CredentialsSignin"));
  expect(answers[IP_LIMIT_MAX]).toBe("RateLimited");
  // The limit is the attacker's: another address still gets an ordinary answer.
  expect(await (await signInFrom(baseURL, loopback()))(unknownEmail(), "wrong-password-1234")).toBe(
    "CredentialsSignin",
  );
});

test("failures sent under a victim's forged address do not lock the victim out", async ({ baseURL }) => {
  const victim = loopback();
  const attacker = await signInFrom(baseURL, loopback());
  // The victim's address both as the dual-stack socket spells it and as the audit log writes it: a full
  // limit's worth of failures under each.
  for (const forged of [`::ffff:${victim}`, victim])
    for (let i = 0; i < IP_LIMIT_MAX; i++) await attacker(unknownEmail(), "wrong-password-1234", forged);
  expect(await (await signInFrom(baseURL, victim))(unknownEmail(), "wrong-password-1234")).toBe("CredentialsSignin");
});
