// The state changes of the matrix and what each role may see after each, per view. A cell lists
// strings that must not appear in what the view returns (hide) and, as a control that the view
// still works, strings that must (show). "*" applies to every view in VIEWS, so a new view is
// checked against every change and role without a new line here.
import { db } from "@/lib/db";
import { closeChallenge, updatePublishedChallenge } from "@/lib/challenges/mutations";
import { challengePublishSchema } from "@/lib/challenges/schema";
import { handOver } from "@/lib/admin/handover";
import { suspendUser } from "@/lib/admin/mutations";
import { declineInterest } from "@/lib/interests/decisions";
import { expressInterest } from "@/lib/interests/mutations";
import { nowPrivateLabel } from "@/lib/interests/access";
import { moveMatch, updateMatch } from "@/lib/matches/mutations";
import { updateSchema } from "@/lib/matches/schema";
import { nowPrivateNotice } from "@/lib/notifications/redact";
import { deleteMyAccount } from "@/lib/privacy/mutations";
import { DELETED_USER_NAME } from "@/lib/privacy/schema";
import { postMessage } from "@/lib/threads/mutations";
import { createUser, TEST_PASSWORD } from "@/tests/fixtures/factories";
import type { Role, Scene } from "./scene";

export type Token =
  keyof Scene["text"] | "MSG_AFTER" | "INTEREST_A" | "INTEREST_B" | "THREAD_A" | "LABEL" | "NOTICE" | "DELETED";
export type Cell = { hide?: Token[]; show?: Token[] };
export type Expectations = Partial<Record<Role, Partial<Record<string, Cell>>>>;
export type Change = { name: string; run(s: Scene): Promise<void>; expect: Expectations };

export function resolve(s: Scene, t: Token): string {
  switch (t) {
    case "MSG_AFTER":
      return `${s.word} 変更後のメッセージ`;
    case "INTEREST_A":
      return s.interestA;
    case "INTEREST_B":
      return s.interestB;
    case "THREAD_A":
      return s.threadA;
    case "LABEL":
      return nowPrivateLabel("ja"); // the scene's people read Japanese
    case "NOTICE":
      return nowPrivateNotice("ja");
    case "DELETED":
      return DELETED_USER_NAME;
    default:
      return s.text[t];
  }
}

const V = {
  interests: "lib/interests/queries.ts#listCompanyInterests",
  interest: "lib/interests/queries.ts#getCompanyInterest",
  forChallenge: "lib/interests/queries.ts#listInterestsForChallenge",
  challenge: "lib/challenges/queries.ts#getChallengeForViewer",
  threads: "lib/threads/queries.ts#listThreads",
  thread: "lib/threads/queries.ts#getThread",
  notifications: "lib/notifications/queries.ts#listNotifications",
  mail: "lib/notifications/delivery.ts#deliverImmediate",
  digest: "lib/notifications/delivery.ts#digestFor",
  export: "lib/privacy/queries.ts#exportMyData",
  board: "lib/matches/queries.ts#listBoard",
  search: "lib/search/service.ts#searchFor",
  inbox: "lib/inbox/queries.ts#getInbox",
} as const;

const PRIVATE_P: Token[] = ["P_TITLE", "P_SECRET"];
/** What a company that lost sight of the challenge must not see again, old or new. */
const GONE: Token[] = ["OLD", "SECRET", "NEW", "NEW_SECRET", ...PRIVATE_P];

function each(roles: readonly Role[], cells: Partial<Record<string, Cell>>): Expectations {
  return Object.fromEntries(roles.map((r) => [r, cells]));
}

/** Nobody outside 加賀市 and the coordinators ever sees the private consultation P, whatever the change. */
const privateStaysPrivate: Expectations = {
  ...each(["interested", "colleague", "pending", "stranger", "anonymous"], { "*": { hide: PRIVATE_P } }),
  introduced: { "*": { hide: PRIVATE_P }, [V.interests]: { show: ["SUMMARY"] } },
};

const publishInput = (s: Scene, title: string, situation: string, kind: string) => ({
  ...challengePublishSchema.parse({ kind, title, situation, themeSlugs: ["dx"] }),
  id: s.challengeId,
});

const u = (s: Scene, r: Role) => s.users[r]!;

/** What a signed-out (suspended) author must not see or be mailed any more. */
const authorGone: Expectations = {
  staff: {
    "*": { hide: ["MSG", "PERSON", "SUMMARY", "P_TITLE", "P_SECRET", "INTEREST_A"] },
    [V.mail]: { hide: ["OLD"] },
  },
};

/** The scene's challenges and match made the author's 課's (the department inbox shows them), as the wizard would. */
async function inDepartment(s: Scene) {
  const departmentId = u(s, "staff").departmentId;
  await db.challenge.updateMany({ where: { id: { in: [s.challengeId, s.privateId] } }, data: { departmentId } });
  await db.match.updateMany({ where: { id: s.matchA }, data: { departmentId } });
}

export const CHANGES: Change[] = [
  {
    // The controls: before any change the strings the other rows hide are really there.
    name: "no change",
    run: async () => {},
    expect: {
      ...privateStaysPrivate,
      interested: {
        "*": { hide: PRIVATE_P },
        [V.interests]: { show: ["OLD"] },
        [V.thread]: { show: ["OLD", "MSG"] },
        [V.export]: { show: ["OLD"] },
        [V.mail]: { show: ["OLD"] },
      },
      colleague: { "*": { hide: PRIVATE_P }, [V.threads]: { show: ["OLD"] }, [V.digest]: { show: ["OLD"] } },
      pending: { "*": { hide: PRIVATE_P }, [V.notifications]: { show: ["OLD"] } },
      staff: { [V.thread]: { show: ["PERSON", "MSG"] }, [V.mail]: { show: ["OLD"] } },
    },
  },
  {
    name: "public → 非公開・相談, retitled; then a decline, a message and a stage move",
    run: async (s) => {
      await updatePublishedChallenge(
        u(s, "staff"),
        publishInput(s, s.text.NEW, s.text.NEW_SECRET, "PRIVATE_CONSULTATION"),
      );
      // Notifications written after the change must not name it either.
      await declineInterest(u(s, "staff"), { id: s.interestB });
      await postMessage(u(s, "staff"), { threadId: s.threadA, body: resolve(s, "MSG_AFTER"), files: [] });
      const m = await db.match.findUniqueOrThrow({ where: { id: s.matchA } });
      await moveMatch(u(s, "coordinator"), { id: m.id, to: "MEETING", expectedVersion: m.version });
    },
    expect: {
      anonymous: { "*": { hide: GONE } },
      stranger: { "*": { hide: GONE }, [V.notifications]: { show: ["NOTICE"] } },
      introduced: { "*": { hide: GONE }, [V.interests]: { show: ["SUMMARY"] } },
      interested: {
        "*": { hide: GONE },
        [V.interests]: { show: ["INTEREST_A"] },
        [V.interest]: { show: ["INTEREST_A"] },
        [V.threads]: { show: ["THREAD_A"] },
        [V.thread]: { show: ["MSG", "MSG_AFTER"] },
        [V.notifications]: { show: ["NOTICE"] },
        [V.mail]: { show: ["NOTICE"] },
        [V.export]: { show: ["LABEL"] },
      },
      colleague: { "*": { hide: GONE }, [V.digest]: { show: ["NOTICE"] }, [V.thread]: { show: ["MSG_AFTER"] } },
      pending: {
        "*": { hide: GONE },
        [V.interests]: { show: ["INTEREST_B"] },
        [V.notifications]: { show: ["LABEL", "NOTICE"] },
        [V.export]: { show: ["LABEL"] },
      },
      // The municipality and coordinators still see everything, under the new title.
      staff: { [V.challenge]: { show: ["NEW", "NEW_SECRET"] }, [V.forChallenge]: { show: ["NEW", "INTEREST_A"] } },
      coordinator: { [V.challenge]: { show: ["NEW"] }, [V.board]: { show: ["NEW"] } },
    },
  },
  {
    name: "retitled, still public",
    run: async (s) => {
      await updatePublishedChallenge(u(s, "staff"), publishInput(s, s.text.NEW, s.text.NEW_SECRET, "CONSULTATION"));
    },
    expect: {
      ...privateStaysPrivate,
      interested: {
        "*": { hide: PRIVATE_P },
        [V.interests]: { show: ["NEW"], hide: ["OLD"] },
        [V.thread]: { show: ["NEW"] },
      },
      ...each(["stranger", "anonymous"], {
        "*": { hide: PRIVATE_P },
        [V.challenge]: { show: ["NEW", "NEW_SECRET"], hide: ["OLD", "SECRET"] },
        [V.search]: { show: ["NEW"], hide: ["OLD"] },
      }),
    },
  },
  {
    name: "closed (募集終了): a public record, nothing hidden",
    run: async (s) => {
      await closeChallenge(u(s, "staff"), s.challengeId);
    },
    expect: {
      ...privateStaysPrivate,
      interested: { "*": { hide: PRIVATE_P }, [V.interests]: { show: ["OLD"] }, [V.thread]: { show: ["OLD"] } },
      stranger: { "*": { hide: PRIVATE_P }, [V.notifications]: { show: ["OLD"] }, [V.challenge]: { show: ["OLD"] } },
      anonymous: { "*": { hide: PRIVATE_P }, [V.challenge]: { show: ["OLD", "SECRET"] } },
    },
  },
  {
    name: "a company member removed from the company",
    run: async (s) => {
      await db.membership.deleteMany({ where: { userId: u(s, "colleague").id } });
    },
    expect: {
      ...privateStaysPrivate,
      colleague: { "*": { hide: ["MSG", "INTEREST_A", ...PRIVATE_P] } },
      interested: { "*": { hide: PRIVATE_P }, [V.thread]: { show: ["MSG"] } },
    },
  },
  {
    name: "the municipal author suspended by an admin",
    run: async (s) => {
      const r = await suspendUser(await createUser({ role: "ADMIN" }), { userId: u(s, "staff").id });
      if (!r.ok) throw new Error(`suspension refused: ${r.reason}`);
    },
    expect: {
      ...privateStaysPrivate,
      // Signed out from the next request on, and no e-mail any more (their unsent ones name the challenge).
      ...authorGone,
      coordinator: { [V.thread]: { show: ["MSG"] } },
    },
  },
  {
    // 人事異動: the author's work goes to a colleague of another 課, and the author is suspended in the same
    // step. Then a company shows interest and the successor answers in the thread.
    name: "the author's work handed over to a colleague, the author suspended",
    run: async (s) => {
      const r = await handOver(await createUser({ role: "ADMIN" }), {
        fromId: u(s, "staff").id,
        toId: u(s, "successor").id,
        suspend: true,
      });
      if (!r.ok) throw new Error(`handover refused: ${r.reason}`);
      await expressInterest(u(s, "stranger"), { challengeId: s.challengeId, answers: [] });
      await postMessage(u(s, "successor"), { threadId: s.threadA, body: resolve(s, "MSG_AFTER"), files: [] });
    },
    expect: {
      ...privateStaysPrivate,
      ...authorGone,
      // The successor hears about the new interest (it went to the author before) and works on everything.
      successor: {
        [V.notifications]: { show: ["OLD"] },
        [V.mail]: { show: ["OLD"] },
        [V.forChallenge]: { show: ["OLD", "INTEREST_A"] },
        [V.thread]: { show: ["MSG", "MSG_AFTER", "PERSON"] },
        [V.challenge]: { show: ["OLD", "P_TITLE", "P_SECRET"] },
      },
      interested: { "*": { hide: PRIVATE_P }, [V.thread]: { show: ["MSG", "MSG_AFTER"] } },
    },
  },
  {
    name: "the interested company member deletes their account",
    run: async (s) => {
      const r = await deleteMyAccount(u(s, "interested"), { password: TEST_PASSWORD, confirm: "退会する" });
      if (!r.ok) throw new Error(`deletion refused: ${JSON.stringify(r)}`);
    },
    expect: {
      ...privateStaysPrivate,
      ...each(["colleague", "pending", "stranger", "introduced", "anonymous", "staff", "coordinator"], {
        "*": { hide: ["PERSON", "EMAIL"] },
      }),
      staff: { "*": { hide: ["PERSON", "EMAIL"] }, [V.thread]: { show: ["MSG", "DELETED"] } },
      // Signed out for good; the challenge itself stays public, so only what was theirs is checked.
      interested: { "*": { hide: ["MSG", "PERSON", "EMAIL", ...PRIVATE_P] } },
    },
  },
  {
    name: "an introduction declined after its summary was shown",
    run: async (s) => {
      await declineInterest(u(s, "staff"), { id: s.interestD });
    },
    expect: {
      ...privateStaysPrivate,
      introduced: { "*": { hide: PRIVATE_P }, [V.interests]: { show: ["SUMMARY"] } },
      staff: { [V.challenge]: { show: ["P_TITLE"] } },
    },
  },
  {
    // 人事異動 without a handover: the author moves to the successor's 課. The department inbox follows the session's
    // department on the next request, so the old 課's challenge, interests and match leave it at once.
    name: "the department's member moved to another 課",
    run: async (s) => {
      await inDepartment(s);
      const to = u(s, "successor").departmentId;
      await db.membership.updateMany({ where: { userId: u(s, "staff").id }, data: { departmentId: to } });
    },
    expect: {
      ...privateStaysPrivate,
      staff: { [V.inbox]: { hide: ["OLD", "P_TITLE"] }, [V.thread]: { show: ["MSG"] } },
      successor: { [V.inbox]: { hide: ["OLD", "P_TITLE"] } },
    },
  },
  {
    // The coordinator hands the match to another 課: it appears in that inbox and in no other place it should not.
    name: "the match's department changed to another 課",
    run: async (s) => {
      await inDepartment(s);
      const m = await db.match.findUniqueOrThrow({ where: { id: s.matchA }, select: { version: true } });
      await updateMatch(
        u(s, "coordinator"),
        updateSchema.parse({ id: s.matchA, expectedVersion: m.version, departmentId: u(s, "successor").departmentId }),
      );
    },
    expect: {
      ...privateStaysPrivate,
      successor: { [V.inbox]: { show: ["OLD"], hide: ["P_TITLE"] } },
      staff: { [V.inbox]: { show: ["OLD", "P_TITLE"] } },
    },
  },
];
