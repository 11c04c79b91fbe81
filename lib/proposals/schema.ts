// Zod schemas of the proposal desk (民間提案窓口): the company's form, the desk's and the department's steps, and the
// URL parameters of its pages. Shared with client forms, so nothing server-only may be imported here.
import {
  checkbox,
  choiceParam,
  idSchema,
  optionalId,
  optionalText,
  requiredEnum,
  requiredId,
  requiredInt,
  requiredText,
  searchParam,
  uniqueList,
  urlFilters,
  z,
} from "@/lib/fields";

export const PROPOSAL_COSTS = ["FREE_PILOT", "PAID_PILOT", "PAID", "UNDECIDED"] as const;
export const PROPOSAL_STATUSES = [
  "RECEIVED",
  "ROUTED",
  "REVIEWING",
  "MEETING",
  "ADOPTED",
  "DECLINED",
  "WITHDRAWN",
] as const;
export type ProposalStatusValue = (typeof PROPOSAL_STATUSES)[number];

/** Still being handled: the desk may act, the company may withdraw, a target time runs. */
export const OPEN_STATUSES = ["RECEIVED", "ROUTED", "REVIEWING", "MEETING"] as const satisfies ProposalStatusValue[];
export const isOpenStatus = (s: string) => (OPEN_STATUSES as readonly string[]).includes(s);

/** The steps the desk takes with the status buttons (routing has its own form). */
export const DESK_STEPS = ["REVIEWING", "MEETING", "ADOPTED", "DECLINED"] as const;
/** The steps a department in charge may take with its answer. */
export const DEPARTMENT_STEPS = ["REVIEWING", "MEETING"] as const;

/**
 * Which status each step may start from. Routing (ROUTED) is allowed again from any open status: a proposal
 * sent to the wrong department is routed on. 採用・実証 needs a department in charge (checked in the mutation).
 */
export const STEP_FROM: Record<"ROUTED" | (typeof DESK_STEPS)[number], readonly ProposalStatusValue[]> = {
  ROUTED: OPEN_STATUSES,
  REVIEWING: ["RECEIVED", "ROUTED", "MEETING"],
  MEETING: ["RECEIVED", "ROUTED", "REVIEWING"],
  ADOPTED: ["ROUTED", "REVIEWING", "MEETING"],
  DECLINED: OPEN_STATUSES,
};

export const TITLE_MAX = 100;
export const TEXT_MAX = 4000;
export const NOTE_MAX = 2000;
export const MAX_CASES = 10;
const multiline = { multiline: true };

export const proposalFormSchema = z.object({
  municipalityId: requiredId("提案先の自治体を選んでください"),
  challengeId: optionalId("課題の選び方が正しくありません"),
  sourceCaseId: optionalId("事例の指定が正しくありません"),
  title: requiredText(TITLE_MAX, "提案のタイトルを入力してください"),
  problem: requiredText(TEXT_MAX, "解決したい課題を入力してください", multiline),
  proposal: requiredText(TEXT_MAX, "提案内容を入力してください", multiline),
  trackRecord: optionalText(TEXT_MAX, multiline),
  caseIds: uniqueList(idSchema, MAX_CASES, `事例は${MAX_CASES}件まで選べます`),
  cost: requiredEnum(PROPOSAL_COSTS, "費用の考え方を選んでください"),
  costNote: optionalText(NOTE_MAX, multiline),
  asks: optionalText(TEXT_MAX, multiline),
});
export type ProposalFormInput = z.infer<typeof proposalFormSchema>;

const version = requiredInt({ min: 0, max: 1_000_000_000, message: "画面を読み込み直してください" });

export const routeSchema = z.object({
  id: idSchema,
  departmentId: requiredId("回付先の部署を選んでください"),
  note: optionalText(NOTE_MAX, multiline),
  expectedVersion: version,
});
export type RouteInput = z.infer<typeof routeSchema>;

/** 検討中・面談・採用・実証・見送り by the desk; 見送り needs the reason the company will read. */
export const deskStepSchema = z
  .object({
    id: idSchema,
    to: requiredEnum(DESK_STEPS, "次の段階を選んでください"),
    message: optionalText(NOTE_MAX, multiline),
    expectedVersion: version,
  })
  .superRefine((v, ctx) => {
    if (v.to === "DECLINED" && !v.message)
      ctx.addIssue({
        code: "custom",
        path: ["message"],
        message: "見送りの理由を入力してください（企業に表示されます）",
      });
  });
export type DeskStepInput = z.infer<typeof deskStepSchema>;

/** The department's answer: a note to the desk (internal) or an answer the company reads, perhaps with a step. */
export const answerSchema = z.object({
  id: idSchema,
  body: requiredText(NOTE_MAX, "回答を入力してください", multiline),
  toCompany: checkbox,
  to: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(DEPARTMENT_STEPS).optional()),
  expectedVersion: version,
});
export type AnswerInput = z.infer<typeof answerSchema>;

export const proposalSalesOnlySchema = z.object({ id: idSchema, salesOnly: z.boolean() });
export const withdrawSchema = z.object({ id: idSchema, expectedVersion: version });

export const proposalIdSchema = idSchema;

/** /proposals/new?municipality=<lgCode>&challenge=<id>&case=<id>: junk is simply not there. */
export const newProposalParams = z.object({
  municipality: searchParam(z.string().regex(/^\d{6}$/)),
  challenge: searchParam(idSchema),
  case: searchParam(idSchema),
});

const STATUS_FILTERS = ["open", "all", ...PROPOSAL_STATUSES] as const;
export const deskFilters = urlFilters(z.object({ status: choiceParam(STATUS_FILTERS, "open") }));
export type DeskFilters = ReturnType<typeof deskFilters.parse>;

/** Polite sentences a desk may start a 見送り reason from (ja; the company reads the municipality's language). */
export const DECLINE_TEMPLATES = ["budget", "timing", "fit"] as const;
