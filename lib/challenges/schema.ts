// Zod schemas for the challenge wizard (課題言語化シート) and the public list filters. Shared with
// client components, so nothing server-only may be imported here.
import {
  fiscalYearBounds,
  idSchema,
  optionalEnum,
  optionalId,
  optionalInt,
  optionalText,
  pageParam,
  requiredEnum,
  requiredText,
  searchParam,
  uniqueList,
  yenBounds,
  urlFilters,
  z,
} from "@/lib/fields";
import { prefectureCodes } from "@/lib/municipalities/prefectures";
import { hasPrompt, PROMPT_LEFT } from "@/lib/replication/prompts";

export const CHALLENGE_KINDS = [
  "CONSULTATION",
  "THEME_PROPOSAL",
  "FREE_PROPOSAL",
  "PRIVATE_CONSULTATION",
  "PROGRAM",
] as const;
export const PUBLIC_KINDS = ["CONSULTATION", "THEME_PROPOSAL", "FREE_PROPOSAL", "PROGRAM"] as const;
export const PROGRAM_KINDS = [
  "SOUNDING",
  "BUSINESS_ATTRACTION",
  "LOCAL_REVITALIZATION_ENTREPRENEUR",
  "CORPORATE_FURUSATO",
] as const;
export const OFFERS = ["DATA", "FACILITIES", "FIELD_TRIAL", "PR", "NO_BUDGET_OK"] as const;
export const BUDGET_STATUSES = ["NONE", "CONSIDERING", "SECURED"] as const;

export type ChallengeKindValue = (typeof CHALLENGE_KINDS)[number];
export type ProgramKindValue = (typeof PROGRAM_KINDS)[number];
export type OfferValue = (typeof OFFERS)[number];
export type BudgetStatusValue = (typeof BUDGET_STATUSES)[number];

export const challengeIdSchema = idSchema;

const slug = z.string().regex(/^[a-z0-9-]{1,40}$/);
const longText = (max: number) => optionalText(max, { multiline: true });

const fields = {
  id: optionalId(),
  kind: optionalEnum(CHALLENGE_KINDS, "種類を選んでください"),
  programKind: optionalEnum(PROGRAM_KINDS, "制度の種類を選んでください"),
  title: requiredText(100, "タイトルを入力してください（例：空き家の情報が集まらない）"),
  situation: requiredText(4000, "「いま起きていること」を書いてください。箇条書きでも大丈夫です", {
    multiline: true,
  }),
  tried: longText(4000),
  affected: longText(4000),
  success: longText(4000),
  companyGain: longText(4000),
  offers: uniqueList(z.enum(OFFERS), OFFERS.length),
  offerNote: longText(1000),
  budgetStatus: optionalEnum(BUDGET_STATUSES, "予算の状況を選んでください"),
  budgetAmount: optionalInt(yenBounds(1)),
  budgetFiscalYear: optionalInt(fiscalYearBounds()),
  periodNote: longText(500),
  departmentId: optionalId("部署を選び直してください"),
  departmentName: optionalText(60),
  themeSlugs: uniqueList(slug, 20),
};

/** 下書き保存: rough input is welcome, only a title and the first question are required. */
export const challengeDraftSchema = z.object(fields);
export type ChallengeDraftInput = z.infer<typeof challengeDraftSchema>;
/** What the wizard form holds and sends: every field as the user typed it. */
export type ChallengeFormValues = z.input<typeof challengeDraftSchema>;

/** A token the wizard makes for each version it saves (lib/challenges/autosave.ts). */
const revisionToken = z.uuid({ error: "保存の番号が正しくありません" });

/**
 * The versions a save builds on: the last one this tab saw confirmed, plus those whose answer was
 * lost (offline) and so may have been written. Absent: an unguarded save (scripts, tests).
 */
export const revisionGuardSchema = z.object({
  revision: revisionToken.optional(),
  baseRevisions: uniqueList(revisionToken, 8),
});
export type RevisionGuard = z.infer<typeof revisionGuardSchema>;

/** 自動保存: whatever the clerk has typed so far is kept, even before a title; 公開する checks the rest. */
export const challengeAutosaveSchema = z.object({
  ...fields,
  title: optionalText(100),
  situation: longText(4000),
  ...revisionGuardSchema.shape,
});
export type ChallengeAutosaveInput = z.infer<typeof challengeAutosaveSchema>;
/** The sheet's content as every write stores it: an autosaved draft may still lack title and situation. */
export type ChallengeContentInput = Omit<ChallengeAutosaveInput, keyof RevisionGuard>;

const PROMPTED = [
  "title",
  "situation",
  "tried",
  "affected",
  "success",
  "companyGain",
  "offerNote",
  "periodNote",
] as const;

/** 公開する: a company must be able to tell what kind of call this is and find it by theme. */
export const challengePublishSchema = z
  .object({
    ...fields,
    kind: requiredEnum(CHALLENGE_KINDS, "種類を選んでください"),
    themeSlugs: uniqueList(slug, 20).refine((a) => a.length > 0, { error: "テーマを1つ以上選んでください" }),
  })
  .superRefine((v, ctx) => {
    // A draft started from a case (横展開) holds questions for the clerk: they are never published as the sheet.
    for (const path of PROMPTED)
      if (hasPrompt(v[path])) ctx.addIssue({ code: "custom", path: [path], message: PROMPT_LEFT });
    if (v.kind === "PROGRAM" && !v.programKind)
      ctx.addIssue({ code: "custom", path: ["programKind"], message: "制度の種類を選んでください" });
    if (v.budgetStatus === "SECURED") {
      if (v.budgetAmount === undefined)
        ctx.addIssue({ code: "custom", path: ["budgetAmount"], message: "確保済みの予算額を入力してください" });
      if (v.budgetFiscalYear === undefined)
        ctx.addIssue({ code: "custom", path: ["budgetFiscalYear"], message: "予算の年度を入力してください" });
    }
  });
export type ChallengePublishInput = z.infer<typeof challengePublishSchema>;

export const challengeIdInputSchema = z.object({ id: challengeIdSchema });

/** Which wizard step (0-based) holds each field, so a failed publish can jump to the first error. */
export const FIELD_STEP: Record<string, number> = {
  kind: 0,
  programKind: 0,
  title: 0,
  situation: 1,
  tried: 2,
  affected: 2,
  success: 3,
  companyGain: 3,
  offers: 4,
  offerNote: 4,
  budgetStatus: 4,
  budgetAmount: 4,
  budgetFiscalYear: 4,
  periodNote: 5,
  departmentId: 5,
  departmentName: 5,
  themeSlugs: 5,
};

// ---------------------------------------------------------------------------
// Public list filters (GET form). Junk in the URL falls back to "no filter", never a 500.

export const publicFiltersSchema = z.object({
  kind: searchParam(z.enum(PUBLIC_KINDS)),
  theme: searchParam(slug),
  pref: searchParam(z.string().refine((c) => prefectureCodes.includes(c))),
  status: searchParam(z.enum(["open", "closed"])),
  budget: searchParam(z.enum(BUDGET_STATUSES)),
  page: pageParam(),
});
export type PublicFilters = z.infer<typeof publicFiltersSchema>;

export const { parse: parsePublicFilters } = urlFilters(publicFiltersSchema);
