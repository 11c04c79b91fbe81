import "server-only";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { assertRole, getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { errorCodeOf } from "@/lib/errors";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/log";
import { REQUEST_ID_HEADER } from "@/lib/ops/request-id";

export type FieldErrors = Record<string, string[] | undefined>;
export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; formError?: string; fieldErrors?: FieldErrors };

type Access = { public: true } | { roles: readonly UserRole[]; active?: boolean };

/**
 * The one wrapper every server action goes through: session → role → zod parse → handler, and
 * any failure becomes a translated message for the form. Nothing here ever throws to the client,
 * so bad input can never surface as a 500.
 */
export function createAction<S extends z.ZodType, R>(
  access: Access,
  schema: S,
  handler: (input: z.infer<S>, user: SessionUser | null) => Promise<R>,
) {
  return async (raw: unknown): Promise<ActionResult<R>> => {
    const t = await getTranslations("errors");
    try {
      const user = await getCurrentUser();
      if (!("public" in access)) assertRole(user, access.roles, { active: access.active });
      const parsed = parseInput(schema, raw);
      if (!parsed.success) {
        return {
          ok: false,
          formError: t("INVALID_INPUT"),
          fieldErrors: parsed.error ? (z.flattenError(parsed.error).fieldErrors as FieldErrors) : undefined,
        };
      }
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (e) {
      // Next's redirect()/notFound() work by throwing; let them through.
      if (e && typeof e === "object" && "digest" in e && String((e as { digest: unknown }).digest).startsWith("NEXT_"))
        throw e;
      const code = errorCodeOf(e);
      if (code === "INTERNAL") logger.error("server action failed", { requestId: await requestId(), err: e });
      return { ok: false, formError: t(code) };
    }
  };
}

/**
 * zod's safeParse, except that input zod itself trips over is refused too. A hand-made request can
 * carry values no form sends (React decodes a "$T" as a proxy that throws on every property read):
 * that is bad input, not a server error to be logged as one.
 */
function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { success: true; data: z.infer<S> } | { success: false; error?: z.ZodError } {
  try {
    return schema.safeParse(raw);
  } catch (e) {
    logger.warn("server action input could not be parsed", { err: e instanceof Error ? e.message : String(e) });
    return { success: false };
  }
}

/** The id proxy.ts gave this request; absent when an action runs outside a request (tests). */
async function requestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}
