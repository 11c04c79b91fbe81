// State changes of the desk's target times (issue 17), re-checked after the relationship exists
// (docs/reliability/state-changes.md): a public log switched off stops answering at once, and a colleague who
// leaves the desk — or whose account is suspended — hears of no more overdue proposals, in the centre or by mail.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { addBusinessDays } from "@/lib/desk/due";
import { overdueDigestFor } from "@/lib/desk/overdue-digest";
import { sendOverdueNotices } from "@/lib/desk/overdue";
import { jst, proposalIn, proposingCompany } from "@/lib/desk/overdue-fixtures";
import { getPublicLog } from "@/lib/desk/public-log";
import { saveDeskSettings } from "@/lib/desk/settings";
import { createUser, getMunicipality } from "@/tests/fixtures/factories";

// 網走市 (012114): no other test file writes proposals or settings there.
const LG = "012114";
let stays: SessionUser;
let leaves: SessionUser;
let suspended: SessionUser;
let company: SessionUser;
let town: string;

const overdueNotices = (u: SessionUser) => db.notification.count({ where: { userId: u.id, type: "PROPOSAL_OVERDUE" } });

beforeAll(async () => {
  stays = await createUser({ role: "MUNICIPAL_STAFF", lgCode: LG, isDesk: true });
  leaves = await createUser({ role: "MUNICIPAL_STAFF", lgCode: LG, isDesk: true });
  suspended = await createUser({ role: "MUNICIPAL_STAFF", lgCode: LG, isDesk: true });
  company = await proposingCompany();
  town = (await getMunicipality(LG)).id;
  for (const u of [stays, leaves, suspended])
    await db.alertPreference.create({ data: { userId: u.id, challengeAlerts: false, emailMode: "DAILY_DIGEST" } });
});

describe("state changes of the desk's target times", () => {
  it("public log turned off: the page's read answers nothing on the next request", async () => {
    // Adopted: the settings' recompute gives it no target time, so the next test's counts are its own.
    await proposalIn(town, company.organizationId!, { status: "ADOPTED" });
    await saveDeskSettings(stays, { firstAnswerDays: 10, stepDays: 20, publicLog: true });
    expect(await getPublicLog(LG)).not.toBeNull();
    await saveDeskSettings(stays, { firstAnswerDays: 10, stepDays: 20, publicLog: false });
    expect(await getPublicLog(LG)).toBeNull();
  });

  it("a member removed from the desk, or suspended, gets no more overdue notices or digest lists", async () => {
    const first = jst("2027-09-01T10:00:00");
    const a = await proposalIn(town, company.organizationId!, {
      statusChangedAt: first,
      dueAt: addBusinessDays(first, 1),
    });
    await sendOverdueNotices(jst("2027-09-06T07:30:00"));
    for (const u of [stays, leaves, suspended]) expect(await overdueNotices(u)).toBe(1);

    await db.membership.updateMany({ where: { userId: leaves.id }, data: { isDesk: false } });
    await db.user.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    const b = await proposalIn(town, company.organizationId!, {
      statusChangedAt: first,
      dueAt: addBusinessDays(first, 2),
    });
    await sendOverdueNotices(jst("2027-09-07T07:30:00"));
    expect(await overdueNotices(stays)).toBe(2);
    expect(await overdueNotices(leaves)).toBe(1);
    expect(await overdueNotices(suspended)).toBe(1);

    const at = jst("2027-09-08T08:00:00");
    expect((await overdueDigestFor(stays.id, at))?.section.text).toContain(`/proposals/${b.id}`);
    expect((await overdueDigestFor(stays.id, at))?.section.text).toContain(`/proposals/${a.id}`);
    expect(await overdueDigestFor(leaves.id, at)).toBeNull();
    expect(await overdueDigestFor(suspended.id, at)).toBeNull();
  });
});
