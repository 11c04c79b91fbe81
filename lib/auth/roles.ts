// The four roles (prisma/schema.prisma `UserRole`) are named here once. Everything else says what a
// user may DO (`CAN.editCases`) or which group they belong to (`COORDINATION_ROLES`), so changing who
// may do something is one line here, and the action, its mutation and its page cannot drift apart.
// Not "server-only": it holds no secrets, and client components may label users with the predicates.
import type { UserRole, UserStatus } from "@/lib/generated/prisma/enums";

/** Runs the platform: may do everything a coordinator does, plus user management and settings. */
export const ADMIN_ROLES = ["ADMIN"] as const satisfies readonly UserRole[];

/** The platform's own team (coordinators, and admins who can stand in for them): match, introduce, curate. */
export const COORDINATION_ROLES = ["COORDINATOR", "ADMIN"] as const satisfies readonly UserRole[];

/** Clerks of a municipality (自治体職員): post their municipality's challenges and answer companies. */
export const MUNICIPAL_ROLES = ["MUNICIPAL_STAFF"] as const satisfies readonly UserRole[];

/** People of a registered company: express interest in challenges and keep their company's profile. */
export const COMPANY_ROLES = ["COMPANY_MEMBER"] as const satisfies readonly UserRole[];

/** The public side of a challenge: the municipality that owns it and the coordinators who work on it with them. */
export const MUNICIPAL_OR_COORDINATION_ROLES = [
  ...MUNICIPAL_ROLES,
  ...COORDINATION_ROLES,
] as const satisfies readonly UserRole[];

/** A company's own people, and the coordinators who keep the directory tidy for them. */
export const COMPANY_OR_COORDINATION_ROLES = [
  ...COMPANY_ROLES,
  ...COORDINATION_ROLES,
] as const satisfies readonly UserRole[];

/** Anyone with an account: their own messages, notifications, settings and personal data. */
export const SIGNED_IN_ROLES = [
  "ADMIN",
  "COORDINATOR",
  "MUNICIPAL_STAFF",
  "COMPANY_MEMBER",
] as const satisfies readonly UserRole[];

/**
 * Who may do what. Actions (createAction), mutations and queries (assertRole) and pages (requirePageRole)
 * name the capability, never the roles. Whether a PENDING account may do it is said at each call
 * (`{ active: true }`): pending staff may look at some pages they cannot act on yet.
 */
export const CAN = {
  /** Draft a new challenge for one's own municipality (a coordinator edits, but never authors, one). */
  postChallenges: MUNICIPAL_ROLES,
  /** Run challenges: edit, publish, close, reopen, set screening questions, see who is interested (staff: own municipality). */
  editChallenges: MUNICIPAL_OR_COORDINATION_ROLES,
  /** Accept or decline a company's interest, approve an introduction summary, write to a company directly. */
  answerCompanies: MUNICIPAL_ROLES,
  /** Express, withdraw and follow one's company's interest in a challenge. */
  expressInterest: COMPANY_ROLES,
  /** Introduce a company to a municipality's challenge. */
  introduceCompanies: COORDINATION_ROLES,
  /** Keep the company directory: edit any company's page and link companies to cases as partners. */
  curateDirectory: COORDINATION_ROLES,
  /** Edit a company's profile and logo (members: their own company only). */
  editCompanyProfiles: COMPANY_OR_COORDINATION_ROLES,
  /** Write and edit the case database (事例). */
  editCases: COORDINATION_ROLES,
  /** Turn a match into a case, edit it, ask the company to approve it and publish it (staff: the match's side). */
  writeMatchCases: MUNICIPAL_OR_COORDINATION_ROLES,
  /** Approve or reject municipal staff who signed up. */
  reviewSignUps: COORDINATION_ROLES,
  /** See the pipeline of matches, their funnel and the budget calendar (staff: own municipality only). */
  viewPipeline: MUNICIPAL_OR_COORDINATION_ROLES,
  /** Move and update matches, set municipalities' budget calendars. */
  runPipeline: COORDINATION_ROLES,
  /** List all users, read the audit log, change when matches count as stale. */
  administer: ADMIN_ROLES,
  /** Ask and answer questions between municipalities (自治体間の質問, lib/peer): staff of the two towns only. */
  peerQuestions: MUNICIPAL_ROLES,
  /** Messages, notifications, alert settings, one's own account and data export. */
  useOwnAccount: SIGNED_IN_ROLES,
} as const satisfies Record<string, readonly UserRole[]>;

type RoleHolder = { role: UserRole; status?: UserStatus };

/**
 * Signed in with one of `roles`. True narrows `user` to that; false leaves it alone (the user may
 * still be signed in with another role).
 */
export function hasRole<U extends RoleHolder, R extends UserRole>(
  user: U | null | undefined,
  roles: readonly R[],
): user is U & { role: R } {
  return !!user && (roles as readonly UserRole[]).includes(user.role);
}

const roleIn =
  <R extends UserRole>(roles: readonly R[]) =>
  <U extends RoleHolder>(user: U | null | undefined): user is U & { role: R } =>
    hasRole(user, roles);

/** Coordinator or admin, whatever their status (what `isStaff` used to mean). */
export const isCoordinator = roleIn(COORDINATION_ROLES);
export const isAdmin = roleIn(ADMIN_ROLES);
export const isMunicipalStaff = roleIn(MUNICIPAL_ROLES);
export const isCompanyMember = roleIn(COMPANY_ROLES);

/** Why a user may not do something. */
export type RoleDenial = "UNAUTHENTICATED" | "FORBIDDEN" | "PENDING_APPROVAL";

/** The one role check behind assertRole, requirePageRole and createAction: the user, or why not. */
export function checkRole<U extends RoleHolder>(
  user: U | null,
  roles: readonly UserRole[],
  opts: { active?: boolean } = {},
): { user: U } | { denial: RoleDenial } {
  if (!user) return { denial: "UNAUTHENTICATED" };
  if (!roles.includes(user.role)) return { denial: "FORBIDDEN" };
  if (opts.active && user.status !== "ACTIVE") return { denial: "PENDING_APPROVAL" };
  return { user };
}

/**
 * A Prisma `where` that matches no row, for users who may see nothing. An empty `in` list asks for no id
 * at all, so it holds for any id format; fresh each call so no caller can share (and change) it.
 */
export const noRowWhere = () => ({ id: { in: [] as string[] } });
