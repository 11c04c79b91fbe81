import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { refund, take } from "@/lib/auth/rate-limit";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { readerLocale } from "@/lib/mail/i18n";
import { enqueue } from "@/lib/jobs/enqueue";
import type { FieldErrors } from "@/lib/action";
import {
  createCompanyAccount,
  createStaffAccount,
  fieldErrorsOf,
  isMunicipality,
  municipalityMissing,
  weakPasswordError,
  withDuplicateCheck,
} from "./mutations";
import {
  SIGNUP_EMAIL_LIMIT,
  SIGNUP_IP_LIMIT,
  SIGNUP_LINK_MS,
  signupEmailKey,
  signupIpKey,
  tokenHashOf,
} from "./signup-limits";
import { companySignupSchema, confirmSignupSchema, signupThrottled, staffSignupSchema } from "./schema";

// Sign-up never says whether an address is registered (issue 15 F6): every accepted form gets the same
// answer, 「確認メールを送りました」. A new address gets a link that creates the account; a registered one
// gets a notice instead, and nothing about that account changes. Both paths hash the password.

export type SignupKind = "COMPANY" | "STAFF";

/**
 * Unconfirmed forms hold a name, an e-mail and a note of someone who never became a user: gone once their
 * link expires, both at the next sign-up and in the daily prune (auth.prune-rate-limits), so a quiet week
 * keeps nothing.
 */
export async function pruneExpiredSignupRequests(
  now = new Date(),
  client: Pick<typeof db, "signupRequest"> = db,
): Promise<number> {
  const { count } = await client.signupRequest.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
export type SignupRequestResult = { ok: true } | { ok: false; fieldErrors?: FieldErrors; formError?: string };

const schemas = { COMPANY: companySignupSchema, STAFF: staffSignupSchema } as const;
// What a request row keeps: the form without its password (and without the prefecture, which only drove the list).
const stored = {
  COMPANY: companySignupSchema.omit({ password: true }),
  STAFF: staffSignupSchema.omit({ password: true, prefectureCode: true }),
} as const;

/**
 * The public sign-up: checks, then either a confirmation link (new address) or a notice to the owner.
 * `locale` is the language the form was shown in: the confirmation mail is written in it.
 */
export async function requestSignUp(
  kind: SignupKind,
  raw: unknown,
  ip: string,
  locale: Locale = defaultLocale,
): Promise<SignupRequestResult> {
  const parsed = schemas[kind].safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { password, ...input } = parsed.data;
  const keys = [signupIpKey(ip), signupEmailKey(input.email)];
  const wait = Math.max(...(await Promise.all([take(keys[0], SIGNUP_IP_LIMIT), take(keys[1], SIGNUP_EMAIL_LIMIT)])));
  if (wait > 0) return { ok: false, formError: signupThrottled(wait) };
  // A form refused on a field sends nothing, so it gives its places back: correcting a breached password
  // twice must not cost the person their hour. The same for a registered address and a new one.
  const refusal =
    "municipalityId" in input && !(await isMunicipality(input.municipalityId))
      ? municipalityMissing
      : await weakPasswordError(password, input.email);
  if (refusal) {
    await Promise.all(keys.map(refund));
    return refusal;
  }
  const passwordHash = await hashPassword(password);
  const data = stored[kind].parse(input);
  await db.$transaction(async (tx) => {
    const owner = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (owner) {
      await enqueue(tx, "account.signup-mail", { kind: "existing", userId: owner.id });
      return;
    }
    await pruneExpiredSignupRequests(new Date(), tx);
    const request = await tx.signupRequest.create({
      data: { email: input.email, kind, data, passwordHash, locale, expiresAt: new Date(Date.now() + SIGNUP_LINK_MS) },
    });
    await enqueue(tx, "account.signup-mail", { kind: "confirm", requestId: request.id });
  });
  return { ok: true };
}

export type ConfirmResult =
  | { ok: true; kind: SignupKind; status: "ACTIVE" | "PENDING"; returnTo?: string }
  | { ok: false; reason: "invalid_link" | "already_registered" };

const invalid = { ok: false, reason: "invalid_link" } as const;

/**
 * The mailbox owner opened the link: the account is created now. The request is deleted in the same
 * transaction (guarded by its count), so two clicks at once create one account; the address's other
 * requests go with it, so an older link cannot be used afterwards.
 * The account's language is the one the confirming browser chose (`chosen`, its language switch), else
 * the one the form was filled in: a link opened in a mail app's browser has no choice of its own.
 */
export async function confirmSignUp(raw: unknown, chosen?: Locale): Promise<ConfirmResult> {
  const parsed = confirmSignupSchema.safeParse(raw);
  if (!parsed.success) return invalid;
  const request = await db.signupRequest.findUnique({ where: { tokenHash: tokenHashOf(parsed.data.token) } });
  if (!request || request.expiresAt <= new Date()) return invalid;
  const data = (request.kind === "STAFF" ? stored.STAFF : stored.COMPANY).safeParse(request.data);
  if (!data.success) return invalid;
  const input = data.data;
  const locale = chosen ?? readerLocale(request.locale);
  const kind: SignupKind = "municipalityId" in input ? "STAFF" : "COMPANY";
  const result = await withDuplicateCheck(() =>
    db.$transaction(async (tx) => {
      const { count } = await tx.signupRequest.deleteMany({ where: { id: request.id } });
      if (count === 0) return { ok: false, fieldErrors: {} } as const;
      await tx.signupRequest.deleteMany({ where: { email: request.email } });
      if ("municipalityId" in input) {
        if (!(await isMunicipality(input.municipalityId, tx))) return { ok: false, fieldErrors: {} } as const;
        return createStaffAccount(tx, input, request.passwordHash, locale);
      }
      return createCompanyAccount(tx, input, request.passwordHash, locale);
    }),
  );
  // The page the company signed up from (a challenge's interest form), checked again by the schema on the way out.
  const returnTo = "returnTo" in input ? input.returnTo : undefined;
  if (result.ok) return { ok: true, kind, status: result.status, ...(returnTo ? { returnTo } : {}) };
  // A P2002 (someone confirmed the same address first) is the only field error the transaction yields.
  return "email" in result.fieldErrors ? { ok: false, reason: "already_registered" } : invalid;
}
