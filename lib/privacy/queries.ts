import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { nowPrivateLabel, seeableChallengeIds } from "@/lib/interests/access";
import { readerLocale } from "@/lib/mail/i18n";
import { notificationShown, redactNotifications } from "@/lib/notifications/redact";
import { myAuditRows, myAuditWhere } from "./audit";

/**
 * 個人情報保護法 §33 (開示): everything the service holds about the signed-in user, as plain
 * JSON. Only their own rows: every query is keyed by the caller's id, never by a parameter.
 * Left out on purpose: the password hash and the unsubscribe token (credentials, not data about
 * the person) and other people's messages (theirs to disclose, not ours). A challenge the person may
 * no longer see (made private after their company showed interest) is named nowPrivateLabel, in their
 * language, as on every page: the export is not a way around the state change.
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
        challengeId: true,
        challenge: { select: { id: true, title: true } },
        company: { select: { name: true } },
      },
    }),
    db.message.findMany({
      where: { authorId: id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        body: true,
        createdAt: true,
        thread: { select: { id: true, subject: true, challengeId: true } },
      },
    }),
    db.document.findMany({
      where: { uploaderId: id },
      orderBy: { createdAt: "asc" },
      select: { id: true, fileName: true, mimeType: true, size: true, createdAt: true, threadId: true },
    }),
    db.notification.findMany({
      where: { userId: id },
      orderBy: { createdAt: "asc" },
      select: { ...notificationShown, emailedAt: true },
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
  const peer = await myPeerWriting(id);
  const [seeable, notices, audit] = await Promise.all([
    seeableChallengeIds(me, [...interests.map((i) => i.challengeId), ...messages.map((m) => m.thread.challengeId)]),
    redactNotifications(me, notifications, readerLocale(user.locale)),
    myAuditRows(me, user.createdAt),
  ]);
  const shown = (id: string | null) => !id || seeable.has(id);
  const label = nowPrivateLabel(readerLocale(user.locale));
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
    interestsSent: interests.map(({ challengeId, challenge, ...i }) => ({
      ...i,
      challenge: shown(challengeId) ? challenge : { title: label },
    })),
    messagesWritten: messages.map(({ thread: { challengeId, ...thread }, ...m }) => ({
      ...m,
      // The subject was copied from the challenge's title when the thread opened.
      thread: shown(challengeId) ? thread : { id: thread.id, subject: label },
    })),
    /** Questions between municipalities (自治体間の質問): the ones the person started and their own messages. */
    peerQuestionsAsked: peer.asked,
    peerMessagesWritten: peer.messages,
    documentsUploaded: documents,
    notifications: notices.map(({ challengeId: _c, threadId: _t, ...n }) => n),
    alertPreferences: alerts,
    /** Security log rows about the person (sign-ins and failures with addresses, their actions). */
    auditLog: audit,
  };
}
export type MyDataExport = Awaited<ReturnType<typeof exportMyData>>;

/** For the settings page: how much each part holds, so the user sees what a download contains. */
export async function countMyData(actor: SessionUser | null) {
  const me = assertRole(actor, CAN.useOwnAccount);
  const [challenges, interests, messages, notifications, audit] = await Promise.all([
    db.challenge.count({ where: { authorId: me.id } }),
    db.interest.count({ where: { userId: me.id } }),
    Promise.all([
      db.message.count({ where: { authorId: me.id } }),
      db.peerMessage.count({ where: { authorId: me.id } }),
    ]).then(([thread, peer]) => thread + peer),
    db.notification.count({ where: { userId: me.id } }),
    db.user
      .findUniqueOrThrow({ where: { id: me.id }, select: { createdAt: true } })
      .then((u) => db.auditLog.count({ where: myAuditWhere(me, u.createdAt) })),
  ]);
  return { challenges, interests, messages, notifications, audit };
}

/** The person's own part of questions between municipalities; the other town's messages are theirs to disclose. */
async function myPeerWriting(userId: string) {
  const [asked, messages] = await Promise.all([
    db.peerQuestion.findMany({
      where: { askerId: userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, subject: true, status: true, createdAt: true, case: { select: { id: true, title: true } } },
    }),
    db.peerMessage.findMany({
      where: { authorId: userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, body: true, createdAt: true, question: { select: { id: true, subject: true } } },
    }),
  ]);
  return { asked, messages };
}
