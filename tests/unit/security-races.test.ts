// Decidim-class audit finding (issue 7 §3): counters that drift under concurrency. Twenty
// operations at once, then the counter must be exact. Stored counters (salesOnlyCount) move in the
// same guarded transaction as their flag; the others (interest and unread counts) are computed
// from rows, so the races to check are duplicate rows and a read marker moving backwards.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
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
