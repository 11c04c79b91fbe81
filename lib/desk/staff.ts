import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { reviewableStaffWhere } from "@/lib/accounts/reviewers";
import { assertDesk } from "./access";
import { openInvitationWhere } from "./invitations";

// What /desk/staff reads, each scoped by the desk's municipality (or, for accounts to decide, by
// lib/accounts/reviewers.ts, the same rule the decision uses).

export type Colleague = { id: string; name: string; email: string; department: string | null; isDesk: boolean };

/** Active clerks of the desk's municipality, desk members first. */
export async function listColleagues(actor: SessionUser | null): Promise<Colleague[]> {
  const desk = assertDesk(actor);
  const rows = await db.membership.findMany({
    where: {
      organizationId: desk.organizationId,
      user: { role: "MUNICIPAL_STAFF", status: "ACTIVE", deletedAt: null },
    },
    orderBy: [{ isDesk: "desc" }, { user: { name: "asc" } }, { id: "asc" }],
    take: 500,
    select: {
      isDesk: true,
      department: { select: { name: true } },
      user: { select: { id: true, name: true, email: true } },
    },
  });
  return rows.map((m) => ({ ...m.user, department: m.department?.name ?? null, isDesk: m.isDesk }));
}

export type InvitedPending = {
  id: string;
  name: string;
  email: string;
  department: string | null;
  callTitle: string | null;
  createdAt: Date;
};

/** Accounts made from this desk's invitations, waiting for its decision; oldest first. */
export async function listInvitedPending(actor: SessionUser | null): Promise<InvitedPending[]> {
  const desk = assertDesk(actor);
  const users = await db.user.findMany({
    where: { AND: [{ status: "PENDING", role: "MUNICIPAL_STAFF", deletedAt: null }, reviewableStaffWhere(desk)] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      email: true,
      createdAt: true,
      memberships: { take: 1, select: { department: { select: { name: true } } } },
      invitation: { select: { call: { select: { title: true } } } },
    },
  });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    department: u.memberships[0]?.department?.name ?? null,
    callTitle: u.invitation?.call?.title ?? null,
    createdAt: u.createdAt,
  }));
}

export type OpenInvitationRow = {
  id: string;
  email: string;
  department: string | null;
  callTitle: string | null;
  invitedBy: string | null;
  expiresAt: Date;
  expired: boolean;
};

/** Invitations nobody has used or revoked yet (expired ones too, so the desk sees whom to invite again). */
export async function listOpenInvitations(actor: SessionUser | null, now = new Date()): Promise<OpenInvitationRow[]> {
  const desk = assertDesk(actor);
  const rows = await db.staffInvitation.findMany({
    where: openInvitationWhere(desk.organizationId),
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      email: true,
      expiresAt: true,
      department: { select: { name: true } },
      call: { select: { title: true } },
      invitedBy: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    department: r.department?.name ?? null,
    callTitle: r.call?.title ?? null,
    invitedBy: r.invitedBy?.name ?? null,
    expiresAt: r.expiresAt,
    expired: r.expiresAt <= now,
  }));
}

/** The invite form's choices: the municipality's 課 and its open theme calls. */
export async function getInviteOptions(actor: SessionUser | null) {
  const desk = assertDesk(actor);
  const [departments, calls] = await Promise.all([
    db.department.findMany({
      where: { organizationId: desk.organizationId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.themeCall.findMany({
      where: { municipalityId: desk.organizationId, status: "OPEN" },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      take: 100,
      select: { id: true, title: true },
    }),
  ]);
  return { departments, calls };
}
