import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/tests/fixtures/factories";
import { markAllNotificationsRead, markNotificationRead, saveAlertPreference } from "./mutations";
import { countUnread, listNotifications } from "./queries";
import { ALERT_KINDS, EMAIL_MODES, alertPreferenceSchema, notificationListParams } from "./schema";
import { mostly } from "@/tests/fixtures/property";
import { themeId } from "./test-support";

describe("notification centre", () => {
  it("lists only the user's own rows, newest first; marks one / all as read; others' ids do nothing", async () => {
    const me = await createUser({ role: "COMPANY_MEMBER" });
    const other = await createUser({ role: "COMPANY_MEMBER" });
    const base = Date.now() - 3600_000;
    for (const [i, u] of [me, me, me, other].entries()) {
      await db.notification.create({
        data: {
          userId: u.id,
          type: "DIRECT_INQUIRY",
          title: `n${i}`,
          url: "/dashboard",
          createdAt: new Date(base + i * 1000),
        },
      });
    }
    const list = await listNotifications(me);
    expect(list.items.map((n) => n.title)).toEqual(["n2", "n1", "n0"]);
    expect(await countUnread(me)).toBe(3);
    const theirs = await db.notification.findFirstOrThrow({ where: { userId: other.id } });
    await expect(markNotificationRead(me, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect(await markNotificationRead(me, list.items[0].id)).toEqual({ url: "/dashboard" });
    expect(await countUnread(me)).toBe(2);
    expect(await markAllNotificationsRead(me)).toEqual({ count: 2 });
    expect(await countUnread(me)).toBe(0);
    expect(await countUnread(other)).toBe(1);
    expect(await countUnread(null)).toBe(0);
  });
});

describe("alert preferences", () => {
  it("upserts on first save; staff keep only the e-mail mode", async () => {
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const dx = await themeId("dx");
    await saveAlertPreference(
      company,
      alertPreferenceSchema.parse({
        themeIds: [dx, dx],
        prefectureCodes: ["17"],
        kinds: ["PROGRAM"],
        emailMode: "DAILY_DIGEST",
      }),
    );
    expect(await db.alertPreference.findUniqueOrThrow({ where: { userId: company.id } })).toMatchObject({
      themeIds: [dx],
      prefectureCodes: ["17"],
      kinds: ["PROGRAM"],
      emailMode: "DAILY_DIGEST",
      challengeAlerts: true,
    });
    await saveAlertPreference(company, alertPreferenceSchema.parse({ emailMode: "IMMEDIATE" }));
    expect(await db.alertPreference.findUniqueOrThrow({ where: { userId: company.id } })).toMatchObject({
      themeIds: [],
      emailMode: "IMMEDIATE",
    });
    await expect(
      saveAlertPreference(company, alertPreferenceSchema.parse({ themeIds: ["not-a-theme"], emailMode: "OFF" })),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });

    const staff = await createUser({ role: "MUNICIPAL_STAFF" });
    await saveAlertPreference(
      staff,
      alertPreferenceSchema.parse({ themeIds: [dx], kinds: ["PROGRAM"], emailMode: "OFF" }),
    );
    expect(await db.alertPreference.findUniqueOrThrow({ where: { userId: staff.id } })).toMatchObject({
      themeIds: [],
      kinds: [],
      challengeAlerts: false,
      emailMode: "OFF",
    });
  });

  it("fuzz: the preference schema never throws, and what it accepts is well-formed", () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(fc.string(), { maxLength: 60 }),
    );
    const ids = fc.constantFrom("theme_1", "theme-2", "T3");
    const plausible = fc.record(
      {
        challengeAlerts: mostly(fc.boolean(), anyValue),
        // Repeated ids on purpose: the schema must keep each once.
        themeIds: mostly(
          fc.array(ids, { maxLength: 50 }),
          fc.oneof(fc.array(fc.string({ maxLength: 80 }), { maxLength: 60 }), anyValue),
        ),
        prefectureCodes: mostly(
          fc.array(fc.constantFrom("01", "17", "47"), { maxLength: 47 }),
          fc.oneof(
            fc.array(fc.oneof(fc.constantFrom("01", "17", "47", "48", "00", "1"), fc.string()), { maxLength: 50 }),
            anyValue,
          ),
        ),
        kinds: mostly(
          fc.array(fc.constantFrom(...ALERT_KINDS), { maxLength: ALERT_KINDS.length }),
          fc.oneof(fc.array(fc.constantFrom(...ALERT_KINDS, "PRIVATE_CONSULTATION", "x"), { maxLength: 8 }), anyValue),
        ),
        emailMode: mostly(fc.constantFrom(...EMAIL_MODES), anyValue),
      },
      { requiredKeys: ["emailMode"] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(mostly(plausible, fc.anything(), 3), (raw) => {
        const r = alertPreferenceSchema.safeParse(raw);
        if (!r.success) return;
        accepted++;
        expect(EMAIL_MODES).toContain(r.data.emailMode);
        expect(r.data.kinds).not.toContain("PRIVATE_CONSULTATION");
        for (const p of r.data.prefectureCodes) expect(Number(p)).toBeGreaterThanOrEqual(1);
        for (const p of r.data.prefectureCodes) expect(Number(p)).toBeLessThanOrEqual(47);
        expect(new Set(r.data.themeIds).size).toBe(r.data.themeIds.length);
      }),
      { numRuns: 300 },
    );
    // About a third parse; the all-junk generator this replaced got 7–11 of 1,000 through.
    expect(accepted).toBeGreaterThan(30);
    fc.assert(
      fc.property(fc.anything(), (raw) => void notificationListParams.safeParse(raw)),
      { numRuns: 1000 },
    );
  });
});
