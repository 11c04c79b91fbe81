import type { SessionUser } from "@/lib/auth/session";

/**
 * Who confirms a challenge draft made from a theme call's answer by publishing it: active staff of the answer's
 * department (issue 17 §1). The desk wrote the draft and a coordinator may edit it, but neither speaks for the
 * department in charge. Used by the publish mutation (lib/challenges/mutations.ts) and the wizard's notice.
 */
export const mayConfirm = (user: SessionUser | null, departmentId: string) =>
  user?.role === "MUNICIPAL_STAFF" && user.status === "ACTIVE" && user.departmentId === departmentId;
