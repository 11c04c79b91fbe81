// The desk's invitations and /join against the real database: scoping to the desk's municipality, replacement,
// single use under a burst, expiry and revocation, and the desk (not coordinators) deciding the account.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reset } from "@/lib/auth/rate-limit";
import { reviewStaff } from "@/lib/accounts/mutations";
import { countPendingStaff, listPendingStaff } from "@/lib/accounts/queries";
import { jobsFor } from "@/lib/notifications/test-support";
import { createUser, getMunicipality, uid } from "@/tests/fixtures/factories";
import { inviteStaff, revokeInvitation } from "./invitations";
import { findOpenInvitation, joinByInvitation } from "./invitations-join";
import { sendInvitationMail } from "./invitations-mail";
import { deskMember, freshEmail, invited, JOIN_PASSWORD, tokenFor } from "./invitations-fixtures";

const OTHER = "082368";
const join = (token: string, name = "招待 花子") => joinByInvitation({ token, name, password: JOIN_PASSWORD });

describe("sending an invitation", () => {
  it("creates the 課 typed, an open invitation of the desk's municipality, the mail job and the audit entry", async () => {
    const desk = await deskMember();
    const email = freshEmail();
    const dept = `子育て支援課 ${uid()}`;
    const r = await inviteStaff(desk, { email: email.toUpperCase(), newDepartment: dept });
    expect(r).toMatchObject({ ok: true, replaced: false });
    const inv = await db.staffInvitation.findUniqueOrThrow({
      where: { id: r.ok ? r.id : "" },
      include: { department: true },
    });
    expect(inv).toMatchObject({ municipalityId: desk.organizationId, email, invitedById: desk.id, acceptedAt: null });
    expect(inv.department?.name).toBe(dept);
    expect(inv.expiresAt.getTime() - Date.now()).toBeGreaterThan(13.9 * 24 * 3_600_000);
    expect(await jobsFor("desk.invitation-mail", "invitationId", inv.id)).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "STAFF_INVITED", targetId: inv.id, actorId: desk.id } })).toBe(1);
  });

  it("re-inviting an address replaces its open invitation, also when two sends meet", async () => {
    const desk = await deskMember();
    const email = freshEmail();
    const first = await invited(desk, { email });
    const results = await Promise.all(
      Array.from({ length: 3 }, () => inviteStaff(desk, { email, newDepartment: "政策推進課" })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const open = await db.staffInvitation.findMany({ where: { email, acceptedAt: null, revokedAt: null } });
    expect(open).toHaveLength(1);
    expect(await join(first.token)).toEqual({ ok: false, reason: "invalid_link" });
  });

  it("tells the desk, and makes nothing, when the address already has an account", async () => {
    const desk = await deskMember();
    const someone = await createUser({ role: "COMPANY_MEMBER" });
    expect(await inviteStaff(desk, { email: someone.email, newDepartment: "政策推進課" })).toEqual({
      ok: false,
      reason: "already_registered",
    });
    expect(await db.staffInvitation.count({ where: { email: someone.email } })).toBe(0);
  });

  it("asking about a registered address uses up the limits too, so the desk cannot probe addresses for free", async () => {
    const desk = await deskMember();
    const someone = await createUser({ role: "COMPANY_MEMBER" });
    await reset(`desk:invite:${desk.id}`);
    for (let i = 0; i < 5; i++)
      expect(await inviteStaff(desk, { email: someone.email, newDepartment: "政策推進課" })).toMatchObject({
        reason: "already_registered",
      });
    expect(await inviteStaff(desk, { email: someone.email, newDepartment: "政策推進課" })).toMatchObject({
      reason: "throttled",
    });
  });

  it("is refused to staff who are not on the desk, and scoped to the desk's own municipality", async () => {
    const desk = await deskMember();
    const clerk = await createUser({ role: "MUNICIPAL_STAFF", department: "政策推進課" });
    await expect(inviteStaff(clerk, { email: freshEmail(), newDepartment: "x課" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const otherDesk = await deskMember(OTHER);
    const otherDept = await db.department.create({
      data: { organizationId: otherDesk.organizationId!, name: `他市の課 ${uid()}` },
    });
    await expect(inviteStaff(desk, { email: freshEmail(), departmentId: otherDept.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const otherCall = await db.themeCall.create({
      data: { municipalityId: otherDesk.organizationId!, title: "他市の募集", deadline: new Date("2027-03-01") },
    });
    await expect(
      inviteStaff(desk, { email: freshEmail(), newDepartment: "x課", callId: otherCall.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const mine = await invited(desk);
    await expect(revokeInvitation(otherDesk, { id: mine.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is rate-limited per address (5 an hour); refusals give their place back", async () => {
    const desk = await deskMember();
    const email = freshEmail();
    await reset(`desk:invite:${desk.id}`);
    for (let i = 0; i < 5; i++) expect((await inviteStaff(desk, { email, newDepartment: "政策推進課" })).ok).toBe(true);
    expect(await inviteStaff(desk, { email, newDepartment: "政策推進課" })).toMatchObject({
      ok: false,
      reason: "throttled",
    });
  });
});

describe("joining by the link", () => {
  it("shows the invitation, then makes one PENDING clerk in its municipality and 課, and tells the desk", async () => {
    const desk = await deskMember();
    const inv = await invited(desk, { department: `道路課 ${uid()}` });
    expect(await findOpenInvitation(inv.token)).toMatchObject({ email: inv.email, municipality: "加賀市" });
    const r = await join(inv.token);
    expect(r.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({
      where: { email: inv.email },
      include: { memberships: { include: { department: true } }, invitation: true },
    });
    expect(user).toMatchObject({ role: "MUNICIPAL_STAFF", status: "PENDING", name: "招待 花子" });
    expect(user.memberships[0].organizationId).toBe(desk.organizationId);
    expect(user.memberships[0].department?.name).toMatch(/^道路課/);
    expect(user.invitation?.id).toBe(inv.id);
    expect(await db.notification.count({ where: { userId: desk.id, type: "STAFF_JOIN_REQUESTED" } })).toBe(1);
    expect(await findOpenInvitation(inv.token)).toBeNull();
  });

  it("a replayed link, an expired one and a revoked one make no account", async () => {
    const desk = await deskMember();
    const used = await invited(desk);
    expect((await join(used.token)).ok).toBe(true);
    expect(await join(used.token)).toEqual({ ok: false, reason: "invalid_link" });

    const expired = await invited(desk);
    await db.staffInvitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await join(expired.token)).toEqual({ ok: false, reason: "invalid_link" });

    const revoked = await invited(desk);
    await revokeInvitation(desk, { id: revoked.id });
    expect(await join(revoked.token)).toEqual({ ok: false, reason: "invalid_link" });
    await expect(revokeInvitation(desk, { id: revoked.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.auditLog.count({ where: { action: "INVITATION_REVOKED", targetId: revoked.id } })).toBe(1);
    expect(await db.user.count({ where: { email: { in: [expired.email, revoked.email] } } })).toBe(0);
    // The mail job sends nothing for a revoked invitation (and mints no link).
    expect(await sendInvitationMail({ invitationId: revoked.id })).toEqual({ sent: false });
  });

  it("25 submits of one link at once make exactly one account", async () => {
    const desk = await deskMember();
    const inv = await invited(desk);
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => join(inv.token, `同時 ${i}`)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === "invalid_link")).toBe(true);
    expect(await db.user.count({ where: { email: inv.email } })).toBe(1);
  });

  it("a revocation and a join racing: exactly one wins", async () => {
    const desk = await deskMember();
    for (let i = 0; i < 5; i++) {
      const inv = await invited(desk);
      const [joined, revoked] = await Promise.allSettled([join(inv.token), revokeInvitation(desk, { id: inv.id })]);
      const madeAccount = joined.status === "fulfilled" && joined.value.ok;
      expect(madeAccount).toBe(revoked.status === "rejected");
      expect(await db.user.count({ where: { email: inv.email } })).toBe(madeAccount ? 1 : 0);
    }
  });

  it("refuses a weak password on its field and keeps the link usable", async () => {
    const desk = await deskMember();
    const inv = await invited(desk);
    const r = await joinByInvitation({ token: inv.token, name: "弱い 例", password: "password12345678" });
    expect(r).toMatchObject({ ok: false, reason: "fields" });
    expect((await join(inv.token)).ok).toBe(true);
  });
});

describe("deciding an invited account", () => {
  it("the desk approves; coordinators neither list nor decide it; another municipality's desk cannot", async () => {
    const desk = await deskMember();
    const otherDesk = await deskMember(OTHER);
    const coordinator = await createUser({ role: "COORDINATOR" });
    const inv = await invited(desk);
    const r = await join(inv.token);
    const userId = r.ok ? r.userId : "";
    expect((await listPendingStaff(coordinator, 10_000)).map((u) => u.id)).not.toContain(userId);
    const before = await countPendingStaff(coordinator);
    await expect(reviewStaff(coordinator, { userId, decision: "APPROVE" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(reviewStaff(otherDesk, { userId, decision: "APPROVE" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const clerk = await createUser({ role: "MUNICIPAL_STAFF" });
    await expect(reviewStaff(clerk, { userId, decision: "APPROVE" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await reviewStaff(desk, { userId, decision: "APPROVE" })).toEqual({ userId, status: "ACTIVE" });
    expect(await db.notification.count({ where: { userId, type: "ACCOUNT_APPROVED" } })).toBe(1);
    expect(await jobsFor("account.review-mail", "userId", userId)).toHaveLength(1);
    await expect(reviewStaff(desk, { userId, decision: "REJECT" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await countPendingStaff(coordinator)).toBeLessThanOrEqual(before);
  });

  it("coordinators still decide ordinary sign-ups, which the desk cannot", async () => {
    const desk = await deskMember();
    const applicant = await createUser({ role: "MUNICIPAL_STAFF", status: "PENDING" });
    await expect(reviewStaff(desk, { userId: applicant.id, decision: "APPROVE" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const coordinator = await createUser({ role: "COORDINATOR" });
    expect((await listPendingStaff(coordinator, 10_000)).map((u) => u.id)).toContain(applicant.id);
    expect(await reviewStaff(coordinator, { userId: applicant.id, decision: "APPROVE" })).toMatchObject({
      status: "ACTIVE",
    });
  });
});

describe("the link token", () => {
  it("is stored only as a hash, and a fresh one replaces the old", async () => {
    const desk = await deskMember();
    const inv = await invited(desk);
    const row = await db.staffInvitation.findUniqueOrThrow({ where: { id: inv.id } });
    expect(row.tokenHash).not.toContain(inv.token);
    const next = await tokenFor(inv.id);
    expect(await findOpenInvitation(inv.token)).toBeNull();
    expect(await findOpenInvitation(next)).not.toBeNull();
    expect(await findOpenInvitation("short")).toBeNull();
    expect((await getMunicipality()).id).toBe(desk.organizationId);
  });
});
