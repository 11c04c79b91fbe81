// Zod schemas for moving and editing matches and for the pipeline filters. Shared with client
// components, so nothing server-only may be imported here.
import {
  checkbox,
  choiceParam,
  fiscalYearParam,
  idSchema,
  optionalDate,
  optionalEnum,
  optionalId,
  optionalText,
  orNull,
  pageParam,
  requiredInt,
  searchParam,
  urlFilters,
  z,
} from "@/lib/fields";
import { CASE_SCHEMES } from "@/lib/cases/schema";
import { ALL_STAGES, DECLINE_REASONS } from "./stages";

/** Match.scheme is the same CaseScheme enum as Case.scheme (prisma/schema.prisma), so one list serves both. */
export const SCHEMES = CASE_SCHEMES;
export const NOTE_MAX = 1000;
export const NEXT_ACTION_MAX = 200;
export const INTERNAL_NOTE_MAX = 4000;

export { idSchema };
const note = (max: number) => orNull(optionalText(max, { multiline: true }));

/** Optimistic lock (Match.version, an int4). */
const version = requiredInt({ min: 0, max: 2_147_483_647, message: "画面を読み込み直してください" });

export const moveSchema = z
  .object({
    id: idSchema,
    to: z.enum(ALL_STAGES, { error: "移動先のステージを選んでください" }),
    expectedVersion: version,
    note: note(NOTE_MAX).optional(),
    declineReason: optionalEnum(DECLINE_REASONS, "見送りの理由を選んでください"),
    declineNote: note(NOTE_MAX).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.to !== "DECLINED") return;
    if (!v.declineReason)
      ctx.addIssue({ code: "custom", path: ["declineReason"], message: "見送りの理由を選んでください" });
    else if (v.declineReason === "OTHER" && !v.declineNote)
      ctx.addIssue({ code: "custom", path: ["declineNote"], message: "「その他」を選んだときは理由を書いてください" });
  });
export type MoveInput = z.infer<typeof moveSchema>;

export const updateSchema = z.object({
  id: idSchema,
  expectedVersion: version,
  coordinatorId: orNull(optionalId("担当コーディネーターを選び直してください")),
  departmentId: orNull(optionalId("部署を選び直してください")),
  contentOrganized: checkbox,
  nextAction: orNull(optionalText(NEXT_ACTION_MAX)),
  nextActionOn: orNull(optionalDate),
  // Budget, target year and scheme are the budget path's (lib/budget-path), edited by the municipality side too.
  internalNote: note(INTERNAL_NOTE_MAX),
});
export type UpdateInput = z.infer<typeof updateSchema>;

// ---------------------------------------------------------------------------
// Board and table filters (GET form). Junk in the URL falls back to "no filter", never a 500.

export const filtersSchema = z.object({
  municipality: searchParam(idSchema),
  department: searchParam(idSchema),
  theme: searchParam(z.string().regex(/^[a-z0-9-]{1,64}$/)),
  coordinator: searchParam(z.union([idSchema, z.literal("none")])),
  stage: searchParam(z.enum(ALL_STAGES)),
  fy: fiscalYearParam,
  stale: searchParam(z.literal("1")),
  view: choiceParam(["board", "table"], "board"),
  page: pageParam(),
});
export type MatchFilters = z.infer<typeof filtersSchema>;

// The view is not kept: the view tabs and the table's pager each set it.
export const {
  defaults: DEFAULT_FILTERS,
  parse: parseMatchFilters,
  toParams: filterParams,
} = urlFilters(filtersSchema, ["page", "view"]);
