import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";

/**
 * 個人情報保護法 §33 (開示): everything the service holds about the signed-in user, as plain
 * JSON. Only their own rows: every query is keyed by the caller's id, never by a parameter.
 * Left out on purpose: the password hash and the unsubscribe token (credentials, not data about
 * the person) and other people's messages (theirs to disclose, not ours).
 */
export async function exportMyData(actor: SessionUser | null) {
  const me = assertRole(actor, CAN.useOwnAccount);
  const id = me.id;
  const [user, memberships, challenges, interests, messages, documents, notifications, alerts] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        status: true,
        locale: true,
        signupNote: true,
        reviewedAt: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    db.membership.findMany({
      where: { userId: id },
      select: {
        createdAt: true,
        organization: { select: { id: true, name: true, kind: true } },
        department: { select: { name: true } },
      },
    }),
    db.challenge.findMany({
      where: { authorId: id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        kind: true,
        status: true,
        title: true,
        situation: true,
        tried: true,
        affected: true,
        success: true,
        companyGain: true,
        offers: true,
        offerNote: true,
        budgetStatus: true,
        budgetAmount: true,
        budgetFiscalYear: true,
        periodNote: true,
        publishedAt: true,
        closedAt: true,
        createdAt: true,
        updatedAt: true,
        municipality: { select: { name: true } },
      },
    }),
    db.interest.findMany({
      where: { userId: id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        status: true,
        message: true,
        answers: true,
        createdAt: true,
        withdrawnAt: true,
        challenge: { select: { id: true, title: true } },
        company: { select: { name: true } },
      },
    }),
    db.message.findMany({
      where: { authorId: id },
      orderBy: { createdAt: "asc" },
      select: { id: true, body: true, createdAt: true, thread: { select: { id: true, subject: true } } },
    }),
    db.document.findMany({
      where: { uploaderId: id },
      orderBy: { createdAt: "asc" },
      select: { id: true, fileName: true, mimeType: true, size: true, createdAt: true, threadId: true },
    }),
    db.notification.findMany({
      where: { userId: id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        type: true,
        title: true,
        body: true,
        url: true,
        readAt: true,
        emailedAt: true,
        createdAt: true,
      },
    }),
    db.alertPreference.findUnique({
      where: { userId: id },
      select: {
        themeIds: true,
        prefectureCodes: true,
        kinds: true,
        challengeAlerts: true,
        emailMode: true,
        updatedAt: true,
      },
    }),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    format: "kyoso-hub-personal-data/1",
    profile: user,
    memberships,
    // BigInt (budget) has no JSON form; yen amounts fit in a string exactly.
    challengesAuthored: challenges.map((c) => ({
      ...c,
      budgetAmount: c.budgetAmount === null ? null : c.budgetAmount.toString(),
    })),
    interestsSent: interests,
    messagesWritten: messages,
    documentsUploaded: documents,
    notifications,
    alertPreferences: alerts,
  };
}
export type MyDataExport = Awaited<ReturnType<typeof exportMyData>>;

/** For the settings page: how much each part holds, so the user sees what a download contains. */
export async function countMyData(actor: SessionUser | null) {
  const me = assertRole(actor, CAN.useOwnAccount);
  const [challenges, interests, messages, notifications] = await Promise.all([
    db.challenge.count({ where: { authorId: me.id } }),
    db.interest.count({ where: { userId: me.id } }),
    db.message.count({ where: { authorId: me.id } }),
    db.notification.count({ where: { userId: me.id } }),
  ]);
  return { challenges, interests, messages, notifications };
}
