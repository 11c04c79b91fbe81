// The desk's rows of the state-change matrix (docs/reliability/state-changes.md): an invitation or a desk flag
// exists, then it changes, and what each side may see and do is read again as the next request would see it
// (viewerNow reads the person from the database, as getCurrentUser does on every request).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setDeskFlag, suspendUser } from "@/lib/admin/mutations";
import { reviewStaff } from "@/lib/accounts/mutations";
import { isDeskUser } from "@/lib/desk/access";
import { getDeskCounts } from "@/lib/desk/hub";
import { inviteStaff, revokeInvitation } from "@/lib/desk/invitations";
import { deskMember, freshEmail, invited, JOIN_PASSWORD } from "@/lib/desk/invitations-fixtures";
import { findOpenInvitation, joinByInvitation } from "@/lib/desk/invitations-join";
import { listInvitedPending, listOpenInvitations } from "@/lib/desk/staff";
import { setDeskFlagByDesk } from "@/lib/desk/staff-flag";
import { createUser } from "@/tests/fixtures/factories";
import { viewerNow } from "./scene";

const OSAKA = "271004";

describe("the desk after a state change", () => {
  it("an invitation revoked before the colleague joins: the link shows and makes nothing, the lists drop it", async () => {
    const desk = await deskMember();
    const inv = await invited(desk);
    expect(await findOpenInvitation(inv.token)).not.toBeNull();
    expect((await listOpenInvitations(desk)).map((i) => i.id)).toContain(inv.id);
    await revokeInvitation(desk, { id: inv.id });
    expect(await findOpenInvitation(inv.token)).toBeNull();
    expect(await joinByInvitation({ token: inv.token, name: "取消 後", password: JOIN_PASSWORD })).toEqual({
      ok: false,
      reason: "invalid_link",
    });
    expect((await listOpenInvitations(desk)).map((i) => i.id)).not.toContain(inv.id);
    expect((await listInvitedPending(desk)).map((p) => p.email)).not.toContain(inv.email);
    expect(await db.user.count({ where: { email: inv.email } })).toBe(0);
  });

  it("a desk member whose flag another desk member removes loses the desk at its next request", async () => {
    const desk = await deskMember(OSAKA);
    const other = await deskMember(OSAKA);
    const inv = await invited(other);
    const joined = await joinByInvitation({ token: inv.token, name: "大阪 花子", password: JOIN_PASSWORD });
    const userId = joined.ok ? joined.userId : "";
    expect((await listInvitedPending(await viewerNow(desk))).map((p) => p.id)).toContain(userId);
    await setDeskFlagByDesk(other, { userId: desk.id, isDesk: false });
    const now = await viewerNow(desk);
    expect(isDeskUser(now)).toBe(false);
    await expect(getDeskCounts(now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listInvitedPending(now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reviewStaff(now, { userId, decision: "APPROVE" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inviteStaff(now, { email: freshEmail(), newDepartment: "x課" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // The colleague is still waiting, for the desk member who is left.
    expect((await listInvitedPending(other)).map((p) => p.id)).toContain(userId);
  });

  it("an admin clearing the flag, or suspending the desk member, ends the desk's access as well", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const cleared = await deskMember(OSAKA);
    await setDeskFlag(admin, { userId: cleared.id, isDesk: false });
    await expect(getDeskCounts(await viewerNow(cleared))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const suspended = await deskMember(OSAKA);
    await suspendUser(admin, { userId: suspended.id });
    expect(await viewerNow(suspended)).toBeNull();
    await expect(getDeskCounts(await viewerNow(suspended))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
