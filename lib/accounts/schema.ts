// Sign-up and approval schemas, shared with the client forms: nothing server-only here.
import { emailSchema, idSchema, optionalEnum, optionalText, requiredId, requiredText, z } from "@/lib/fields";
import { prefectureCodes } from "@/lib/municipalities/prefectures";

/**
 * NIST SP 800-63B-4: a password that is the only factor must be at least 15 characters; the
 * maximum must allow at least 64. No composition rules (they push people to "Password1!").
 * A long phrase of plain words is the easiest strong password to type and remember. The
 * breached-list check is server-only (lib/auth/password-policy.ts), it is too big for the form.
 * bcrypt reads only the first 72 bytes; 128 characters of Japanese exceed that, which still
 * leaves at least 24 characters counted. Never cleaned or trimmed: it is hashed, never stored.
 */
export const PASSWORD_MIN = 15;
export const PASSWORD_MAX = 128;
export const DUPLICATE_EMAIL = "このメールアドレスはすでに登録されています";
/** Answer to a sign-up over its limit (lib/accounts/signup-request.ts), for a known and an unknown address alike. */
export const signupThrottled = (minutes: number) =>
  `短い時間に登録の申し込みが続いたため、受け付けを一時停止しています。${minutes}分ほど待ってからもう一度お試しください。`;

export const passwordSchema = z
  .string({ error: `パスワードを${PASSWORD_MIN}文字以上で入力してください` })
  .min(PASSWORD_MIN, { error: `パスワードは${PASSWORD_MIN}文字以上にしてください` })
  .max(PASSWORD_MAX, { error: `パスワードは${PASSWORD_MAX}文字以内にしてください` });

export const companySignupSchema = z.object({
  companyName: requiredText(100, "会社名を入力してください"),
  name: requiredText(60, "担当者名を入力してください"),
  email: emailSchema,
  password: passwordSchema,
  /** Where to go after sign-in (e.g. the interest form of a challenge): kept with the request, checked like ?callbackUrl=. */
  returnTo: z
    .unknown()
    .transform((v) => safeCallbackUrl(v) ?? undefined)
    .optional(),
});
export type CompanySignupInput = z.infer<typeof companySignupSchema>;

export const staffSignupSchema = z.object({
  name: requiredText(60, "お名前を入力してください"),
  email: emailSchema,
  password: passwordSchema,
  // Only drives the municipality list in the form; the server trusts municipalityId alone.
  prefectureCode: optionalEnum(prefectureCodes as [string, ...string[]], "都道府県を選び直してください").catch(
    undefined,
  ),
  municipalityId: requiredId("所属する自治体を選んでください", "所属する自治体を選び直してください"),
  departmentName: optionalText(60),
  note: optionalText(1000, { multiline: true }),
});
export type StaffSignupInput = z.infer<typeof staffSignupSchema>;

/** The token from the e-mailed link (base64url of 32 random bytes). */
export const confirmSignupSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
export type ConfirmSignupInput = z.infer<typeof confirmSignupSchema>;

export const reviewSchema = z.object({
  userId: idSchema,
  decision: z.enum(["APPROVE", "REJECT"]),
  reason: optionalText(500, { multiline: true }),
});
export type ReviewInput = z.infer<typeof reviewSchema>;

/**
 * 総合行政ネットワーク (LGWAN) addresses end in ".lg.jp". Shown to approvers as a hint only:
 * nobody has verified that the applicant controls the mailbox, so it never approves anyone.
 */
export function isLgJpEmail(email: string): boolean {
  const at = email.lastIndexOf("@");
  if (at < 0) return false;
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, "");
  return domain === "lg.jp" || domain.endsWith(".lg.jp");
}

const SITE = "http://kyoso.invalid";

/**
 * Only this site's paths, so a crafted ?callbackUrl= cannot send people elsewhere. The value is parsed as a browser
 * parses it (tab, CR and LF dropped, "\\" read as "/", "." segments resolved) and must stay on this site: checks on
 * the raw string let "/\t/evil.example" through, which the browser reads as "//evil.example".
 */
export function safeCallbackUrl(v: unknown): string | null {
  const raw = Array.isArray(v) ? v[0] : v;
  if (typeof raw !== "string" || raw.length > 500) return null;
  let url: URL;
  try {
    // NextAuth hands over absolute URLs; only their path is kept, so the host never matters.
    const absolute = /^\s*https?:/i.test(raw) ? new URL(raw) : null;
    url = new URL(absolute ? absolute.pathname + absolute.search + absolute.hash : raw, SITE);
  } catch {
    return null;
  }
  const path = url.pathname + url.search + url.hash;
  // A path that starts with "//" leaves the site when the browser resolves it ("/.//evil.example" becomes one).
  if (url.origin !== SITE || path.startsWith("//")) return null;
  if (/^\/(signin|signup)(\/|$)/.test(url.pathname)) return null;
  return path;
}
