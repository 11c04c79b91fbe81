import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uid } from "@/tests/fixtures/factories";
import { runJob } from "@/lib/jobs/run";

describe("daily prune of rate-limit buckets and expired sign-up forms", () => {
  it("drops buckets older than a day and keeps recent ones", async () => {
    // The real clock: other test files' buckets (created during this run) are recent and must survive.
    const now = new Date();
    const old = `prune-old-${uid()}`;
    const recent = `prune-recent-${uid()}`;
    await db.rateLimitBucket.createMany({
      data: [
        { key: old, windowStart: new Date(now.getTime() - 2 * 86_400_000), count: 5 },
        { key: recent, windowStart: new Date(now.getTime() - 60_000), count: 1 },
      ],
    });
    const result = (await runJob("auth.prune-rate-limits", { at: now.toISOString() })) as { deleted: number };
    expect(result.deleted).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimitBucket.findUnique({ where: { key: old } })).toBeNull();
    expect(await db.rateLimitBucket.findUnique({ where: { key: recent } })).not.toBeNull();
    await db.rateLimitBucket.delete({ where: { key: recent } });
  });

  it("drops sign-up forms whose link has expired, and keeps the ones still waiting", async () => {
    const now = new Date();
    const form = (email: string, expiresAt: Date) => ({
      data: { email, kind: "COMPANY", data: {}, passwordHash: "x", expiresAt },
    });
    const expired = await db.signupRequest.create(form(`expired-${uid()}@example.jp`, new Date(now.getTime() - 1)));
    const waiting = await db.signupRequest.create(
      form(`waiting-${uid()}@example.jp`, new Date(now.getTime() + 3_600_000)),
    );
    const result = (await runJob("auth.prune-rate-limits", { at: now.toISOString() })) as { signupRequests: number };
    expect(result.signupRequests).toBeGreaterThanOrEqual(1);
    expect(await db.signupRequest.findUnique({ where: { id: expired.id } })).toBeNull();
    expect(await db.signupRequest.findUnique({ where: { id: waiting.id } })).not.toBeNull();
    await db.signupRequest.delete({ where: { id: waiting.id } });
  });
});
