import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runJob } from "@/lib/jobs/run";
import { uid } from "@/tests/fixtures/factories";
import { AUDIT_RETENTION_DAYS } from "./retention";

const DAY = 86_400_000;

describe("audit log retention (the period the privacy page states)", () => {
  it("the daily job deletes rows older than AUDIT_RETENTION_DAYS and keeps the rest", async () => {
    const now = new Date();
    const mark = `retention-${uid()}`;
    const row = (daysAgo: number) => ({
      action: "SIGNIN_FAILURE" as const,
      ip: "203.0.113.1",
      meta: { email: mark },
      at: new Date(now.getTime() - daysAgo * DAY),
    });
    await db.auditLog.createMany({ data: [row(AUDIT_RETENTION_DAYS + 1), row(AUDIT_RETENTION_DAYS - 1), row(0)] });
    const r = (await runJob("audit.prune", { at: now.toISOString() })) as { deleted: number };
    expect(r.deleted).toBeGreaterThanOrEqual(1);
    const left = await db.auditLog.findMany({
      where: { meta: { path: ["email"], equals: mark } },
      select: { at: true },
    });
    expect(left).toHaveLength(2);
    expect(left.every((l) => now.getTime() - l.at.getTime() < AUDIT_RETENTION_DAYS * DAY)).toBe(true);
  });
});
