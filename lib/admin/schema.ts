// Admin user management (/admin/users): the list's URL filters and the forms' inputs, shared with the
// client forms. Nothing server-only here.
import {
  checkbox,
  choiceParam,
  optionalId,
  optionalText,
  pageParam,
  queryParam,
  requiredEnum,
  requiredId,
  urlFilters,
  z,
} from "@/lib/fields";

/** Why an admin's change was refused; each has a message in admin.users.refusals. */
export type Refusal =
  | "self"
  | "last_admin"
  | "role_mismatch"
  | "not_active"
  | "not_suspended"
  | "not_staff"
  | "not_colleague"
  | "colleague_inactive";

/** What a handover moves (lib/admin/handover.ts says what each count means). */
export type HandoverCounts = { challenges: number; threads: number; interests: number; matches: number };

export const USER_ROLES = ["MUNICIPAL_STAFF", "COMPANY_MEMBER", "COORDINATOR", "ADMIN"] as const;
export const USER_STATUSES = ["PENDING", "ACTIVE", "REJECTED", "SUSPENDED"] as const;
export type AdminRole = (typeof USER_ROLES)[number];

/** /admin/users?q=&role=&status=&page=: q matches name, e-mail and organisation (municipality or company). */
export const userFilterSchema = z.object({
  q: queryParam(100),
  role: choiceParam(["", ...USER_ROLES], ""),
  status: choiceParam(["", ...USER_STATUSES], ""),
  page: pageParam(),
});
export type UserFilter = z.infer<typeof userFilterSchema>;
export const userFilters = urlFilters(userFilterSchema);

const userId = requiredId("ユーザーを選び直してください", "ユーザーが正しくありません");

export const changeRoleSchema = z.object({
  userId,
  role: requiredEnum(USER_ROLES, "種別を選んでください"),
});
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const suspendSchema = z.object({
  userId,
  /** Kept in the audit log only: the person is told nothing but that the account is suspended. */
  reason: optionalText(500),
});
export type SuspendInput = z.infer<typeof suspendSchema>;

export const reactivateSchema = z.object({ userId });
export type ReactivateInput = z.infer<typeof reactivateSchema>;

/** Another 課 of the same municipality: an existing one, a new name, or none (both empty). */
export const moveDepartmentSchema = z
  .object({
    userId,
    departmentId: optionalId("部署を選び直してください"),
    newDepartment: optionalText(100),
  })
  .refine((v) => !(v.departmentId && v.newDepartment), {
    path: ["newDepartment"],
    error: "既存の部署を選ぶか、新しい部署名を入力するか、どちらか一方にしてください",
  });
export type MoveDepartmentInput = z.infer<typeof moveDepartmentSchema>;

/** 人事異動: everything `fromId` is responsible for goes to `toId`, a colleague of the same organisation. */
export const handoverSchema = z
  .object({
    fromId: userId,
    toId: requiredId("引き継ぐ相手を選んでください", "引き継ぐ相手が正しくありません"),
    suspend: checkbox,
  })
  .refine((v) => v.fromId !== v.toId, { path: ["toId"], error: "本人以外の方を選んでください" });
export type HandoverInput = z.infer<typeof handoverSchema>;
