// The authorization matrix: one Entry per route-handler method and server-action export found in
// the code base. tests/unit/authz-matrix.test.ts discovers them from the source and fails when one
// has no Entry here, so a new handler cannot ship without saying who may call it.
import type { SessionUser } from "@/lib/auth/session";

/** Every kind of caller. "Own" is the organisation that owns the resource a scenario creates (加賀市 / companyOwn). */
export const ROLES = [
  "anonymous",
  "pendingStaff",
  "staffOwn",
  "staffOther",
  "companyOwn",
  "companyOther",
  "coordinator",
  "admin",
] as const;
export type Role = (typeof ROLES)[number];

/**
 * allowed — it happened; UNAUTHENTICATED / FORBIDDEN / NOT_FOUND / PENDING_APPROVAL — the AppError
 * code the caller gets (for route handlers: 401/redirect to sign-in, 403, 404 or the 404-alike
 * redirect). Anything else a run returns (e.g. "INVALID_INPUT …", "refused:…") is a mismatch.
 */
export type Outcome = "allowed" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "PENDING_APPROVAL";

export type World = {
  users: Record<Role, SessionUser | null>;
  /** 加賀市: staffOwn's and pendingStaff's municipality. */
  kagaId: string;
  /** 石岡市 (082368): staffOther's municipality. */
  otherMunicipalityId: string;
  u: (r: Role) => SessionUser;
  /** Switches the session mid-scenario (e.g. to a throw-away clone of the role for destructive actions). */
  as: (u: SessionUser | null) => void;
};

export type Scenario = {
  name: string;
  expect: Record<Role, Outcome>;
  /** Creates its own fresh resource, calls the handler as `role` (the session is already set) and classifies the result. */
  run: (role: Role, w: World) => Promise<string>;
};

/** `id` is "<file>#<export>", e.g. "lib/cases/actions.ts#createCaseAction" or "app/api/health/route.ts#GET". */
export type Entry = { id: string; scenarios: Scenario[] };

const CODES: Record<string, Outcome> = {
  A: "allowed",
  U: "UNAUTHENTICATED",
  F: "FORBIDDEN",
  N: "NOT_FOUND",
  P: "PENDING_APPROVAL",
};

/**
 * One table row, in ROLES order:
 *            anon pend staffOwn staffOther coOwn coOther coord admin
 *   row("U    P    A        N          F     F       A     A")
 */
export function row(spec: string): Record<Role, Outcome> {
  const cells = spec.trim().split(/\s+/);
  if (cells.length !== ROLES.length) throw new Error(`row("${spec}") needs ${ROLES.length} cells`);
  return Object.fromEntries(
    ROLES.map((r, i) => {
      const o = CODES[cells[i]];
      if (!o) throw new Error(`row("${spec}"): unknown cell ${cells[i]}`);
      return [r, o];
    }),
  ) as Record<Role, Outcome>;
}

type ActionResultLike = { ok: true; data: unknown } | { ok: false; formError?: string; fieldErrors?: unknown };

/**
 * Calls a createAction-wrapped action. The test mocks getTranslations to return the key, so
 * formError IS the AppError code. A domain-level refusal ({ ok: false, reason }) inside a
 * successful result is reported as "refused:<reason>", never as allowed.
 */
export async function act(action: (raw: never) => Promise<ActionResultLike>, input: unknown): Promise<string> {
  const r = await action(input as never);
  if (!r.ok)
    return r.formError === "INVALID_INPUT"
      ? `INVALID_INPUT ${JSON.stringify(r.fieldErrors ?? {})}`
      : (r.formError ?? "?");
  const d = r.data as { ok?: unknown; reason?: unknown } | null;
  if (d && typeof d === "object" && d.ok === false) return `refused:${String(d.reason ?? JSON.stringify(d))}`;
  return "allowed";
}

/** Route handlers: status → outcome (redirects are classified by the scenario). */
export function byStatus(res: Response): string {
  if (res.status >= 200 && res.status < 300) return "allowed";
  if (res.status === 401) return "UNAUTHENTICATED";
  if (res.status === 403) return "FORBIDDEN";
  if (res.status === 404) return "NOT_FOUND";
  return `status ${res.status}`;
}
