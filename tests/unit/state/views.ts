// Every place that shows a challenge, company, thread or person, as the function a page, route,
// job or e-mail calls. A view returns what it would show the viewer (anything JSON-able); a
// refusal (AppError) counts as showing nothing. Adding a view here puts it in every row of the
// matrix; coverage.ts fails until every query export is either here or reviewed.
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listCalendarMatches } from "@/lib/budget-calendar/queries";
import { calendarFilterSchema } from "@/lib/budget-calendar/schema";
import { getChallengeForViewer, listMunicipalityChallenges, listPublicChallenges } from "@/lib/challenges/queries";
import { parsePublicFilters } from "@/lib/challenges/schema";
import {
  getCompanyInterest,
  getIntroducedChallenge,
  listCompanyInterests,
  listInterestsForChallenge,
} from "@/lib/interests/queries";
import { getCompany } from "@/lib/companies/queries";
import { getMatch, listBoard, listMatches } from "@/lib/matches/queries";
import { getInbox } from "@/lib/inbox/queries";
import { parseMatchFilters } from "@/lib/matches/schema";
import { deliverImmediate, digestFor } from "@/lib/notifications/delivery";
import { listNotifications } from "@/lib/notifications/queries";
import { exportMyData } from "@/lib/privacy/queries";
import { runJob } from "@/lib/jobs/run";
import { searchFor, suggest } from "@/lib/search/service";
import { getThread, listThreads } from "@/lib/threads/queries";
import type { Scene } from "./scene";

export type MailBox = { textTo(email: string): Promise<string> };
/** viewer: as the next request sees them (null once signed out by the change); user: the account, for jobs. */
export type ViewContext = { scene: Scene; viewer: SessionUser | null; user: SessionUser | null; mail: MailBox };
export type View = { id: string; run(ctx: ViewContext): Promise<unknown> };

export const VIEWS: View[] = [
  // /interests and /interests/[id]
  { id: "lib/interests/queries.ts#listCompanyInterests", run: ({ viewer }) => listCompanyInterests(viewer) },
  {
    id: "lib/interests/queries.ts#getCompanyInterest",
    run: async ({ viewer, scene: s }) =>
      Promise.all([s.interestA, s.interestB, s.interestD].map((id) => getCompanyInterest(id, viewer))),
  },
  // /challenges/[id]/interests (the municipality's list) and the introduced company's challenge page
  {
    id: "lib/interests/queries.ts#listInterestsForChallenge",
    run: ({ viewer, scene: s }) => listInterestsForChallenge(s.challengeId, viewer),
  },
  {
    id: "lib/interests/queries.ts#getIntroducedChallenge",
    run: ({ viewer, scene: s }) =>
      Promise.all([s.challengeId, s.privateId].map((id) => getIntroducedChallenge(id, viewer))),
  },
  // /challenges/[id], /challenges, the staff dashboard
  {
    id: "lib/challenges/queries.ts#getChallengeForViewer",
    run: ({ viewer, scene: s }) =>
      Promise.all([s.challengeId, s.privateId].map((id) => getChallengeForViewer(id, viewer))),
  },
  {
    id: "lib/challenges/queries.ts#listPublicChallenges",
    run: () => listPublicChallenges({ ...parsePublicFilters({}), pageSize: 200 }),
  },
  {
    id: "lib/challenges/queries.ts#listMunicipalityChallenges",
    run: ({ viewer }) => listMunicipalityChallenges(viewer, { pageSize: 200 }),
  },
  // /messages and /messages/[id]
  { id: "lib/threads/queries.ts#listThreads", run: ({ viewer }) => listThreads(viewer) },
  { id: "lib/threads/queries.ts#getThread", run: ({ viewer, scene: s }) => getThread(viewer, s.threadA) },
  // /notifications, the immediate e-mail, the daily digest
  {
    id: "lib/notifications/queries.ts#listNotifications",
    run: async ({ viewer }) => (viewer ? listNotifications(viewer) : null),
  },
  {
    id: "lib/notifications/delivery.ts#deliverImmediate",
    run: async ({ user, mail }) => {
      if (!user) return null;
      const ids = await db.notification.findMany({ where: { userId: user.id, emailedAt: null }, select: { id: true } });
      if (ids.length) await deliverImmediate(ids.map((n) => n.id));
      return mail.textTo(user.email);
    },
  },
  {
    id: "lib/notifications/delivery.ts#digestFor",
    run: async ({ user }) => (user ? (await digestFor(user.id))?.mail : null),
  },
  // /api/me/export
  { id: "lib/privacy/queries.ts#exportMyData", run: ({ viewer }) => exportMyData(viewer) },
  // /pipeline (board, table, card page)
  { id: "lib/matches/queries.ts#listBoard", run: ({ viewer }) => listBoard(viewer, parseMatchFilters({})) },
  { id: "lib/matches/queries.ts#listMatches", run: ({ viewer }) => listMatches(viewer, parseMatchFilters({}), 200) },
  { id: "lib/matches/queries.ts#getMatch", run: ({ viewer, scene: s }) => getMatch(viewer, s.matchA) },
  // /inbox: the department in charge's inbox (its session's municipality and department)
  { id: "lib/inbox/queries.ts#getInbox", run: ({ viewer }) => getInbox(viewer) },
  {
    id: "lib/budget-calendar/queries.ts#listCalendarMatches",
    run: ({ viewer }) => listCalendarMatches(viewer, calendarFilterSchema.parse({}), new Date(), 200),
  },
  // /companies/[id]: the directory page of the interested company (its contact person)
  {
    id: "lib/companies/queries.ts#getCompany",
    run: ({ viewer, scene: s }) => getCompany(viewer, s.companyA),
  },
  // /search and the header's suggestions, after the index jobs the change enqueued have run
  {
    id: "lib/search/service.ts#searchFor",
    run: async ({ viewer, scene: s }) => {
      for (const id of [s.challengeId, s.privateId]) await runJob("search.index", { kind: "CHALLENGE", id });
      return searchFor(viewer, { kind: "CHALLENGE", q: s.word });
    },
  },
  { id: "lib/search/service.ts#suggest", run: ({ viewer, scene: s }) => suggest(viewer, s.word) },
];

/** What a view showed, as one string to search in; a refusal shows nothing. */
export async function shown(view: View, ctx: ViewContext): Promise<string> {
  try {
    const out = await view.run(ctx);
    return typeof out === "string"
      ? out
      : (JSON.stringify(out ?? null, (_k, v) => (typeof v === "bigint" ? String(v) : v)) ?? "");
  } catch (e) {
    if (e && typeof e === "object" && "code" in e) return "";
    throw e;
  }
}
