// Audit log filters from the URL, shared with the filter form: nothing server-only here.
import { dateSchema, pageParam, searchParam, z } from "@/lib/fields";

// Kept in step with enum AuditAction in prisma/schema.prisma (a unit test checks it).
export const AUDIT_ACTIONS = [
  "SIGNIN_SUCCESS",
  "SIGNIN_FAILURE",
  "SIGNIN_LOCKED",
  "ACCOUNT_APPROVED",
  "ACCOUNT_REJECTED",
  "ROLE_CHANGED",
  "PRIVATE_CHALLENGE_VIEWED",
  "DOCUMENT_DOWNLOADED",
  "FUNNEL_CSV_EXPORTED",
  "PERSONAL_DATA_EXPORTED",
  "ACCOUNT_DELETED",
  "ACCOUNT_SUSPENDED",
  "ACCOUNT_REACTIVATED",
  "DEPARTMENT_CHANGED",
  "STAFF_HANDED_OVER",
  "DESK_ROLE_CHANGED",
  "STAFF_INVITED",
  "INVITATION_REVOKED",
  "CASE_APPROVED_BY_COMPANY",
] as const;
export type AuditActionName = (typeof AUDIT_ACTIONS)[number];

/** Every field falls back on its own: a bad date must not throw away the action filter. */
export const auditFilterSchema = z.object({
  page: pageParam(),
  action: searchParam(z.enum(AUDIT_ACTIONS)),
  /** E-mail, name or id of the person who acted or was acted on. */
  user: searchParam(z.string().max(254)),
  from: searchParam(dateSchema),
  to: searchParam(dateSchema),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
