// Test helpers for invitations: a desk member, and an invitation with a token the test knows (the mail job mints
// the real one; tests that do not read mail stand in for it here).
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { tokenHashOf } from "@/lib/accounts/signup-limits";
import type { SessionUser } from "@/lib/auth/session";
import { createUser, uid } from "@/tests/fixtures/factories";
import { inviteStaff } from "./invitations";

export const JOIN_PASSWORD = "correct horse battery staple";

/** An active desk member of 加賀市 (or of the municipality `lgCode`). */
export const deskMember = (lgCode?: string) =>
  createUser({ role: "MUNICIPAL_STAFF", isDesk: true, department: "政策推進課", lgCode });

export const freshEmail = () => `invitee-${uid()}@example.lg.jp`;

/** What the mail job does: a new token for the invitation, only its hash stored. */
export async function tokenFor(invitationId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.staffInvitation.update({ where: { id: invitationId }, data: { tokenHash: tokenHashOf(token) } });
  return token;
}

/** The desk invites a fresh address into a new 課; returns the invitation and its link's token. */
export async function invited(desk: SessionUser, opts: { email?: string; department?: string } = {}) {
  const email = opts.email ?? freshEmail();
  const r = await inviteStaff(desk, { email, newDepartment: opts.department ?? `招待テスト課 ${uid()}` });
  if (!r.ok) throw new Error(`invite refused: ${r.reason}`);
  return { id: r.id, email, token: await tokenFor(r.id) };
}
