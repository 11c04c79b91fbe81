// The field helpers every zod input schema is built from: form fields, URL parameters, action inputs.
// Shared with client forms, so nothing server-only may be imported here.
import { z } from "zod";

// Default zod messages in Japanese; the helpers below give clearer ones where a person can act on them.
z.config(z.locales.ja());

export { z };

// ---------------------------------------------------------------------------
// Text

const LINE_BREAK = /\r\n|[\v\f\r\u0085]/g;
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
const CONTROL_EXCEPT_TAB_LF = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Control characters (C0, DEL, C1) are removed, not refused. They arrive unseen: pasted from Word
 * (U+000B is its line break), PDFs and spreadsheets, or sent by a script. Nobody can see them to
 * delete them, so a refusal would be an error no one can act on, and nothing anyone meant is lost
 * by dropping them. PostgreSQL text cannot hold U+0000 at all: a NUL that got through was a
 * 「システムエラー」 instead of a saved form (a sign-up name did exactly that).
 *
 * Multi-line fields keep tabs and line breaks, every line break written as "\n" (forms send CRLF).
 * One-line fields drop line breaks, as a browser's <input> does (Japanese has no spaces between
 * words to lose), and a tab pasted from a spreadsheet cell becomes a space. Lone surrogates are not
 * control characters and are left alone (UTF-8 cannot hold them; Node writes U+FFFD in their place).
 */
export function cleanText(s: string, multiline = false): string {
  const cleaned = multiline
    ? s.replace(LINE_BREAK, "\n").replace(CONTROL_EXCEPT_TAB_LF, "")
    : s.replace(/\t/g, " ").replace(CONTROL, "");
  return cleaned.trim();
}

export type TextOptions = { multiline?: boolean };

/** Strings cleaned; "", whitespace and null become undefined, so "not given" has one spelling. */
const blankToUndefined =
  ({ multiline }: TextOptions = {}) =>
  (v: unknown) => {
    if (v === null) return undefined;
    if (typeof v !== "string") return v;
    const s = cleanText(v, multiline);
    return s === "" ? undefined : s;
  };
const blank = blankToUndefined();

const tooLong = (max: number) => ({ error: `${max}文字以内で入力してください` });

export const requiredText = (max: number, message = "入力してください", options: TextOptions = {}) =>
  z.preprocess(
    blankToUndefined(options),
    z.string({ error: message }).min(1, { error: message }).max(max, tooLong(max)),
  );

/** Any field that may be left blank: blank is undefined, a string is cleaned before the schema sees it. */
export const optionalField = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

/** Blank is undefined. */
export const optionalText = (max: number, options: TextOptions = {}) =>
  z.preprocess(
    blankToUndefined(options),
    z.string({ error: "文字で入力してください" }).max(max, tooLong(max)).optional(),
  );

/** For edit forms, where a blank field must clear the stored value: undefined becomes null. */
export const orNull = <T extends z.ZodType>(schema: T) => schema.transform((v) => v ?? null);

// ---------------------------------------------------------------------------
// E-mail

const emailFormat = "メールアドレスの形式が正しくありません（例：taro@example.jp）";

/** Account e-mail: lower-cased, so "Staff@City.lg.jp" and "staff@city.lg.jp" are one account. */
export const emailSchema = z.preprocess(
  (v) => (typeof v === "string" ? cleanText(v).toLowerCase() : v),
  z
    .string({ error: "メールアドレスを入力してください" })
    .min(1, { error: "メールアドレスを入力してください" })
    .max(254, { error: "メールアドレスが長すぎます" })
    .pipe(z.email({ error: emailFormat })),
);

/** A contact address shown to others: kept as typed. */
export const optionalEmail = optionalField(z.email({ error: emailFormat }).max(254, tooLong(254)));

// ---------------------------------------------------------------------------
// Web addresses

/** http(s) with a real host name: no "javascript:", no "http://localhost". */
const webUrl = (max: number, message: string) =>
  z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: message }).max(max, tooLong(max));

export const requiredUrl = (max: number, message: string) => z.preprocess(blank, webUrl(max, message));
export const optionalUrl = (max: number, message: string) => optionalField(webUrl(max, message));

// ---------------------------------------------------------------------------
// Ids

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** cuid() ids and the fixed ids of seeded rows ("case-kaga-logo", "demo-case-00001"). */
export const idSchema = z.string({ error: "IDが正しくありません" }).regex(ID, { error: "IDが正しくありません" });

/** An id picked in a select: blank means nothing was picked. */
export const requiredId = (message: string, invalid = message) =>
  z.preprocess(blank, z.string({ error: message }).regex(ID, { error: invalid }));

export const optionalId = (message = "IDが正しくありません") =>
  optionalField(z.string({ error: message }).regex(ID, { error: message }));

// ---------------------------------------------------------------------------
// Choices

/** A required select or radio group; blank gets the same message as a value not in the list. */
export const requiredEnum = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(blank, z.enum(values, { error: message }));

export const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  optionalField(z.enum(values, { error: message }));

/** A checkbox: checked sends "on" (or true from a client form); unchecked sends nothing. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** A checkbox group or multi-select: missing is none, repeats count once. */
export const uniqueList = <T extends z.ZodType>(item: T, max: number, message?: string) => {
  const error = message === undefined ? undefined : { error: message };
  return z
    .preprocess((v) => (v === undefined || v === null ? [] : v), z.array(item, error).max(max, error))
    .transform((a) => [...new Set(a)] as z.output<T>[]);
};

// ---------------------------------------------------------------------------
// Numbers

/** Clerks type "3,000,000円", "２０２６" or " 42 ": read them as the number they mean; blank is undefined. */
export function looseInt(v: unknown): unknown {
  if (v === "" || v === null || v === undefined) return undefined;
  if (typeof v !== "string") return v;
  const s = cleanText(v)
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s円]/g, "");
  if (s === "") return undefined;
  // 16 digits stay exact in a double; a longer run of digits is never a real amount or year.
  return /^\d{1,16}$/.test(s) ? Number(s) : v;
}

export type IntBounds = { min: number; max: number; message: string; tooSmall?: string; tooLarge?: string };

const int = (b: IntBounds) =>
  z
    .number({ error: b.message })
    .int({ error: b.message })
    .min(b.min, { error: b.tooSmall ?? b.message })
    .max(b.max, { error: b.tooLarge ?? b.message });

export const requiredInt = (b: IntBounds) => z.preprocess(looseInt, int(b));
export const optionalInt = (b: IntBounds) => z.preprocess(looseInt, int(b).optional());

/** 年度 as the app knows them: the platform's cases and budgets all fall well inside this range. */
export const FISCAL_YEAR_MIN = 2000;
export const FISCAL_YEAR_MAX = 2100;
export const fiscalYearBounds = (message = "年度は西暦4桁で入力してください（例：2026）"): IntBounds => ({
  min: FISCAL_YEAR_MIN,
  max: FISCAL_YEAR_MAX,
  message,
});

/** 1兆円: far above any municipal project, small enough to stay exact in a JS number. */
export const YEN_MAX = 1_000_000_000_000;
export const yenBounds = (min: 0 | 1): IntBounds => ({
  min,
  max: YEN_MAX,
  message: "金額は円単位の整数で入力してください（例：3000000）",
  tooSmall: `${min}円以上で入力してください`,
  tooLarge: "金額が大きすぎます",
});

// ---------------------------------------------------------------------------
// Dates

/**
 * Calendar dates ("2026-04-01") within the fiscal years the app knows. JavaScript accepts
 * "0000-01-01" and "9999-12-31", which PostgreSQL or a later age calculation would choke on; a
 * person who typed one gets a message here instead.
 */
const isCalendarDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const inYears = (s: string) => {
  const y = Number(s.slice(0, 4));
  return y >= FISCAL_YEAR_MIN && y <= FISCAL_YEAR_MAX;
};
export const dateSchema = z
  .string({ error: "日付を選んでください" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "日付は 2026-04-01 の形で入力してください", abort: true })
  .refine(isCalendarDate, { error: "存在しない日付です", abort: true })
  .refine(inYears, { error: `日付は${FISCAL_YEAR_MIN}年から${FISCAL_YEAR_MAX}年までの間で入力してください` });

export const optionalDate = optionalField(dateSchema);

// ---------------------------------------------------------------------------
// URL parameters. Next hands over string | string[] | undefined; junk falls back, never a 500.

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** One optional parameter: anything the schema refuses is simply not there. */
export const searchParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess(first, optionalField(schema)).catch(undefined);

/** A parameter with a default, such as ?sort= or ?view=. */
export const choiceParam = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.preprocess(first, z.enum(values)).catch(fallback);

export const fiscalYearParam = searchParam(requiredInt(fiscalYearBounds()));

export const pageParam = (max = 10_000) => z.preprocess(first, z.coerce.number().int().min(1).max(max)).catch(1);

/** Free text typed into a filter box (?q=): cleaned like a one-line field; too long or junk means no filter. */
export const queryParam = (max = 100) =>
  z
    .preprocess((v) => (typeof first(v) === "string" ? cleanText(first(v) as string) : ""), z.string().max(max))
    .catch("");

/**
 * A GET form's filters, built from the parameters above: every field falls back on its own, so a
 * bare URL parses to the defaults, and so does anything that is not an object (null, an array).
 * `toParams` turns them back into the parameters links keep (pager, "clear" chips, view tabs): a
 * value at its default is left out, so a link never pins what a bare URL gives anyway, and so are
 * the `notKept` keys, which each link sets for itself.
 */
export function urlFilters<T extends z.ZodObject>(schema: T, notKept: readonly string[] = ["page"]) {
  const defaults: z.output<T> = schema.parse({});
  const parse = (raw: unknown): z.output<T> => {
    const r = schema.safeParse(raw && typeof raw === "object" ? raw : {});
    return r.success ? r.data : defaults;
  };
  const toParams = (f: z.output<T>): Record<string, string | undefined> => {
    const out: Record<string, string | undefined> = {};
    for (const key of Object.keys(schema.shape)) {
      if (notKept.includes(key)) continue;
      const v = (f as Record<string, unknown>)[key];
      out[key] = v === undefined || v === (defaults as Record<string, unknown>)[key] ? undefined : String(v);
    }
    return out;
  };
  return { defaults, parse, toParams };
}
