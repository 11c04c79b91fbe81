import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { stopBoss } from "@/lib/jobs/boss";
import { jstDateKey } from "@/lib/budget-calendar/next-step";
import { makeMatch, municipality, notificationsOf } from "@/lib/budget-calendar/test-support";
import { createUser } from "@/tests/fixtures/factories";
import { DEFAULT_STALE_DAYS, getStaleDays } from "./stale";
import { sendStaleDigest } from "./stale-digest";
import { getStaleSettings, saveStaleSettings } from "./stale-settings";

// The digest runs at the real "now" (other files' fresh matches are never stale then); each test
// has its own coordinator so a dedupe key from one test cannot hide another's.
const DAY = 86_400_000;
const HOUR = 3_600_000;
let admin: SessionUser;
let place: { id: string };

beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
  place = await municipality("172031");
});
afterAll(() => stopBoss());

const own = (body: string | null) => body?.split("\n").find((l) => l.startsWith("担当の案件")) ?? null;

describe("sendStaleDigest", () => {
  it("counts a match just past the threshold and not one just inside it; once a day", async () => {
    const c = await createUser({ role: "COORDINATOR" });
    const now = new Date();
    await makeMatch({
      municipalityId: place.id,
      coordinatorId: c.id,
      stage: "MATCHING",
      lastActivityAt: new Date(now.getTime() - 21 * DAY - HOUR),
    });
    await makeMatch({
      municipalityId: place.id,
      coordinatorId: c.id,
      stage: "MATCHING",
      lastActivityAt: new Date(now.getTime() - 21 * DAY + HOUR),
    });
    await makeMatch({
      municipalityId: place.id,
      coordinatorId: c.id,
      stage: "BUDGETED",
      lastActivityAt: new Date(now.getTime() - 400 * DAY),
    });
    await sendStaleDigest(now);
    await sendStaleDigest(new Date(now.getTime() + 1000));
    const rows = await notificationsOf(c.id, "MATCH_STALE");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ url: "/pipeline?stale=1", dedupeKey: `stale:${c.id}:${jstDateKey(now)}` });
    expect(own(rows[0].body)).toBe("担当の案件：1件（マッチング 1件）");
  });

  it("a coordinator with nothing stale hears nothing of their own", async () => {
    const c = await createUser({ role: "COORDINATOR" });
    await makeMatch({
      municipalityId: place.id,
      coordinatorId: c.id,
      stage: "INTEREST",
      lastActivityAt: new Date(Date.now() - 13 * DAY),
    });
    await sendStaleDigest(new Date());
    for (const n of await notificationsOf(c.id, "MATCH_STALE")) expect(own(n.body)).toBeNull();
  });

  it("unassigned stale matches reach every active coordinator", async () => {
    const c = await createUser({ role: "COORDINATOR" });
    await makeMatch({
      municipalityId: place.id,
      coordinatorId: null,
      stage: "MEETING",
      lastActivityAt: new Date(Date.now() - 31 * DAY),
    });
    await sendStaleDigest(new Date());
    const rows = await notificationsOf(c.id, "MATCH_STALE");
    expect(rows).toHaveLength(1);
    expect(rows[0].body).toMatch(/担当者のいない案件：\d+件/);
  });

  it("uses the admin's per-stage setting", async () => {
    // 事業化検討: 45 days by default. 44½ days quiet is not stale, until an admin sets 44.
    const before = await createUser({ role: "COORDINATOR" });
    const quiet = () => new Date(Date.now() - 44 * DAY - 12 * HOUR);
    await makeMatch({
      municipalityId: place.id,
      coordinatorId: before.id,
      stage: "FEASIBILITY",
      lastActivityAt: quiet(),
    });
    await sendStaleDigest(new Date());
    for (const n of await notificationsOf(before.id, "MATCH_STALE")) expect(own(n.body)).toBeNull();

    const after = await createUser({ role: "COORDINATOR" });
    await makeMatch({
      municipalityId: place.id,
      coordinatorId: after.id,
      stage: "FEASIBILITY",
      lastActivityAt: quiet(),
    });
    try {
      await saveStaleSettings(admin, { ...DEFAULT_STALE_DAYS, FEASIBILITY: 44 });
      await sendStaleDigest(new Date());
    } finally {
      await saveStaleSettings(admin, { ...DEFAULT_STALE_DAYS });
    }
    const rows = await notificationsOf(after.id, "MATCH_STALE");
    expect(own(rows[0]?.body ?? null)).toBe("担当の案件：1件（事業化検討 1件）");
  });
});

describe("stale settings", () => {
  it("only admins may read or change them; a default value leaves no row", async () => {
    for (const role of ["COORDINATOR", "MUNICIPAL_STAFF", "COMPANY_MEMBER"] as const) {
      const u = await createUser({ role });
      await expect(saveStaleSettings(u, { ...DEFAULT_STALE_DAYS })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getStaleSettings(u)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(saveStaleSettings(null, { ...DEFAULT_STALE_DAYS })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const rows = await getStaleSettings(admin);
    expect(rows.map((r) => [r.stage, r.defaultDays])).toEqual(Object.entries(DEFAULT_STALE_DAYS));
    expect(await getStaleDays()).toEqual(DEFAULT_STALE_DAYS);
  });

  it("refuses days outside 1..365", async () => {
    await expect(saveStaleSettings(admin, { ...DEFAULT_STALE_DAYS, INTEREST: 0 })).rejects.toThrow();
    await expect(saveStaleSettings(admin, { ...DEFAULT_STALE_DAYS, INTEREST: 366 })).rejects.toThrow();
    await expect(saveStaleSettings(admin, { ...DEFAULT_STALE_DAYS, INTEREST: 1.5 })).rejects.toThrow();
    expect(await getStaleDays()).toEqual(DEFAULT_STALE_DAYS);
  });
});
