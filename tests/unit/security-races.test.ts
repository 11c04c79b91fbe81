// Decidim-class audit finding (issue 7 §3): counters that drift under concurrency. Twenty
// operations at once, then the counter must be exact. Stored counters (salesOnlyCount) move in the
// same guarded transaction as their flag; the others (interest and unread counts) are computed
// from rows, so the races to check are duplicate rows and a read marker moving backwards.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import * as password from "@/lib/auth/password";
import { ACCOUNT_LIMIT, IP_LIMIT } from "@/lib/auth/signin";
import { randomIp, signInOutcome, type Outcome } from "@/lib/auth/test-helpers";
import { createChallenge } from "@/lib/interests/test-helpers";
import { createUser, TEST_PASSWORD, uid } from "@/tests/fixtures/factories";
import { setSalesOnly } from "@/lib/interests/decisions";
import { expressInterest } from "@/lib/interests/mutations";
import { quickCompanyMember } from "@/lib/interests/test-helpers";
import { markThreadRead, postMessage } from "@/lib/threads/mutations";
import { postMessageSchema } from "@/lib/threads/schema";
import { countUnreadMessages, unreadByThread } from "@/lib/threads/unread";
import type { World } from "./authz/types";
import { challengeOf, createWorld, threadOf } from "./authz/world";

const N = 20;
let w: World;
beforeAll(async () => {
  w = await createWorld();
});

const salesOnlyCount = async (orgId: string) =>
  (await db.companyProfile.findUniqueOrThrow({ where: { organizationId: orgId } })).salesOnlyCount;

describe("counters under 20 concurrent operations", () => {
  it("salesOnlyCount: 20 interests marked at once count 20; unmarked at once count 0", async () => {
    const org = w.u("companyOwn").organizationId!;
    const ids: string[] = [];
    for (let i = 0; i < N; i++) {
      const c = await challengeOf(w);
      ids.push(
        (
          await db.interest.create({
            data: { challengeId: c.id, companyId: org, userId: w.u("companyOwn").id, answers: [] },
          })
        ).id,
      );
    }
    const start = await salesOnlyCount(org);
    await Promise.all(ids.map((id) => setSalesOnly(w.u("staffOwn"), { id, salesOnly: true })));
    expect(await salesOnlyCount(org)).toBe(start + N);
    await Promise.all(ids.map((id) => setSalesOnly(w.u("staffOwn"), { id, salesOnly: false })));
    expect(await salesOnlyCount(org)).toBe(start);
  });

  it("salesOnlyCount: the same interest marked 20 times at once counts once", async () => {
    const org = w.u("companyOwn").organizationId!;
    const c = await challengeOf(w);
    const { id } = await db.interest.create({
      data: { challengeId: c.id, companyId: org, userId: w.u("companyOwn").id, answers: [] },
    });
    const start = await salesOnlyCount(org);
    const results = await Promise.allSettled(
      Array.from({ length: N }, () => setSalesOnly(w.u("staffOwn"), { id, salesOnly: true })),
    );
    // Losers may see a serialization failure (retried by the user) but never count twice.
    expect(results.filter((r) => r.status === "fulfilled" && r.value.changed).length).toBe(1);
    expect(await salesOnlyCount(org)).toBe(start + 1);
  });

  it("interest count: 20 companies at once make 20 interests; one company 20 times makes 1", async () => {
    const c = await challengeOf(w);
    const companies = await Promise.all(Array.from({ length: N }, () => quickCompanyMember()));
    const many = await Promise.allSettled(companies.map((u) => expressInterest(u, { challengeId: c.id, answers: [] })));
    expect(many.filter((r) => r.status === "fulfilled" && r.value.ok).length).toBe(N);
    expect(await db.interest.count({ where: { challengeId: c.id } })).toBe(N);

    const c2 = await challengeOf(w);
    const one = companies[0];
    await Promise.allSettled(
      Array.from({ length: N }, () => expressInterest(one, { challengeId: c2.id, answers: [] }, { dailyLimit: 1000 })),
    );
    expect(await db.interest.count({ where: { challengeId: c2.id } })).toBe(1);
  });

  it("unread count: 20 messages posted at once are 20 unread for the other side", async () => {
    const t = await threadOf(w);
    const staffBefore = await countUnreadMessages(w.u("staffOwn"));
    const rs = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        postMessage(w.u("companyOwn"), postMessageSchema.parse({ threadId: t.id, body: `同時送信 ${i}`, files: [] })),
      ),
    );
    expect(rs.every((r) => r.ok)).toBe(true);
    expect((await unreadByThread(w.u("staffOwn"), [t.id])).get(t.id)).toBe(N);
    expect((await countUnreadMessages(w.u("staffOwn"))) - staffBefore).toBeGreaterThanOrEqual(N);
    expect((await unreadByThread(w.u("companyOwn"), [t.id])).get(t.id) ?? 0).toBe(0);
  });

  it("the read marker only moves forward when 20 tabs mark the thread read at once", async () => {
    const t = await threadOf(w);
    for (let i = 0; i < 3; i++)
      await postMessage(
        w.u("companyOwn"),
        postMessageSchema.parse({ threadId: t.id, body: `既読テスト ${i}`, files: [] }),
      );
    const latest = (await db.message.findFirstOrThrow({ where: { threadId: t.id }, orderBy: { createdAt: "desc" } }))
      .createdAt;
    const stamps = Array.from({ length: N }, (_, i) => new Date(latest.getTime() - (N - 1 - i) * 60_000));
    // Shuffled so the newest does not simply arrive last.
    stamps.sort(() => Math.random() - 0.5);
    await Promise.allSettled(stamps.map((s) => markThreadRead(w.u("staffOwn"), t.id, s)));
    const r = await db.threadRead.findUniqueOrThrow({
      where: { threadId_userId: { threadId: t.id, userId: w.u("staffOwn").id } },
    });
    expect(r.lastReadAt.getTime()).toBe(latest.getTime());
    expect((await unreadByThread(w.u("staffOwn"), [t.id])).get(t.id) ?? 0).toBe(0);
  });
});

// Issue 15 F1 and class 1: every limit checks and counts in one statement (or under a lock), so a
// parallel burst gets at most the limit's worth of work done. Each test holds the work back until
// every attempt of the burst has counted, the worst case for a limit that reads first and counts
// after. The same bursts go through real HTTP in tests/e2e/races.spec.ts.
describe("limits under a parallel burst", () => {
  type Attempt = { email: string; password: string; ip: string };

  /**
   * Sends the attempts at once. Every password comparison waits until each attempt has either
   * reached its comparison or been refused, so all of them have counted before any finishes.
   */
  async function signInBurst(attempts: Attempt[]) {
    const compare = password.verifyPassword;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let settledOrComparing = 0;
    const arrived = () => {
      if (++settledOrComparing === attempts.length) open();
    };
    const spy = vi.spyOn(password, "verifyPassword").mockImplementation(async (pw, hash) => {
      arrived();
      await gate;
      return compare(pw, hash);
    });
    try {
      const outcomes = await Promise.all(
        attempts.map((a) =>
          signInOutcome(a.email, a.password, a.ip).then((o: Outcome) => {
            if (o === "locked") arrived();
            return o;
          }),
        ),
      );
      return { outcomes, compared: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  }

  it("sign-in per account: 24 wrong passwords and the right one at once compare at most 5", async () => {
    const u = await createUser({ role: "COMPANY_MEMBER" });
    const attempts = Array.from({ length: 25 }, (_, i) => ({
      email: u.email,
      password: i === 12 ? TEST_PASSWORD : `wrong-password-${i}`,
      ip: randomIp(),
    }));
    const { outcomes, compared } = await signInBurst(attempts);
    expect(compared).toBe(ACCOUNT_LIMIT.max);
    expect(outcomes.filter((o) => o !== "locked")).toHaveLength(ACCOUNT_LIMIT.max);
    // The right password signs in only when it was one of the compared ones, never as a wrong one.
    expect(["ok", "locked"]).toContain(outcomes[12]);
    expect(outcomes.filter((o) => o === "ok").length).toBeLessThanOrEqual(1);
    const failures = await db.auditLog.count({ where: { action: "SIGNIN_FAILURE", targetId: u.id } });
    expect(failures).toBe(outcomes.filter((o) => o === "failed").length);
  });

  it("sign-in per address: 60 e-mails from one address at once compare at most 50", async () => {
    const from = randomIp();
    const attempts = Array.from({ length: IP_LIMIT.max + 10 }, () => ({
      email: `spray-${uid()}@example.test`,
      password: "wrong-password-xyz",
      ip: from,
    }));
    const { outcomes, compared } = await signInBurst(attempts);
    expect(compared).toBe(IP_LIMIT.max);
    expect(outcomes.filter((o) => o === "failed")).toHaveLength(IP_LIMIT.max);
    expect(outcomes.filter((o) => o === "locked")).toHaveLength(10);
  });

  it("interests per day: 25 at once across 25 challenges create exactly the daily limit", async () => {
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const challenges = await Promise.all(Array.from({ length: 25 }, () => createChallenge(w.u("staffOwn"))));
    const limit = 10;
    const results = await Promise.all(
      challenges.map((c) => expressInterest(company, { challengeId: c.id, answers: [] }, { dailyLimit: limit })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(limit);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(25 - limit);
    expect(await db.interest.count({ where: { companyId: company.organizationId! } })).toBe(limit);
  });
});
