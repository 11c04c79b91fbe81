import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createUser, TEST_PASSWORD, uid } from "@/tests/fixtures/factories";
import { ACCOUNT_LIMIT, accountKey, IP_LIMIT, ipKey } from "./signin";
import * as password from "./password";
import { hit } from "./rate-limit";
import { randomIp as ip, signInOutcome as outcome } from "./test-helpers";

const bucket = async (key: string) => (await db.rateLimitBucket.findUnique({ where: { key } }))?.count ?? 0;

describe("sign-in rate limits and lockout", () => {
  it("locks an account after 5 failures, even for the right password, and says the same for an unknown e-mail", async () => {
    const known = await createUser({ role: "COMPANY_MEMBER" });
    const unknown = `nobody-${uid()}@example.test`;
    const seq = async (email: string) => {
      const out = [];
      for (let i = 0; i < ACCOUNT_LIMIT.max; i++) out.push(await outcome(email, "wrong-password-xyz", ip()));
      out.push(await outcome(email, email === known.email ? TEST_PASSWORD : "anything-at-all", ip()));
      return out;
    };
    const a = await seq(known.email);
    const b = await seq(unknown);
    expect(a).toEqual(["failed", "failed", "failed", "failed", "failed", "locked"]);
    // No enumeration: an address nobody owns goes through exactly the same answers.
    expect(b).toEqual(a);
  });

  it("a success clears the account's failures", async () => {
    const u = await createUser({ role: "COMPANY_MEMBER" });
    const from = ip();
    for (let i = 0; i < ACCOUNT_LIMIT.max - 1; i++)
      expect(await outcome(u.email, "wrong-password-xyz", from)).toBe("failed");
    expect(await outcome(u.email, TEST_PASSWORD, from)).toBe("ok");
    for (let i = 0; i < ACCOUNT_LIMIT.max - 1; i++)
      expect(await outcome(u.email, "wrong-password-xyz", from)).toBe("failed");
    expect(await outcome(u.email, TEST_PASSWORD, from)).toBe("ok");
  });

  it("locks an address after many failures across accounts, without touching other addresses", async () => {
    const u = await createUser({ role: "COMPANY_MEMBER" });
    const from = ip();
    for (let i = 0; i < IP_LIMIT.max; i++) await outcome(`spray-${uid()}@example.test`, "wrong-password-xyz", from);
    expect(await outcome(u.email, TEST_PASSWORD, from)).toBe("locked");
    expect(await outcome(u.email, TEST_PASSWORD, ip())).toBe("ok");
  });

  it("successful sign-ins never use up the address: 120 from one address, ten at a time, all succeed", async () => {
    const clerks = await Promise.all(Array.from({ length: 10 }, () => createUser({ role: "MUNICIPAL_STAFF" })));
    const cityHall = ip();
    for (let round = 0; round < 12; round++) {
      const out = await Promise.all(clerks.map((c) => outcome(c.email, TEST_PASSWORD, cityHall)));
      expect(out).toEqual(clerks.map(() => "ok"));
    }
    // Each success gave its place back, so the address still has its whole allowance for failures.
    expect(await bucket(ipKey(cityHall))).toBe(0);
    for (let i = 0; i < IP_LIMIT.max; i++)
      expect(await outcome(`typo-${uid()}@example.test`, "wrong-password-xyz", cityHall)).toBe("failed");
    expect(await outcome(clerks[0].email, TEST_PASSWORD, cityHall)).toBe("locked");
  });

  it("attempts refused by a locked address leave the account's allowance alone, and the reverse", async () => {
    const u = await createUser({ role: "COMPANY_MEMBER" });
    const lockedAddress = ip();
    for (let i = 0; i < IP_LIMIT.max; i++)
      await outcome(`spray-${uid()}@example.test`, "wrong-password-xyz", lockedAddress);
    for (let i = 0; i < 10; i++) expect(await outcome(u.email, "wrong-password-xyz", lockedAddress)).toBe("locked");
    expect(await bucket(accountKey(u.email))).toBe(0);

    // A locked account's refused attempts are no guesses against the address either.
    const office = ip();
    for (let i = 0; i < ACCOUNT_LIMIT.max; i++) await outcome(u.email, "wrong-password-xyz", office);
    for (let i = 0; i < 10; i++) expect(await outcome(u.email, TEST_PASSWORD, office)).toBe("locked");
    expect(await bucket(ipKey(office))).toBe(ACCOUNT_LIMIT.max);
  });

  // The time an attempt takes must not tell a registered address from an unknown one. Sign-in spends that time
  // in one bcrypt comparison, so the proof is that every attempt makes exactly one, against a hash of the same
  // cost (the dummy hash for an unknown address), and a locked attempt makes none. Clocks prove nothing on a
  // busy machine; call counts do.
  it("compares exactly one password hash, of the same cost, whether or not the e-mail exists", async () => {
    const known = await createUser({ role: "COMPANY_MEMBER" });
    const stored = (await db.user.findUniqueOrThrow({ where: { id: known.id } })).passwordHash;
    const dummy = await password.dummyHash();
    const compare = vi.spyOn(password, "verifyPassword");
    const comparedWith = async (email: string, pw: string) => {
      compare.mockClear();
      const result = await outcome(email, pw, ip());
      return { result, hashes: compare.mock.calls.map(([, hash]) => hash) };
    };
    try {
      expect(await comparedWith(known.email, "wrong-password-xyz")).toEqual({ result: "failed", hashes: [stored] });
      expect(await comparedWith(known.email, TEST_PASSWORD)).toEqual({ result: "ok", hashes: [stored] });
      const nobody = `nobody-${uid()}@example.test`;
      expect(await comparedWith(nobody, "wrong-password-xyz")).toEqual({ result: "failed", hashes: [dummy] });
      // bcrypt's cost is the number after the version ("$2b$04$…"): equal costs, equal work.
      expect(dummy.split("$")[2]).toBe(stored.split("$")[2]);

      const deleted = await createUser({ role: "COMPANY_MEMBER" });
      await db.user.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
      expect((await comparedWith(deleted.email, TEST_PASSWORD)).hashes).toHaveLength(1);

      for (let i = 0; i < ACCOUNT_LIMIT.max; i++) await outcome(nobody, "wrong-password-xyz", ip());
      expect(await comparedWith(nobody, "wrong-password-xyz")).toEqual({ result: "locked", hashes: [] });
    } finally {
      compare.mockRestore();
    }
  });

  it("refuses deleted accounts with the ordinary failure; a suspended one says so only to the right password", async () => {
    const s = await createUser({ role: "COMPANY_MEMBER", status: "SUSPENDED" });
    expect(await outcome(s.email, "wrong-password-xyz", ip())).toBe("failed");
    expect(await outcome(s.email, TEST_PASSWORD, ip())).toBe("suspended");
    const d = await createUser({ role: "COMPANY_MEMBER" });
    await db.user.update({ where: { id: d.id }, data: { deletedAt: new Date() } });
    expect(await outcome(d.email, TEST_PASSWORD, ip())).toBe("failed");
  });

  it("writes the audit log: success and failure with the account, failure for nobody with the typed address", async () => {
    const u = await createUser({ role: "COMPANY_MEMBER" });
    const from = ip();
    const nobody = `nobody-${uid()}@example.test`;
    await outcome(u.email, "wrong-password-xyz", from);
    await outcome(u.email, TEST_PASSWORD, from);
    await outcome(nobody, "wrong-password-xyz", from);
    const rows = await db.auditLog.findMany({ where: { ip: from }, orderBy: { at: "asc" } });
    expect(rows.map((r) => [r.action, r.targetId, r.actorId])).toEqual([
      ["SIGNIN_FAILURE", u.id, null],
      ["SIGNIN_SUCCESS", u.id, u.id],
      ["SIGNIN_FAILURE", null, null],
    ]);
    expect(rows[2].meta).toEqual({ email: nobody });
  });
});

describe("rate-limit buckets", () => {
  it("count atomically under concurrency (several app instances hitting one key)", async () => {
    const key = `test:${uid()}`;
    const counts = await Promise.all(Array.from({ length: 25 }, () => hit(key, { max: 100, windowMs: 60_000 })));
    expect(counts.map((c) => c.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it("start a new window once the old one has passed", async () => {
    const key = `test:${uid()}`;
    const limit = { max: 3, windowMs: 60_000 };
    const t0 = new Date("2026-01-01T00:00:00Z");
    await hit(key, limit, t0);
    expect((await hit(key, limit, new Date(t0.getTime() + 30_000))).count).toBe(2);
    expect((await hit(key, limit, new Date(t0.getTime() + 61_000))).count).toBe(1);
  });
});
