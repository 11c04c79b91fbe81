// Audit log filters from the URL, shared with the filter form: nothing server-only here.
import { z } from "@/lib/validation";

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
] as const;
export type AuditActionName = (typeof AUDIT_ACTIONS)[number];

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blank = (v: unknown) => (v === "" ? undefined : v);
const day = z
  .preprocess(
    (v) => blank(first(v)),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00+09:00`)))
      .optional(),
  )
  .catch(undefined);

/** Every field falls back on its own: a bad date must not throw away the action filter. */
export const auditFilterSchema = z.object({
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1),
  action: z.preprocess((v) => blank(first(v)), z.enum(AUDIT_ACTIONS).optional()).catch(undefined),
  /** E-mail, name or id of the person who acted or was acted on. */
  user: z.preprocess((v) => blank(first(v)), z.string().trim().max(254).optional()).catch(undefined),
  from: day,
  to: day,
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
