// The relationships every row of the state-change matrix starts from, built through the real
// mutations: a public 加賀市 challenge that company A showed interest in and was accepted for
// (thread, match, messages, notifications), company B's pending interest, company C with only an
// alert, and a private consultation P that company D was introduced to (summary approved).
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { publishChallenge } from "@/lib/challenges/mutations";
import { challengePublishSchema } from "@/lib/challenges/schema";
import { acceptInterest } from "@/lib/interests/decisions";
import { approveIntroSummary, introduceCompany } from "@/lib/interests/introductions";
import { expressInterest } from "@/lib/interests/mutations";
import { notify } from "@/lib/notifications/outbox";
import { viewerById } from "@/lib/notifications/redact";
import { postMessage } from "@/lib/threads/mutations";
import { createUser, uid } from "@/tests/fixtures/factories";

export const ROLES = [
  "interested", // company A, interest accepted: thread, match
  "colleague", // another member of company A (daily digest)
  "pending", // company B, interest pending
  "stranger", // company C: an alert about the challenge, nothing else
  "introduced", // company D: introduced to the private consultation P, summary approved
  "anonymous",
  "staff", // 加賀市, the author
  "successor", // 加賀市, another 課: takes the author's work over in the handover row
  "coordinator",
] as const;
export type Role = (typeof ROLES)[number];

export type Scene = {
  users: Record<Role, SessionUser | null>;
  /** A word only this scene's texts contain, for search. */
  word: string;
  challengeId: string;
  privateId: string;
  companyA: string;
  interestA: string;
  interestB: string;
  interestD: string;
  threadA: string;
  matchA: string;
  /** Strings that one state change or another must hide; see TOKENS in changes.ts. */
  text: {
    OLD: string;
    SECRET: string;
    NEW: string;
    NEW_SECRET: string;
    MSG: string;
    P_TITLE: string;
    P_SECRET: string;
    SUMMARY: string;
    PERSON: string;
    EMAIL: string;
  };
};

const publishInput = (title: string, situation: string, kind = "CONSULTATION") =>
  challengePublishSchema.parse({ kind, title, situation, themeSlugs: ["dx"] });

export async function buildScene(): Promise<Scene> {
  const id = uid();
  const word = `状態変化${id}`;
  const text = {
    OLD: `${word} 旧題 駅前広場の活用`,
    SECRET: `${word} 旧本文 議会前の検討内容`,
    NEW: `${word} 新題 庁舎跡地の売却方針`,
    NEW_SECRET: `${word} 新本文 非公開の事情`,
    MSG: `${word} 面談の候補日をお送りします`,
    P_TITLE: `${word} 非公開の相談 公有地`,
    P_SECRET: `${word} 非公開の本文`,
    SUMMARY: `${word} 公有地の活用について相談したい自治体があります`,
    PERSON: "",
    EMAIL: "",
  };
  const staff = await createUser({ role: "MUNICIPAL_STAFF", department: `状態変化課${id}` });
  const successor = await createUser({ role: "MUNICIPAL_STAFF", department: `後任課${id}` });
  const coordinator = await createUser({ role: "COORDINATOR" });
  const interested = await createUser({ role: "COMPANY_MEMBER", orgName: `状態変化A社 ${id}` });
  const colleague = await createUser({ role: "COMPANY_MEMBER" });
  await db.membership.updateMany({
    where: { userId: colleague.id },
    data: { organizationId: interested.organizationId! },
  });
  const pending = await createUser({ role: "COMPANY_MEMBER" });
  const stranger = await createUser({ role: "COMPANY_MEMBER" });
  const introduced = await createUser({ role: "COMPANY_MEMBER" });
  const users: Scene["users"] = {
    interested,
    colleague: {
      ...colleague,
      organizationId: interested.organizationId,
      organizationName: interested.organizationName,
    },
    pending,
    stranger,
    introduced,
    anonymous: null,
    staff,
    successor,
    coordinator,
  };
  await db.alertPreference.create({ data: { userId: colleague.id, emailMode: "DAILY_DIGEST" } });

  const { id: challengeId } = await publishChallenge(staff, publishInput(text.OLD, text.SECRET));
  const a = await expressInterest(interested, { challengeId, answers: [] });
  const b = await expressInterest(pending, { challengeId, answers: [] });
  if (!a.ok || !b.ok) throw new Error("interest refused");
  const { threadId } = await acceptInterest(staff, a.id);
  const posted = await postMessage(staff, { threadId, body: text.MSG, files: [] });
  if (!posted.ok) throw new Error("message refused");
  await postMessage(interested, { threadId, body: `${word} ありがとうございます`, files: [] });
  // The new-challenge alert, as the fan-out job writes it.
  await db.$transaction((tx) =>
    notify(
      tx,
      [pending, stranger].map((u) => ({
        userId: u.id,
        type: "CHALLENGE_MATCH" as const,
        title: text.OLD,
        body: text.SECRET,
        url: `/challenges/${challengeId}`,
        challengeId,
      })),
    ),
  );
  const match = await db.match.findUniqueOrThrow({ where: { threadId }, select: { id: true } });

  const { id: privateId } = await publishChallenge(
    staff,
    publishInput(text.P_TITLE, text.P_SECRET, "PRIVATE_CONSULTATION"),
  );
  const intro = await introduceCompany(coordinator, {
    challengeId: privateId,
    companyId: introduced.organizationId!,
    summary: text.SUMMARY,
  });
  if (!intro.ok) throw new Error("introduction refused");
  await approveIntroSummary(staff, { id: intro.id, summary: text.SUMMARY });

  return {
    users,
    word,
    challengeId,
    privateId,
    companyA: interested.organizationId!,
    interestA: a.id,
    interestB: b.id,
    interestD: intro.id,
    threadA: threadId,
    matchA: match.id,
    text: { ...text, PERSON: interested.name, EMAIL: interested.email },
  };
}

/**
 * The user as the app sees them on their next request: read again from the database (viewerById,
 * as the e-mail jobs do), and nobody when getCurrentUser would refuse them (suspended, rejected,
 * deleted: deletion sets SUSPENDED). A removed member has no company any more.
 */
export async function viewerNow(user: SessionUser | null): Promise<SessionUser | null> {
  const now = user && (await viewerById(user.id));
  return !now || now.status === "SUSPENDED" || now.status === "REJECTED" ? null : now;
}
