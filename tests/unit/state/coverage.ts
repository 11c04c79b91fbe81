// Every exported read that a page, route or job uses to show something, found in the source. Each
// must be a view of the matrix (views.ts) or be reviewed here with the reason it cannot show more
// after a state change; a new query fails the coverage test until it is one or the other.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const EXTRA = ["lib/search/service.ts", "lib/notifications/delivery.ts"];

export function discoverReads(): string[] {
  const files = [
    ...readdirSync(path.join(root, "lib"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `lib/${d.name}/queries.ts`)
      .filter((f) => {
        try {
          readFileSync(path.join(root, f));
          return true;
        } catch {
          return false;
        }
      }),
    ...EXTRA,
  ];
  return files.flatMap((f) => {
    const src = readFileSync(path.join(root, f), "utf8");
    const names = [
      ...src.matchAll(/^export (?:async )?function (\w+)/gm),
      ...src.matchAll(/^export const (\w+) = (?:cache\(\s*)?(?:async )?\(/gm),
    ].map((m) => m[1]);
    return names.map((n) => `${f}#${n}`);
  });
}

const COUNT = "numbers only: no title, text or person";
const STAFF_SIDE =
  "municipality side and coordinators only, who see every challenge of their municipality in any state";
const PROPOSALS =
  "proposals: their own state matrix, tests/unit/state/proposals.test.ts (re-routing, a member removed, a challenge made private)";
const PILOTS =
  "pilots: their own state matrix, tests/unit/state/pilots.test.ts (member removed, clerk suspended or moved, match declined)";
const CALLS = "a city hall's theme calls, read from the membership as it is now: tests/unit/state/calls.test.ts";
const PEER = "questions between municipalities, read from the membership as it is now: tests/unit/state/peer.test.ts";
const ADMIN = "admins and coordinators only (account review, audit log), by design all accounts";
const CASE_APPROVAL =
  "a case born from a match, by the match's sides as they are now: tests/unit/state/case-approval.test.ts (member removed, account deleted, match declined, clerk moved)";

export const REVIEWED: Record<string, string> = {
  "lib/accounts/queries.ts#listPendingStaff": ADMIN,
  "lib/accounts/queries.ts#countPendingStaff": COUNT,
  "lib/inbox/queries.ts#countInboxAttention": COUNT,
  "lib/accounts/queries.ts#listUsers": `${ADMIN}; a deleted account is anonymised in its own row`,
  "lib/accounts/queries.ts#listMunicipalitiesOfPrefecture": "reference data",
  "lib/audit/queries.ts#listAuditLog": ADMIN,
  "lib/admin/queries.ts#listAdminUsers": `${ADMIN}; a deleted account is anonymised in its own row`,
  "lib/admin/queries.ts#getAdminUser": `${ADMIN}: one account, its 課, colleagues and the counts of its work`,
  "lib/budget-calendar/queries.ts#getMunicipalityCalendar":
    "a municipality's budget steps: no challenge, company or person",
  "lib/budget-calendar/queries.ts#listCoordinators": "coordinator names for a filter, pipeline roles only",
  "lib/budget-path/queries.ts#getBudgetPath": `${STAFF_SIDE}; the budget path: tests/unit/state/documents.test.ts`,
  "lib/documents/queries.ts#getPilotDocument":
    "the pilot's page in a file, by lib/pilots/access.ts: tests/unit/state/documents.test.ts (member removed, clerk suspended)",
  "lib/documents/queries.ts#getMemoData": `${STAFF_SIDE}; never the company: tests/unit/state/documents.test.ts`,
  "lib/cases/queries.ts#listCases":
    "published cases: their own published flag (search contract test covers unpublishing)",
  "lib/cases/queries.ts#countPublishedCases": COUNT,
  "lib/cases/queries.ts#listFeaturedCases": "published cases only",
  "lib/cases/queries.ts#getCase":
    "published cases, or any for coordinators; unpublished born-here cases: tests/unit/state/case-approval.test.ts",
  "lib/cases/queries.ts#getCaseFilterOptions": "reference data",
  "lib/cases/queries.ts#getMunicipalityLabel": "a municipality's name",
  "lib/calls/queries.ts#listDeskCalls": CALLS,
  "lib/calls/queries.ts#getDeskCall": CALLS,
  "lib/calls/queries.ts#getCallForDepartment": CALLS,
  "lib/calls/queries.ts#listOpenCallsForDepartment": CALLS,
  "lib/calls/queries.ts#listCasesForCall": "published cases of other municipalities only",
  "lib/calls/queries.ts#listDepartmentsForCall": "the desk's own municipality's department names and staff counts",
  "lib/calls/queries.ts#getConfirmRule": "a department's name for a challenge the edit page already loaded",
  "lib/challenges/queries.ts#countOpenChallenges": COUNT,
  "lib/challenges/queries.ts#getChallengeForEdit": STAFF_SIDE,
  "lib/challenges/queries.ts#listDepartments": "reference data",
  "lib/challenges/queries.ts#getMunicipalitySummary": COUNT,
  "lib/companies/queries.ts#listCompanies": "directory cards: the same rows as getCompany, without contacts",
  "lib/companies/queries.ts#getEditableCompany": "the company's own members only",
  "lib/companies/queries.ts#searchCasePartners": "company names for coordinators",
  "lib/funnel/queries.ts#getFunnelBreakdown": COUNT,
  "lib/funnel/queries.ts#getFunnelDashboard": COUNT,
  "lib/funnel/queries.ts#getFunnelMunicipalityName": "a municipality's name",
  "lib/interests/queries.ts#toAnswers": "a pure helper",
  "lib/interests/queries.ts#getScreeningEditor": STAFF_SIDE,
  "lib/interests/queries.ts#getInterestForm": "public, published challenges only, checked in its where clause",
  "lib/interests/queries.ts#getMyInterest": "the status of the company's own interest: no title",
  "lib/interests/queries.ts#countInterestsForChallenge": COUNT,
  "lib/interests/queries.ts#companyCanSeeChallengeWhere":
    "a where fragment (staged disclosure), used by getIntroducedChallenge",
  "lib/interests/queries.ts#companyCanSeeChallenge": "a yes/no of the same rule",
  "lib/interests/queries.ts#searchCompaniesForIntroduction": "company names for coordinators",
  "lib/matches/queries.ts#viewerOf": "a pure helper",
  "lib/proposals/queries.ts#getProposalForViewer": PROPOSALS,
  "lib/pilots/queries.ts#getPilot": PILOTS,
  "lib/pilots/queries.ts#pilotSelect":
    "the select getPilot uses (not a read by itself); its notes per side are tested there",
  "lib/pilots/queries.ts#listPilotsForMatch": PILOTS,
  "lib/pilots/queries.ts#listPilotsForThread": PILOTS,
  "lib/pilots/queries.ts#getPilotDraft": PILOTS,
  "lib/pilots/queries.ts#listPilotsAwaiting": PILOTS,
  "lib/pilots/queries.ts#listPilots": PILOTS,
  "lib/proposals/queries.ts#listCompanyProposals": PROPOSALS,
  "lib/proposals/queries.ts#listDeskProposals": PROPOSALS,
  "lib/proposals/queries.ts#listRoutingDepartments": "the desk's own departments: reference data",
  "lib/proposals/queries.ts#companyTookPartIn": "a yes/no for the company's own case partnership",
  "lib/proposals/queries.ts#getProposalForm":
    "the company's form: its own published cases, public open challenges, municipality names",
  "lib/matches/queries.ts#getEditOptions": "departments and coordinators for the edit form",
  "lib/matches/queries.ts#getFilterOptions": "filter choices for pipeline roles",
  "lib/matches/queries.ts#findMatchIdForThread": "a match id, no text, under getMatch's rule (visibleMatchWhere)",
  "lib/notifications/queries.ts#countUnread": COUNT,
  "lib/notifications/queries.ts#getAlertPreference": "the user's own settings",
  "lib/notifications/queries.ts#findUnsubscribe": "a masked e-mail address for the token's owner",
  "lib/notifications/queries.ts#maskEmail": "a pure helper",
  "lib/notifications/delivery.ts#tokenFor": "the user's own unsubscribe token: no challenge, company or person",
  "lib/notifications/delivery.ts#sendDigests": "sends digestFor(user) for each digest user (digestFor is a view)",
  "lib/platform/queries.ts#countParticipatingMunicipalities": COUNT,
  "lib/platform/queries.ts#countCompanies": COUNT,
  "lib/peer/queries.ts#getAskState": "whether the case page offers the question form: a yes and a town's name",
  "lib/peer/queries.ts#listPeerQuestions": PEER,
  "lib/peer/queries.ts#getPeerQuestion": PEER,
  "lib/peer/queries.ts#countPeerUnread": COUNT,
  "lib/peer/queries.ts#listQuestionsToConnect":
    "coordinators: subject, towns and case of questions to towns with no staff, never the text",
  "lib/case-approval/queries.ts#getMatchCase": `${STAFF_SIDE}; the match's case: tests/unit/state/case-approval.test.ts`,
  "lib/case-approval/queries.ts#getThreadCase": CASE_APPROVAL,
  "lib/case-approval/queries.ts#getCaseApproval": CASE_APPROVAL,
  "lib/case-approval/queries.ts#getCaseOrigin":
    "a badge, and a link to the match under visibleMatchWhere: tests/unit/state/case-approval.test.ts",
  "lib/case-approval/queries.ts#getCaseEditAccess": CASE_APPROVAL,
  "lib/privacy/queries.ts#countMyData": COUNT,
  "lib/themes/queries.ts#listThemes": "reference data",
  "lib/threads/queries.ts#getDocumentForDownload":
    "file metadata under getThread's rule (tests/unit/security-downloads.test.ts)",
  "lib/replication/queries.ts#getReplicateEntry":
    "a yes/no and the viewer's own town's draft id, read from the membership as it is now: tests/unit/state/replication.test.ts",
  "lib/replication/queries.ts#getChallengeReplication":
    "the case's title under visibleChallengeWhere and the case's published flag, the partner list for the challenge's own town only: tests/unit/state/replication.test.ts",
  "lib/search/service.ts#searchableKinds": "a pure helper",
  "lib/search/service.ts#countsByKind": COUNT,
  "lib/search/service.ts#keyPhrases": "a pure helper",
  "lib/search/service.ts#similarForDraft": "staff drafting: public challenges only (lib/search/contract.test.ts)",
};
